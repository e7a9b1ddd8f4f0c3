package io.typedclient.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * One parameter of an endpoint method.
 *
 * @param name the Java parameter name
 * @param type its type as a member of the {@code @HttpApi} interface
 * @param kind what it fills
 * @param httpName the placeholder, query parameter, header, field or part name; empty for the kinds without
 *     one (bodies, maps, the URL)
 * @param enumNames for a path, query or header value that is an enum (or, for a query, an {@code Iterable} of one):
 *     the enum's JSON names, which are sent instead of {@code String.valueOf}; else {@code null}
 * @param eachElement whether the value is an {@code Iterable} whose elements are sent one by one (a query)
 * @param encoding how a {@code @Body} or {@code @Part} value becomes bytes; {@link Encoding#PLAIN} for the rest
 * @param contentType the content type a {@code @Part} names; empty for the default
 */
public record ParameterModel(
    String name,
    TypeMirror type,
    Kind kind,
    String httpName,
    EnumNames enumNames,
    boolean eachElement,
    Encoding encoding,
    String contentType) {

  /** A parameter sent as it is: a path, query or header value that is not an enum, a map, the URL. */
  public ParameterModel(String name, TypeMirror type, Kind kind, String httpName) {
    this(name, type, kind, httpName, null, false, Encoding.PLAIN, "");
  }

  /** A path, query or header value that is an enum, or an {@code Iterable} of one. */
  public ParameterModel(
      String name, TypeMirror type, Kind kind, String httpName, EnumNames enumNames, boolean eachElement) {
    this(name, type, kind, httpName, enumNames, eachElement, Encoding.PLAIN, "");
  }

  /** A body or a part, encoded as {@code encoding} says, labelled {@code contentType} (empty for the default). */
  public ParameterModel(
      String name, TypeMirror type, Kind kind, String httpName, Encoding encoding, String contentType) {
    this(name, type, kind, httpName, null, false, encoding, contentType);
  }

  /** How a body or part value becomes bytes. */
  public enum Encoding {
    /** Not a body or part: {@code String.valueOf} where a text is needed. */
    PLAIN,
    /** Text ({@code String}, primitives and their boxes). */
    TEXT,
    /** JSON, through the adapter the client holds for the type. */
    JSON,
    /** A {@code RequestBody}, sent as it is. */
    RAW,
    /** A {@code FileUpload}: a {@code RequestBody} with a file name. */
    FILE
  }

  /** What a parameter fills, and the annotation that says so. */
  public enum Kind {
    PATH("io.typedclient.Path", true),
    QUERY("io.typedclient.Query", true),
    QUERY_MAP("io.typedclient.QueryMap", false),
    HEADER("io.typedclient.Header", true),
    HEADER_MAP("io.typedclient.HeaderMap", false),
    URL("io.typedclient.Url", false),
    BODY("io.typedclient.Body", false),
    FIELD("io.typedclient.Field", true),
    FIELD_MAP("io.typedclient.FieldMap", false),
    PART("io.typedclient.Part", true),
    PART_MAP("io.typedclient.PartMap", false);

    private final String annotation;
    private final boolean named;

    Kind(String annotation, boolean named) {
      this.annotation = annotation;
      this.named = named;
    }

    /** The canonical name of the annotation: {@code io.typedclient.Path}. */
    public String annotation() {
      return annotation;
    }

    /** Whether the annotation gives a name ({@code @Query("q")}), rather than none ({@code @QueryMap}). */
    public boolean named() {
      return named;
    }

    /** Whether the annotation takes a {@code Map<String, ?>}. */
    public boolean isMap() {
      return this == QUERY_MAP || this == HEADER_MAP || this == FIELD_MAP || this == PART_MAP;
    }

    /** Whether the parameter goes into a form body. */
    public boolean isForm() {
      return this == FIELD || this == FIELD_MAP;
    }

    /** Whether the parameter goes into a multipart body. */
    public boolean isMultipart() {
      return this == PART || this == PART_MAP;
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
