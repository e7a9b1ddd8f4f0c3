package io.typedclient.processor.http;

import javax.lang.model.type.TypeMirror;

/**
 * One parameter of an endpoint method.
 *
 * @param name the Java parameter name
 * @param type its type as a member of the {@code @HttpApi} interface
 * @param kind what it fills
 * @param httpName the placeholder, query parameter or header name; empty for a body
 */
record ParameterModel(String name, TypeMirror type, Kind kind, String httpName) {

  /** What a parameter fills. */
  enum Kind {
    PATH,
    QUERY,
    HEADER,
    BODY
  }
}
