package io.typedclient.okta.cli;

import java.time.Duration;
import java.time.Instant;

/** Instants as people read them next to a clock: {@code in 1h 59m}, {@code 5m 3s ago}, {@code now}. */
final class RelativeTime {
  private RelativeTime() {}

  /** {@code at} relative to {@code now}, truncated (a session that expires in 1h 59m 59s is "in 1h 59m"). */
  static String describe(Instant at, Instant now) {
    Duration difference = Duration.between(now, at);
    if (difference.abs().compareTo(Duration.ofSeconds(1)) < 0) {
      return "now";
    }
    return difference.isNegative() ? span(difference.negated()) + " ago" : "in " + span(difference);
  }

  /**
   * A positive duration in its two largest units, the second left out when it is zero: {@code 2d 3h},
   * {@code 1h 59m}, {@code 2h}, {@code 4m 2s}, {@code 30m}, {@code 45s}.
   */
  static String span(Duration duration) {
    long seconds = duration.getSeconds();
    long days = seconds / 86_400;
    long hours = seconds / 3_600 % 24;
    long minutes = seconds / 60 % 60;
    long secs = seconds % 60;
    if (days > 0) {
      return days + "d" + (hours > 0 ? " " + hours + "h" : "");
    }
    if (hours > 0) {
      return hours + "h" + (minutes > 0 ? " " + minutes + "m" : "");
    }
    if (minutes > 0) {
      return minutes + "m" + (secs > 0 ? " " + secs + "s" : "");
    }
    return secs + "s";
  }

  /** Milliseconds for an HTTP exchange, or seconds with two decimals from one second up: {@code 12 ms}, {@code 2.00 s}. */
  static String elapsed(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    long hundredths = (millis + 5) / 10;
    return hundredths / 100 + "." + twoDigits(hundredths % 100) + " s";
  }

  private static String twoDigits(long value) {
    return value < 10 ? "0" + value : Long.toString(value);
  }
}
