package io.typedclient.runtime;

import java.time.Duration;
import java.util.Objects;

/** The runtime's one check for a positive duration, and duration arithmetic that cannot overflow. */
final class Durations {
  private Durations() {}

  /**
   * {@code duration} itself when it is longer than zero.
   *
   * @throws NullPointerException naming {@code name} when it is null
   * @throws IllegalArgumentException "{@code name} must be positive: ..." when it is zero or negative
   */
  static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive: " + duration);
    }
    return duration;
  }

  /** {@code duration} in nanoseconds, saturated: a timeout of a century must not overflow into the past. */
  static long nanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }
}
