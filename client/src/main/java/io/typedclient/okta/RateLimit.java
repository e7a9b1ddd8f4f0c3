package io.typedclient.okta;

import io.typedclient.runtime.ApiResponse;
import io.typedclient.runtime.HttpHeaders;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Okta's rate-limit headers on a response: {@code X-Rate-Limit-Limit} (requests allowed in the window),
 * {@code X-Rate-Limit-Remaining} (left in the window) and {@code X-Rate-Limit-Reset} (when the window resets, in
 * epoch seconds, by Okta's clock). Each part is empty when the response did not carry it. Immutable.
 *
 * <p>Read it from a successful call with {@link #of(ApiResponse)} (the {@code ...WithResponse} methods of
 * {@link SessionApi}) and from a failed one with {@link OktaApiException#rateLimit()}. An observer added with
 * {@link OktaSessions.Builder#addObserver} gets the same values after every response, retries included, as
 * {@link io.typedclient.runtime.AttemptEnd#rateLimit()}: the place to alert before Okta starts answering 429.
 *
 * <p>When several limits apply, Okta (or a proxy) may send a header more than once or with comma-separated
 * values; each part is then the most restrictive value: the smallest limit, remaining count and reset time.
 */
public final class RateLimit implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String LIMIT = "X-Rate-Limit-Limit";
  static final String REMAINING = "X-Rate-Limit-Remaining";
  static final String RESET = "X-Rate-Limit-Reset";

  private static final RateLimit NONE = new RateLimit(null, null, null);

  private final @Nullable Long limit;
  private final @Nullable Long remaining;
  private final @Nullable Long resetEpochSecond;

  private RateLimit(@Nullable Long limit, @Nullable Long remaining, @Nullable Long resetEpochSecond) {
    this.limit = limit;
    this.remaining = remaining;
    this.resetEpochSecond = resetEpochSecond;
  }

  /** The rate-limit values of {@code headers}; every part empty when there are none. */
  public static RateLimit from(HttpHeaders headers) {
    Objects.requireNonNull(headers, "headers");
    Long limit = smallest(headers, LIMIT);
    Long remaining = smallest(headers, REMAINING);
    Long reset = smallest(headers, RESET);
    return limit == null && remaining == null && reset == null ? NONE : new RateLimit(limit, remaining, reset);
  }

  /** The rate-limit values of a successful call's response. */
  public static RateLimit of(ApiResponse<?> response) {
    return from(response.headers());
  }

  /** Requests allowed in the current window ({@code X-Rate-Limit-Limit}). */
  public OptionalLong limit() {
    return limit == null ? OptionalLong.empty() : OptionalLong.of(limit);
  }

  /** Requests left in the current window ({@code X-Rate-Limit-Remaining}). */
  public OptionalLong remaining() {
    return remaining == null ? OptionalLong.empty() : OptionalLong.of(remaining);
  }

  /**
   * When the window resets ({@code X-Rate-Limit-Reset}), by Okta's clock: compare it with the response's
   * {@code Date} header rather than the local clock when the two may differ.
   */
  public Optional<Instant> resetAt() {
    return resetEpochSecond == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(resetEpochSecond));
  }

  /** Whether the response carried any rate-limit header. */
  public boolean isPresent() {
    return limit != null || remaining != null || resetEpochSecond != null;
  }

  /**
   * The smallest non-negative integer among every value of header {@code name} (repeated headers and
   * comma-separated values alike), or {@code null} when there is none.
   */
  static @Nullable Long smallest(HttpHeaders headers, String name) {
    Long smallest = null;
    for (String value : headers.all(name)) {
      for (String part : value.split(",", -1)) {
        Long parsed = parse(part.trim());
        if (parsed != null && (smallest == null || parsed < smallest)) {
          smallest = parsed;
        }
      }
    }
    return smallest;
  }

  private static @Nullable Long parse(String text) {
    // 16 digits keep every value inside Instant's range; real values have 10.
    if (text.isEmpty() || text.length() > 16) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return null;
      }
    }
    return Long.parseLong(text);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RateLimit)) {
      return false;
    }
    RateLimit other = (RateLimit) o;
    return Objects.equals(limit, other.limit)
        && Objects.equals(remaining, other.remaining)
        && Objects.equals(resetEpochSecond, other.resetEpochSecond);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, remaining, resetEpochSecond);
  }

  /** {@code RateLimit{limit=600, remaining=0, resetAt=2025-06-01T12:00:00Z}}. */
  @Override
  public String toString() {
    if (!isPresent()) {
      return "RateLimit{none}";
    }
    return "RateLimit{limit=" + (limit == null ? "?" : limit)
        + ", remaining=" + (remaining == null ? "?" : remaining)
        + ", resetAt=" + (resetEpochSecond == null ? "?" : Instant.ofEpochSecond(resetEpochSecond))
        + "}";
  }
}
