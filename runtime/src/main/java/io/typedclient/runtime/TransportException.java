package io.typedclient.runtime;

import java.io.InterruptedIOException;

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
    String detail = cause == null ? null : SecretScrubber.scrub(request, cause.getMessage());
    String kind = cause == null ? "I/O error" : cause.getClass().getSimpleName();
    return new TransportException(
        kind + " for " + request + (detail == null || detail.isEmpty() ? "" : ": " + detail), request, cause);
  }

  /**
   * The failure of a blocking call whose thread was interrupted: its cause is an {@link InterruptedIOException}, as
   * for any blocking I/O that an interrupt ends. The transport sets the thread's interrupt flag again.
   */
  static TransportException interrupted(HttpRequest request, InterruptedException e) {
    InterruptedIOException cause = new InterruptedIOException("interrupted while waiting for the response");
    cause.initCause(e);
    return new TransportException("interrupted while waiting for the response to " + request, request, cause);
  }
}
