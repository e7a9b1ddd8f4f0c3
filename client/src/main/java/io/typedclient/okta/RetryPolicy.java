package io.typedclient.okta;

import io.typedclient.runtime.HttpHeaders;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.ProxyAuthenticationException;
import io.typedclient.runtime.TransportException;
import io.typedclient.runtime.internal.Ascii;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.DoubleSupplier;

/**
 * When to retry an Okta call and how long to wait first: pure decisions, no waiting and no I/O, so every rule
 * is tested without a server or a clock.
 *
 * <ul>
 *   <li><b>429</b>, any method (a rate-limited request was refused before Okta acted on it, so even
 *       {@code createSession}'s single-use token was not spent): wait until the smallest
 *       {@code X-Rate-Limit-Reset}, measured against the response's {@code Date} (Okta's clock, so a skewed
 *       local clock does not matter), plus {@link #RATE_LIMIT_MARGIN}. No {@code Date}: against the local clock.
 *       No reset: exponential backoff.
 *   <li><b>503, 504</b>, and <b>connection failures</b> ({@link TransportException}, timeouts included): only for
 *       {@code GET} and {@code DELETE}. Never for {@code POST}: Okta may have acted on it, and a
 *       {@code createSession} token cannot be used twice. A {@code Retry-After} on a 503 or 504 is honoured;
 *       otherwise exponential backoff. Not a {@link ProxyAuthenticationException}: a proxy that wants other
 *       credentials answers the same to every attempt.
 *   <li><b>Backoff</b> for retry {@code n} (0-based): full jitter, uniformly between {@link #BACKOFF_FLOOR} and
 *       {@code min(BACKOFF_CAP, BACKOFF_BASE * 2^n)}; the floor keeps it from ever being an instant retry.
 *   <li><b>Bounds</b>: at most {@code maxRetries} retries, and no wait that would end later than
 *       {@code maxElapsed} after the first attempt started: such a wait is not started, and the last response or
 *       failure goes to the caller. Either bound at 0 turns retries off.
 * </ul>
 */
final class RetryPolicy {
  static final int DEFAULT_MAX_RETRIES = 4;
  static final Duration DEFAULT_MAX_ELAPSED = Duration.ofSeconds(60);
  static final Duration RATE_LIMIT_MARGIN = Duration.ofSeconds(1);
  static final Duration BACKOFF_BASE = Duration.ofSeconds(1);
  static final Duration BACKOFF_CAP = Duration.ofSeconds(20);
  static final Duration BACKOFF_FLOOR = Duration.ofMillis(250);

  private final int maxRetries;
  private final Duration maxElapsed;
  private final DoubleSupplier random;

