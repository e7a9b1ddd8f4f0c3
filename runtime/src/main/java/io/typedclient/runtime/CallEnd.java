package io.typedclient.runtime;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A call that ended, as {@link CallListener#callEnded} sees it: the status of its last response, what the caller
 * got thrown (its type), how many attempts it made and how long it took. Immutable.
 */
public final class CallEnd {
  private final ObservedRequest request;
  private final int status;
  private final @Nullable Class<? extends Throwable> failureType;
  private final int attempts;
  private final long durationNanos;

  CallEnd(ObservedRequest request, int status, @Nullable Throwable failure, int attempts, long durationNanos) {
    this.request = request;
    this.status = status;
    this.failureType = failure == null ? null : failure.getClass();
    this.attempts = attempts;
    this.durationNanos = durationNanos;
  }

  /** The call's request, as it was when the call started. */
  public ObservedRequest request() {
    return request;
  }

  /**
   * The status of the response the call ended with, also when it then failed (a 404 mapped to an exception, a
   * body that did not decode); 0 when it ended without one.
   */
  public int status() {
    return status;
  }

  /**
   * The type of the exception the caller got (an {@link HttpStatusException} or an API's own, a
   * {@link ResponseDecodingException}, a {@link TransportException}, a
   * {@link java.util.concurrent.CancellationException}, ...), or {@code null} when the call succeeded.
   */
  public @Nullable Class<? extends Throwable> failureType() {
    return failureType;
  }

  /**
   * How many attempts the call handed to the transport, retries and requests sent on its behalf included. 0 when
   * an interceptor answered without sending anything (a cache, a circuit breaker) or failed the call first.
   */
  public int attempts() {
    return attempts;
  }

  /** From the start of the call to its end, waits between retries included. */
  public Duration duration() {
    return Duration.ofNanos(durationNanos);
  }

  /** {@code CallEnd{GET https://host/items/{id} (ItemsApi.get) -> 200 after 2 attempts in PT1.2S}}: names only. */
  @Override
  public String toString() {
    String outcome = failureType != null ? failureType.getSimpleName() + (status != 0 ? " (" + status + ")" : "")
        : Integer.toString(status);
    return "CallEnd{" + request + " -> " + outcome + " after " + attempts + " attempts in " + duration() + "}";
  }
}
