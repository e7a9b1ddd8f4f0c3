package io.typedclient.runtime;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * An attempt that ended, as {@link CallListener#attemptEnded} sees it: its status or failure type, the body bytes
 * it sent and received, how long it took, and the API's rate-limit state as the response reported it. Immutable.
 */
public final class AttemptEnd {
  private final AttemptStart start;
  private final @Nullable HttpResponse response;
  private final @Nullable Class<? extends Throwable> failureType;
  private final long durationNanos;
  private final @Nullable RateLimitReader rateLimitReader;
  private @Nullable RateLimitStatus rateLimit;

  AttemptEnd(AttemptStart start, @Nullable HttpResponse response, @Nullable Throwable failure, long durationNanos,
      @Nullable RateLimitReader rateLimitReader) {
    this.start = start;
    this.response = response;
    this.failureType = response != null || failure == null ? null : failure.getClass();
    this.durationNanos = durationNanos;
    this.rateLimitReader = rateLimitReader;
  }

  /** The request this attempt sent. */
  public ObservedRequest request() {
    return start.request();
  }

  /** As {@link AttemptStart#resendCount()}: 0 for the first attempt of this request in the call. */
  public int resendCount() {
    return start.resendCount();
  }

  /** The response's status, or 0 when the attempt got no response ({@link #failureType()} says why). */
  public int status() {
    return response == null ? 0 : response.status();
  }

  /**
   * The type of what the attempt failed with when it got no response: a {@link TransportException} (refused,
   * reset, timed out), a {@link java.util.concurrent.CancellationException} for a cancelled call, or whatever else
   * the transport threw; {@code null} when it got a response, whatever its status.
   */
  public @Nullable Class<? extends Throwable> failureType() {
    return failureType;
  }

  /** The request body's length in bytes; 0 without a body. */
  public long requestBodyBytes() {
    return start.requestBodyBytes();
  }

  /** The response body's length in bytes, as read; 0 without a response. */
  public long responseBodyBytes() {
    return response == null ? 0 : response.bodyLength();
  }

  /** From the moment the attempt started (before {@code attemptStarted}) to its end (before this event). */
  public Duration duration() {
    return Duration.ofNanos(durationNanos);
  }

  /**
   * The API's rate-limit state as this response reported it, read by the configuration's
   * {@link ClientConfig.Builder#rateLimitReader}; {@link RateLimitStatus#unknown()} when there is no reader, no
   * response, or nothing the reader understood. The Okta client reads Okta's {@code X-Rate-Limit-*} headers.
   */
  public RateLimitStatus rateLimit() {
    RateLimitStatus status = rateLimit;
    if (status == null) {
      status = RateLimitStatus.unknown();
      if (response != null && rateLimitReader != null) {
        try {
          RateLimitStatus read = rateLimitReader.read(response.headers());
          if (read != null) {
            status = read;
          }
        } catch (RuntimeException e) {
          // A reader that cannot make sense of a response reports nothing: it must not fail the observer.
        }
      }
      rateLimit = status;
    }
    return status;
  }

  /** {@code AttemptEnd{GET https://host/items/{id} (ItemsApi.get) -> 503 in PT0.012S}}: names only. */
  @Override
  public String toString() {
    String outcome = response != null ? Integer.toString(response.status())
        : failureType != null ? failureType.getSimpleName() : "no response";
    return "AttemptEnd{" + start.request() + " -> " + outcome + " in " + duration() + "}";
  }
}
