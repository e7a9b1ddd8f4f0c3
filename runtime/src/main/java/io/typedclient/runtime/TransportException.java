package io.typedclient.runtime;

/**
 * The exchange failed below HTTP: the connection was refused, reset or closed early, the host was unknown,
 * TLS failed. {@link RequestTimeoutException} is the timeout case. The cause holds the underlying
 * {@link java.io.IOException}.
 */
public class TransportException extends TypedClientException {
  private static final long serialVersionUID = 1L;

  /** A failure of {@code request}. */
  public TransportException(String message, HttpRequest request, Throwable cause) {
    super(message, request, cause);
  }

  /**
   * {@code "ConnectException for GET https://host/path (Api.get): <cause message>"}; the request's secrets are
   * masked in the cause's message, which some I/O libraries fill with the URL they were given.
   */
  public static TransportException of(HttpRequest request, Throwable cause) {
    return of(request, cause, null);
  }

  /** As {@link #of(HttpRequest, Throwable)}, for a request sent through the proxy {@code via} (or directly: null). */
  static TransportException of(HttpRequest request, Throwable cause, String via) {
    String detail = cause == null ? null : SecretScrubber.scrub(request, cause.getMessage());
    String kind = cause == null ? "I/O error" : cause.getClass().getSimpleName();
    return new TransportException(kind + " for " + request + (via == null ? "" : " through the proxy " + via)
        + (detail == null || detail.isEmpty() ? "" : ": " + detail), request, cause);
  }
}
