package io.typedclient.processor.model;

/** The HTTP method annotations, with what each allows. */
public enum HttpVerb {
  GET(false, true),
  POST(true, true),
  PUT(true, true),
  PATCH(true, true),
  DELETE(false, true),
  HEAD(false, false);

  private final boolean allowsBody;
  private final boolean hasResponseBody;

  HttpVerb(boolean allowsBody, boolean hasResponseBody) {
    this.allowsBody = allowsBody;
    this.hasResponseBody = hasResponseBody;
  }

  /** The annotation's canonical name, e.g. {@code io.typedclient.GET}. */
  public String annotationName() {
    return "io.typedclient." + name();
  }

  /**
   * Whether a {@code @Body} may be sent. GET, HEAD and DELETE bodies have no defined meaning (RFC 9110) and
   * are dropped by many servers and proxies.
   */
  public boolean allowsBody() {
    return allowsBody;
  }

  /** Whether a response to this method can carry a body to decode; a HEAD response never does. */
  public boolean hasResponseBody() {
    return hasResponseBody;
  }

  /** The verb whose annotation is {@code canonicalName}, or {@code null}. */
  public static HttpVerb forAnnotation(String canonicalName) {
    for (HttpVerb verb : values()) {
      if (verb.annotationName().equals(canonicalName)) {
        return verb;
      }
    }
    return null;
  }
}
