package io.typedclient.runtime;

/**
 * The response body was longer than {@link HttpRequest#maxResponseBytes()}. The transport stopped reading at
 * the limit and dropped the connection, so nothing beyond it was buffered.
 */
public class ResponseTooLargeException extends TypedClientException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final long limit;

  /** A response of {@code status} to {@code request} crossed {@code limit} bytes. */
  public ResponseTooLargeException(HttpRequest request, int status, long limit) {
    super(
        "response body to " + request + " (HTTP " + status + ") is larger than the limit of " + limit + " bytes",
        request,
        null);
    this.status = status;
    this.limit = limit;
  }

  /** The response status. */
  public int status() {
    return status;
  }

  /** The limit in bytes that was crossed. */
  public long limit() {
    return limit;
  }
}
