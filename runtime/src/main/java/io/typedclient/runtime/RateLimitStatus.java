package io.typedclient.runtime;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * An API's rate-limit state as one response reported it: requests allowed in the current window, requests left,
 * and when the window resets (by the server's clock). Each part is empty when the response did not say.
 * Immutable. A {@link RateLimitReader} makes it from an API's headers; observers read it from
 * {@link AttemptEnd#rateLimit()}, to alert before the API starts refusing calls.
 */
public final class RateLimitStatus {
  private static final RateLimitStatus UNKNOWN = new RateLimitStatus(-1, -1, null);

  private final long limit;
  private final long remaining;
  private final @Nullable Instant resetAt;

  private RateLimitStatus(long limit, long remaining, @Nullable Instant resetAt) {
    this.limit = limit;
    this.remaining = remaining;
    this.resetAt = resetAt;
  }

  /** Nothing known. */
  public static RateLimitStatus unknown() {
    return UNKNOWN;
  }

  /**
   * A state; {@code null} for each part the response did not report.
   *
   * @throws IllegalArgumentException if {@code limit} or {@code remaining} is negative
   */
  public static RateLimitStatus of(@Nullable Long limit, @Nullable Long remaining, @Nullable Instant resetAt) {
    if (limit == null && remaining == null && resetAt == null) {
      return UNKNOWN;
    }
    return new RateLimitStatus(check(limit, "limit"), check(remaining, "remaining"), resetAt);
  }

  private static long check(@Nullable Long value, String name) {
    if (value == null) {
      return -1;
    }
    if (value < 0) {
      throw new IllegalArgumentException("rate-limit " + name + " must not be negative: " + value);
    }
    return value;
  }

  /** Requests allowed in the current window. */
  public OptionalLong limit() {
    return limit < 0 ? OptionalLong.empty() : OptionalLong.of(limit);
  }

  /** Requests left in the current window. */
  public OptionalLong remaining() {
    return remaining < 0 ? OptionalLong.empty() : OptionalLong.of(remaining);
  }

  /** When the current window resets, by the server's clock. */
  public Optional<Instant> resetAt() {
    return Optional.ofNullable(resetAt);
  }

  /** Whether any part is known. */
  public boolean isKnown() {
    return this != UNKNOWN;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RateLimitStatus)) {
      return false;
    }
    RateLimitStatus other = (RateLimitStatus) o;
    return limit == other.limit && remaining == other.remaining && Objects.equals(resetAt, other.resetAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, remaining, resetAt);
  }

  /** {@code RateLimitStatus{limit=600, remaining=12, resetAt=2026-01-01T00:01:00Z}}, {@code ?} for an unknown part. */
  @Override
  public String toString() {
    if (!isKnown()) {
      return "RateLimitStatus{unknown}";
    }
    return "RateLimitStatus{limit=" + (limit < 0 ? "?" : Long.toString(limit))
        + ", remaining=" + (remaining < 0 ? "?" : Long.toString(remaining))
        + ", resetAt=" + (resetAt == null ? "?" : resetAt.toString()) + "}";
  }
}
