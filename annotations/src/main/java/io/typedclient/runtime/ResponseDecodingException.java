package io.typedclient.runtime;

/**
 * A 2xx response whose body is not the JSON the method declares: malformed or truncated JSON, a missing
 * required property, a value of the wrong type. The message says what was expected and where, as a JSON
 * path ({@code $.idp.type}); the cause is Moshi's {@code JsonDataException}, {@code JsonEncodingException}
 * or the {@code IOException} that ended the input.
 */
public class ResponseDecodingException extends TypedClientException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient HttpHeaders headers;

  /** The body of {@code response} could not be decoded. */
  public ResponseDecodingException(HttpResponse response, Throwable cause) {
    super(
        "could not decode the response to " + response.request() + " (HTTP " + response.status() + ", "
            + response.bodyLength() + " bytes): " + (cause == null ? "" : cause.getMessage()),
        response.request(),
        cause);
    this.status = response.status();
    this.headers = response.headers();
  }

  /** The response status. */
  public int status() {
    return status;
  }

  /** The response headers. */
  public HttpHeaders headers() {
    return headers;
  }
}
