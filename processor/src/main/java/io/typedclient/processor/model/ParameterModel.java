package io.typedclient.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * One parameter of an endpoint method.
 *
 * @param name the Java parameter name
 * @param type its type as a member of the {@code @HttpApi} interface
 * @param kind what it fills
 * @param httpName the placeholder, query parameter or header name; empty for a body
 */
public record ParameterModel(String name, TypeMirror type, Kind kind, String httpName) {

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
