package io.typedclient.runtime.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Reads the RFC 3339 date-times servers actually send ({@code 2019-08-24T14:15:22Z},
 * {@code 2015-08-30T18:41:35.818Z}, {@code 2019-08-24T16:15:22.5+02:00}) without {@code DateTimeFormatter}: the
 * fast path of {@link InstantJsonAdapter}, as the formatter allocates far more per value (benchmarks/FINDINGS.md,
 * change 1). Anything else (an unusual shape or an out-of-range field) answers {@code null}, so the caller falls
 * back to the JDK parser and its exact errors.
 */
final class Rfc3339FastPath {
  private Rfc3339FastPath() {}

  /** The instant {@code text} denotes, or {@code null} when it is not in the common form or not valid. */
  static @Nullable Instant parse(String text) {
    int length = text.length();
    if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || (text.charAt(10) | 0x20) != 't'
        || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (text.charAt(i) == '.') {
      int start = ++i;
      while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        if (i - start < 9) {
          nanos = nanos * 10 + (text.charAt(i) - '0');
        }
        i++;
      }
      int count = i - start;
      if (count == 0 || count > 9) {
        return null;
      }
      for (int k = count; k < 9; k++) {
        nanos *= 10;
      }
    }
    if (i >= length) {
      return null;
    }
    int offsetSeconds;
    char zone = text.charAt(i);
    if ((zone | 0x20) == 'z' && i + 1 == length) {
      offsetSeconds = 0;
    } else if ((zone == '+' || zone == '-') && i + 6 == length && text.charAt(i + 3) == ':') {
      int offsetHours = digits(text, i + 1, 2);
      int offsetMinutes = digits(text, i + 4, 2);
      if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59
          || offsetHours * 60 + offsetMinutes > 18 * 60) {
        return null;
      }
      offsetSeconds = (zone == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    } else {
      return null;
    }
    if (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return null;
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second - offsetSeconds, nanos);
  }

  /** The {@code count} decimal digits at {@code from}, or -1 when one is not a digit. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