  /**
   * A policy; {@code random} yields values in {@code [0, 1)} for the jitter (tests pass a fixed one).
   */
  RetryPolicy(int maxRetries, Duration maxElapsed, DoubleSupplier random) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be 0 (no retries) or more: " + maxRetries);
    }
    if (maxElapsed == null || maxElapsed.isNegative()) {
      throw new IllegalArgumentException("maxElapsedTime must be zero (no retries) or positive: " + maxElapsed);
    }
    this.maxRetries = maxRetries;
    this.maxElapsed = maxElapsed;
    this.random = random;
  }

  int maxRetries() {
    return maxRetries;
  }

  Duration maxElapsed() {
    return maxElapsed;
  }

  /**
   * How long to wait before retrying, or {@code null} to stop and hand the outcome to the caller.
   *
   * @param request the request of the attempt that just ended
   * @param response its response, or {@code null} when it failed with {@code failure}
   * @param failure what the attempt failed with, or {@code null}
   * @param retriesDone retries already made (0 after the first attempt)
   * @param firstAttemptAt when the first attempt started, by the local clock
   * @param now the local clock now
   */
  Duration delayBeforeRetry(
      HttpRequest request, HttpResponse response, Throwable failure, int retriesDone, Instant firstAttemptAt,
      Instant now) {
    if (retriesDone >= maxRetries || maxElapsed.isZero()) {
      return null;
    }
    Duration wait = response != null ? delayAfter(request, response, retriesDone, now) : delayAfter(request, failure, retriesDone);
    if (wait == null) {
      return null;
    }
    Duration elapsed = Duration.between(firstAttemptAt, now);
    if (elapsed.plus(wait).compareTo(maxElapsed) > 0) {
      return null;
    }
    return wait;
  }

  /**
   * Whether the outcome of an attempt can be retried at all: a failure, or a 429, 503 or 504. Anything else goes
   * to the caller as it is, whatever {@link #delayBeforeRetry} would be asked; checked first so that a call that
   * succeeds reads no clock.
   */
  static boolean mayRetry(HttpResponse response) {
    if (response == null) {
      return true;
    }
    int status = response.status();
    return status == 429 || status == 503 || status == 504;
  }

  private Duration delayAfter(HttpRequest request, HttpResponse response, int retriesDone, Instant now) {
    int status = response.status();
    if (status == 429) {
      Duration untilReset = untilRateLimitReset(response.headers(), now);
      return untilReset != null ? untilReset : backoff(retriesDone);
    }
    if ((status == 503 || status == 504) && isRetryableMethod(request)) {
      Duration retryAfter = retryAfter(response.headers(), now);
      return retryAfter != null ? retryAfter : backoff(retriesDone);
    }
    return null;
  }

  private Duration delayAfter(HttpRequest request, Throwable failure, int retriesDone) {
    if (failure instanceof ProxyAuthenticationException) {
      return null; // the proxy wants other credentials: asking again cannot help
    }
    return failure instanceof TransportException && isRetryableMethod(request) ? backoff(retriesDone) : null;
  }

  /** GET and DELETE: repeating them cannot do anything the first attempt did not. */
  static boolean isRetryableMethod(HttpRequest request) {
    return request.method().equals("GET") || request.method().equals("DELETE");
  }

  /**
   * The wait until the smallest {@code X-Rate-Limit-Reset} plus {@link #RATE_LIMIT_MARGIN}, by the server's
   * {@code Date} when it has one and the local {@code now} otherwise; {@code null} when there is no usable reset.
   * A reset already passed waits only the margin.
   */
  static Duration untilRateLimitReset(HttpHeaders headers, Instant now) {
    Long reset = RateLimit.smallest(headers, RateLimit.RESET);
    if (reset == null) {
      return null;
    }
    Instant serverNow = serverDate(headers);
    Duration untilReset = Duration.between(serverNow != null ? serverNow : now, Instant.ofEpochSecond(reset));
    return (untilReset.isNegative() ? Duration.ZERO : untilReset).plus(RATE_LIMIT_MARGIN);
  }

  /** The response's {@code Date}, or {@code null} when it has none or it cannot be read. */
  static Instant serverDate(HttpHeaders headers) {
    return httpDate(headers.first("Date"));
  }

  /** A 503's {@code Retry-After}, as delta-seconds or an HTTP date, never under the backoff floor; or {@code null}. */
  static Duration retryAfter(HttpHeaders headers, Instant now) {
    String value = headers.first("Retry-After");
    if (value == null) {
      return null;
    }
    value = value.trim();
    Duration wait = null;
    if (!value.isEmpty() && value.length() <= 9 && Ascii.isDigits(value)) {
      wait = Duration.ofSeconds(Long.parseLong(value));
    } else {
      Instant at = httpDate(value);
      if (at != null) {
        Instant serverNow = serverDate(headers);
        wait = Duration.between(serverNow != null ? serverNow : now, at);
      }
    }
    if (wait == null) {
      return null;
    }
    return wait.compareTo(BACKOFF_FLOOR) < 0 ? BACKOFF_FLOOR : wait;
  }

  private static Instant httpDate(String value) {
    if (value == null || value.isEmpty() || value.length() > 64) {
      return null;
    }
    try {
      return DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.trim(), Instant::from);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Full-jitter exponential backoff for retry {@code retriesDone} (0-based). */
  Duration backoff(int retriesDone) {
    long capMillis = BACKOFF_CAP.toMillis();
    long bound = BACKOFF_BASE.toMillis() << Math.min(retriesDone, 20);
    long upper = Math.min(capMillis, bound);
    long floor = BACKOFF_FLOOR.toMillis();
    double r = random.getAsDouble();
    if (!(r >= 0 && r < 1)) {
      r = 0;
    }
    return Duration.ofMillis(floor + (long) (r * (upper - floor)));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", maxElapsed=" + maxElapsed + "}";
  }
}
