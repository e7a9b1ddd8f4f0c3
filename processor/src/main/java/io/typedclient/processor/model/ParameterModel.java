package io.typedclient.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * One parameter of an endpoint method.
 *
 * @param name the Java parameter name
 * @param type its type as a member of the {@code @HttpApi} interface
 * @param kind what it fills
 * @param httpName the placeholder, query parameter or header name; empty for a body
 * @param enumNames for a path, query or header value that is an enum (or, for a query, an {@code Iterable} of one):
 *     the enum's JSON names, which are sent instead of {@code String.valueOf}; else {@code null}
 * @param eachElement whether the value is an {@code Iterable} whose elements are sent one by one (a query)
 */
public record ParameterModel(
    String name, TypeMirror type, Kind kind, String httpName, EnumNames enumNames, boolean eachElement) {

  /** A parameter sent as it is: a body, or a path, query or header value that is not an enum. */
  public ParameterModel(String name, TypeMirror type, Kind kind, String httpName) {
    this(name, type, kind, httpName, null, false);
  }

  /** What a parameter fills, and the annotation that says so. */
  public enum Kind {
    PATH("io.typedclient.Path"),
    QUERY("io.typedclient.Query"),
    HEADER("io.typedclient.Header"),
    BODY("io.typedclient.Body");

    private final String annotation;

    Kind(String annotation) {
      this.annotation = annotation;
    }

    /** The canonical name of the annotation: {@code io.typedclient.Path}. */
    public String annotation() {
      return annotation;
    }

    /** The annotation as messages spell it: {@code @Path}. */
    public String simpleName() {
      return "@" + annotation.substring(annotation.lastIndexOf('.') + 1);
    }

    /** The kind whose annotation is {@code canonicalName}, or {@code null}. */
    public static Kind forAnnotation(String canonicalName) {
      for (Kind kind : values()) {
        if (kind.annotation.equals(canonicalName)) {
          return kind;
        }
      }
      return null;
    }
  }
}
