package io.typedclient.runtime;

import java.io.InterruptedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The exchange failed below HTTP: the connection was refused, reset or closed early, the host was unknown,
 * TLS failed. {@link RequestTimeoutException} is the timeout case. The cause holds the underlying
 * {@link java.io.IOException}.
 */
public class TransportException extends TypedClientException {
  private static final long serialVersionUID = 1L;

  /** A failure of {@code request}. */
  public TransportException(String message, @Nullable HttpRequest request, @Nullable Throwable cause) {
    super(message, request, cause);
  }

  /**
   * {@code "ConnectException for GET https://host/path (Api.get): <cause message>"}. The cause's message is put on
   * one line, and the request's secrets are masked in it, and in the causes kept: some I/O libraries fill a message
   * with the URL they were given, and the JDK quotes what a server sent ({@code Invalid status line: "..."}), which
   * a hostile server can make the request's own token.
   */
  public static TransportException of(HttpRequest request, @Nullable Throwable cause) {
    return of(request, cause, null);
  }

  /** As {@link #of(HttpRequest, Throwable)}, for a request sent through the proxy {@code via} (or directly: null). */
  static TransportException of(HttpRequest request, @Nullable Throwable cause, @Nullable String via) {
    String detail =
        cause == null || cause.getMessage() == null
            ? null
            : HttpStatusException.oneLine(SecretScrubber.scrub(request, cause.getMessage()));
    String kind = cause == null ? "I/O error" : cause.getClass().getSimpleName();
    return new TransportException(
        kind + " for " + request + (via == null ? "" : " through the proxy " + via)
            + (detail == null || detail.isEmpty() ? "" : ": " + detail),
        request,
        SecretScrubber.cause(request, cause));
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
