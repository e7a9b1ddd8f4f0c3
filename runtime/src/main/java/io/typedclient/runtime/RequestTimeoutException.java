package io.typedclient.runtime;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The exchange did not finish within its timeout: connecting took longer than the connect timeout, or the
 * response (headers and body) did not arrive within {@link HttpRequest#timeout()}.
 */
public class RequestTimeoutException extends TransportException {
  private static final long serialVersionUID = 1L;

  private final Duration timeout;

  /** A timeout of {@code request} after {@code timeout}. */
  public RequestTimeoutException(HttpRequest request, Duration timeout, @Nullable Throwable cause) {
    super("timed out after " + timeout.toMillis() + " ms: " + request, request, cause);
    this.timeout = timeout;
  }

  /** The timeout that expired. */
  public Duration timeout() {
    return timeout;
  }
}
