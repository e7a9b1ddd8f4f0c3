package io.typedclient.okta;

import io.typedclient.runtime.Attempt;
import io.typedclient.runtime.HttpHeaders;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.StandardRetryPolicy;
import io.typedclient.runtime.TransportException;
import io.typedclient.runtime.internal.HttpDate;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Okta's retry rules: the runtime's {@link StandardRetryPolicy}, narrowed to what Okta's answers mean and with
 * Okta's rate-limit arithmetic and retry headers. Decisions only, no waiting and no I/O.
 *
 * <ul>
 *   <li><b>429</b>, any method (a rate-limited request was refused before Okta acted on it, so even
 *       {@code createSession}'s single-use token was not spent): wait until the smallest
 *       {@code X-Rate-Limit-Reset}, measured against the response's {@code Date} (Okta's clock, so a skewed
 *       local clock does not matter), plus {@link #RATE_LIMIT_MARGIN}. No {@code Date}: against the local clock.
 *       No reset: the standard rules ({@code Retry-After}, else backoff).
 *   <li><b>503, 504</b>, and <b>connection failures</b>: the standard rules, so only for idempotent requests (of
 *       Okta's calls, {@code GET} and {@code DELETE}); never for {@code POST}: Okta may have acted on it, and a
 *       {@code createSession} token cannot be used twice. A {@code Retry-After} is honoured (the budget is its only
 *       bound); otherwise exponential backoff. Other statuses, 500 and 502 among them, are Okta's final answer.
 *   <li><b>Backoff</b> for retry {@code n} (0-based): full jitter, uniformly between {@link #BACKOFF_FLOOR} and
 *       {@code min(BACKOFF_CAP, BACKOFF_BASE * 2^n)}.
 *   <li><b>Bounds</b>: at most {@code maxRetries} retries, and no wait that would end later than
 *       {@code maxElapsed} after the first attempt started. Either bound at 0 turns retries off.
 *   <li><b>Headers</b>: each retry carries {@code X-Okta-Retry-Count: <n>} and, once any response carried one,
 *       {@code X-Okta-Retry-For: <the first X-Okta-Request-Id>}, so Okta can tie the attempts together.
 * </ul>
 */
final class RetryPolicy implements io.typedclient.runtime.RetryPolicy {
  static final int DEFAULT_MAX_RETRIES = 4;
  static final Duration DEFAULT_MAX_ELAPSED = Duration.ofSeconds(60);
  static final Duration RATE_LIMIT_MARGIN = Duration.ofSeconds(1);
  static final Duration BACKOFF_BASE = Duration.ofSeconds(1);
  static final Duration BACKOFF_CAP = Duration.ofSeconds(20);
  static final Duration BACKOFF_FLOOR = Duration.ofMillis(250);
  static final String RETRY_COUNT = "X-Okta-Retry-Count";
  static final String RETRY_FOR = "X-Okta-Retry-For";
  static final String REQUEST_ID = "X-Okta-Request-Id";

  private final int maxRetries;
  private final Duration maxElapsed;
  private final StandardRetryPolicy standard;

  /** A policy; {@code random} yields values in {@code [0, 1)} for the jitter (tests pass a fixed one). */
  RetryPolicy(int maxRetries, Duration maxElapsed, DoubleSupplier random) {
    if (maxElapsed == null) {
      throw new IllegalArgumentException("maxElapsedTime must be zero (no retries) or positive: null");
    }
    this.standard = StandardRetryPolicy.builder()
        .maxRetries(maxRetries)
        .maxElapsedTime(maxElapsed)
        .maxRetryAfter(maxElapsed)
        .minDelay(BACKOFF_FLOOR)
        .initialBackoff(BACKOFF_BASE)
        .maxBackoff(BACKOFF_CAP)
        .random(random)
        .build();
    this.maxRetries = maxRetries;
    this.maxElapsed = maxElapsed;
  }

  /** 429, 503 and 504: anything else is Okta's answer, and goes to the caller as it is. */
  @Override
  public boolean retryableStatus(int status) {
    return status == 429 || status == 503 || status == 504;
  }

  /** Whether the outcome of an attempt can be retried at all: a failure, or a {@link #retryableStatus}. */
  static boolean mayRetry(@Nullable HttpResponse response) {
    return response == null || response.status() == 429 || response.status() == 503 || response.status() == 504;
  }

  @Override
  public @Nullable Duration delayBeforeRetry(Attempt attempt) {
    HttpResponse response = attempt.response();
    if (response != null && !retryableStatus(response.status())) {
      return null;
    }
    if (response != null && response.status() == 429) {
      Duration untilReset = untilRateLimitReset(response.headers(), attempt.endedAt());
      if (untilReset != null) {
        return standard.bounded(attempt, untilReset);
      }
    }
    return standard.delayBeforeRetry(attempt);
  }

  /**
   * The decision for an attempt given in parts: {@code failure} is what it failed with when {@code response} is
   * {@code null}; anything but a {@link TransportException} is never retried.
   */
  @Nullable Duration delayBeforeRetry(HttpRequest request, @Nullable HttpResponse response, @Nullable Throwable failure,
      int retriesDone,
      Instant firstAttemptAt, Instant now) {
    if (response != null) {
      return delayBeforeRetry(Attempt.responded(request, response, retriesDone, firstAttemptAt, now));
    }
    return failure instanceof TransportException
        ? delayBeforeRetry(Attempt.failed(request, (TransportException) failure, retriesDone, firstAttemptAt, now))
        : null;
  }

  /** The retry after {@code previous}, with its count and the first request id any response carried. */
  @Override
  public HttpRequest retryRequest(HttpRequest original, Attempt previous) {
    // The previous retry carries the id when an earlier response had one; otherwise the latest response may.
    String firstRequestId = previous.request().headers().first(RETRY_FOR);
    HttpResponse previousResponse = previous.response();
    if (firstRequestId == null && previousResponse != null) {
      firstRequestId = usableRequestId(previousResponse);
    }
    HttpRequest.Builder retry =
        original.toBuilder().header(RETRY_COUNT, Integer.toString(previous.retryCount() + 1));
    if (firstRequestId != null) {
      retry.header(RETRY_FOR, firstRequestId);
    }
    return retry.build();
  }

  /**
   * The response's {@code X-Okta-Request-Id} if it is safe to send back in a header (a short printable token),
   * otherwise {@code null}.
   */
  static @Nullable String usableRequestId(HttpResponse response) {
    String id = response.header(REQUEST_ID);
    if (id == null || id.isEmpty() || id.length() > 200) {
      return null;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        return null;
      }
    }
    return id;
  }

  /**
   * The wait until the smallest {@code X-Rate-Limit-Reset} plus {@link #RATE_LIMIT_MARGIN}, by the server's
   * {@code Date} when it has one and the local {@code now} otherwise; {@code null} when there is no usable reset.
   * A reset already passed waits only the margin.
   */
  static @Nullable Duration untilRateLimitReset(HttpHeaders headers, Instant now) {
    Long reset = RateLimit.smallest(headers, RateLimit.RESET);
    if (reset == null) {
      return null;
    }
    Instant serverNow = HttpDate.parse(headers.first("Date"), now);
    Duration untilReset = Duration.between(serverNow != null ? serverNow : now, Instant.ofEpochSecond(reset));
    return (untilReset.isNegative() ? Duration.ZERO : untilReset).plus(RATE_LIMIT_MARGIN);
  }

  /** Full-jitter exponential backoff for retry {@code retriesDone} (0-based). */
  Duration backoff(int retriesDone) {
    return standard.backoff(retriesDone);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", maxElapsed=" + maxElapsed + "}";
  }
}
