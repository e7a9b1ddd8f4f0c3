package io.typedclient.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of a call that has just ended, as a {@link RetryPolicy} sees it: the request sent, the response or
 * the connection failure it ended with, how many retries came before it, and when the call started and the
 * attempt ended (by the client's {@link Scheduler} clock). Immutable.
 *
 * <p>The retry loop builds them; tests of a policy build them with {@link #responded} and {@link #failed}.
 * {@link #toString()} names the request by its path template and the outcome by its status or exception type.
 */
public final class Attempt {
  private final HttpRequest request;
  private final @Nullable HttpResponse response;
  private final @Nullable TransportException failure;
  private final int retryCount;
  private final Instant callStartedAt;
  private final Instant endedAt;

  private Attempt(HttpRequest request, @Nullable HttpResponse response, @Nullable TransportException failure, int retryCount,
      Instant callStartedAt, Instant endedAt) {
    this.request = Objects.requireNonNull(request, "request");
    if (retryCount < 0) {
      throw new IllegalArgumentException("retryCount must be 0 or more: " + retryCount);
    }
    this.response = response;
    this.failure = failure;
    this.retryCount = retryCount;
    this.callStartedAt = Objects.requireNonNull(callStartedAt, "callStartedAt");
    this.endedAt = Objects.requireNonNull(endedAt, "endedAt");
  }

  /**
   * An attempt that got {@code response}.
   *
   * @param retryCount the retries made before this attempt: 0 for the call's first
   * @param callStartedAt when the call's first attempt started
   * @param endedAt when this attempt ended, by the same clock
   */
  public static Attempt responded(
      HttpRequest request, HttpResponse response, int retryCount, Instant callStartedAt, Instant endedAt) {
    return new Attempt(request, Objects.requireNonNull(response, "response"), null, retryCount, callStartedAt, endedAt);
  }

  /** An attempt that failed below HTTP with {@code failure} (refused, reset, timed out); see {@link #responded}. */
  public static Attempt failed(
      HttpRequest request, TransportException failure, int retryCount, Instant callStartedAt, Instant endedAt) {
    return new Attempt(request, null, Objects.requireNonNull(failure, "failure"), retryCount, callStartedAt, endedAt);
  }

  /** The request this attempt sent (for a retry, as {@link RetryPolicy#retryRequest} made it). */
  public HttpRequest request() {
    return request;
  }

  /** The response, or {@code null} when the attempt failed. */
  public @Nullable HttpResponse response() {
    return response;
  }

  /** The connection failure or timeout, or {@code null} when the attempt got a response. */
  public @Nullable TransportException failure() {
    return failure;
  }

  /** The retries made before this attempt: 0 for the first attempt, so the next one would be retry {@code n + 1}. */
  public int retryCount() {
    return retryCount;
  }

  /** When the call's first attempt started. */
  public Instant callStartedAt() {
    return callStartedAt;
  }

  /** When this attempt ended: "now" for the policy deciding about it. */
  public Instant endedAt() {
    return endedAt;
  }

  /** The time from the start of the call to the end of this attempt, waits and earlier attempts included. */
  public Duration elapsed() {
    return Duration.between(callStartedAt, endedAt);
  }

  /** {@code Attempt{GET https://host/items/{id} (ItemsApi.get) -> 503, retries before 1, elapsed PT1.2S}}. */
  @Override
  public String toString() {
    String outcome = response != null ? Integer.toString(response.status())
        : failure != null ? failure.getClass().getSimpleName() : "nothing";
    return "Attempt{" + request + " -> " + outcome + ", retries before " + retryCount + ", elapsed " + elapsed() + "}";
  }
}
