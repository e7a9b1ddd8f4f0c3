package io.typedclient.runtime;

import java.time.Duration;

/** Duration arithmetic that cannot overflow. */
final class Durations {
  private Durations() {}

  /** {@code duration} in nanoseconds, saturated: a timeout of a century must not overflow into the past. */
  static long nanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }
}
