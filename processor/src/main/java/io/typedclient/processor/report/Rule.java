package io.typedclient.processor.report;

/**
 * The rules the processor checks, each with a stable id that every message carries
 * ({@code [typedclient:body-not-allowed] ...}), so that a user can search for it and processor/README.md can list
 * it. An id names the check; the message names the detail. Ids never change meaning; a retired rule keeps its id
 * unused.
 */
public enum Rule {
  // The processor and the annotated types.
  NOT_A_TYPE("not-a-type"),
  MISSING_TYPE("missing-type"),
  INTERNAL_ERROR("internal-error"),
  GENERATED_NAME_CLAIMED("generated-name-claimed"),
  GENERATED_NAME_TAKEN("generated-name-taken"),
  WRITE_FAILED("write-failed"),

  // @HttpApi interfaces.
  API_NOT_INTERFACE("api-not-interface"),
  API_GENERIC("api-generic"),
  API_SEALED("api-sealed"),
  API_PRIVATE("api-private"),
  INHERITED_TWICE("inherited-twice"),
  CLOSE_RESERVED("close-reserved"),
  HTTP_API_MISSING("http-api-missing"),

  // Endpoint methods.
  ENDPOINT_IN_CLASS("endpoint-in-class"),
  ENDPOINT_NOT_ABSTRACT("endpoint-not-abstract"),
  METHOD_GENERIC("method-generic"),
  CHECKED_EXCEPTION("checked-exception"),
  NO_HTTP_METHOD("no-http-method"),
  TWO_HTTP_METHODS("two-http-methods"),
  VALUE_NOT_CONSTANT("value-not-constant"),
  PATH_SYNTAX("path-syntax"),
  HEADERS_EMPTY("headers-empty"),
  HEADERS_ENTRY_FORM("headers-entry-form"),
  HEADER_NAME("header-name"),
  HEADER_VALUE("header-value"),
  TYPE_NOT_VISIBLE("type-not-visible"),
  RETURN_TYPE("return-type"),
  HEAD_WITH_BODY("head-with-body"),
  TIMEOUT("timeout"),

  // Endpoint parameters.
  PARAMETER_UNANNOTATED("parameter-unannotated"),
  PARAMETER_TWO_KINDS("parameter-two-kinds"),
  QUERY_NAME_EMPTY("query-name-empty"),
  PARAMETER_OPTIONAL("parameter-optional"),
  QUERY_ARRAY("query-array"),
  QUERY_MAP("query-map"),
  PARAMETER_COLLECTION("parameter-collection"),
  BODY_NOT_ALLOWED("body-not-allowed"),
  TWO_BODIES("two-bodies"),
  PATH_PARAMETER_UNKNOWN("path-parameter-unknown"),
  PATH_PARAMETER_TWICE("path-parameter-twice"),
  PLACEHOLDER_UNFILLED("placeholder-unfilled"),
  NAME_EMPTY("name-empty"),
  MAP_TYPE("map-type"),
  URL_TYPE("url-type"),
  URL_TWICE("url-twice"),
  URL_WITH_PATH("url-with-path"),
  PATH_MISSING("path-missing"),

  // Request bodies: JSON, raw, form, multipart.
  BODY_KINDS("body-kinds"),
  FORM_EMPTY("form-empty"),
  MULTIPART_EMPTY("multipart-empty"),
  FIELD_WITHOUT_FORM("field-without-form"),
  PART_WITHOUT_MULTIPART("part-without-multipart"),
  PART_CONTENT_TYPE("part-content-type"),

  // Types carried as JSON: model properties, bodies, results.
  JSON_TYPE("json-type"),
  ADAPTED_BY("adapted-by"),
  FROM_MOSHI("from-moshi"),

  // @JsonModel types.
  MODEL_KIND("model-kind"),
  MODEL_ABSTRACT("model-abstract"),
  MODEL_PRIVATE("model-private"),
  MODEL_LOCAL("model-local"),
  MODEL_INNER("model-inner"),
  MODEL_GENERIC("model-generic"),
  MODEL_CONSTRUCTOR("model-constructor"),
  PROPERTY_ACCESSOR("property-accessor"),
  JSON_NAME_CONFLICT("json-name-conflict"),
  JSON_NAME_DUPLICATE("json-name-duplicate"),
  NULLABLE_PRIMITIVE("nullable-primitive"),
  IGNORED_REQUIRED("ignored-required"),
  IGNORED_CONSTANT("ignored-constant"),
  MODEL_USES_INVALID("model-uses-invalid"),
  FALLBACK_TWICE("fallback-twice"),
  FALLBACK_NOT_CONSTANT("fallback-not-constant"),
  FALLBACK_WITHOUT_MODEL("fallback-without-model");

  private final String id;

  Rule(String id) {
    this.id = id;
  }

  /** The id in messages and in processor/README.md: lower case words joined by {@code -}. */
  public String id() {
    return id;
  }

  /** {@code [typedclient:id] }: what every message of this rule starts with. */
  public String tag() {
    return "[typedclient:" + id + "] ";
  }
}
