package io.typedclient.bench.floor;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The floor's own RFC 3339 date-time reader: {@code yyyy-mm-ddThh:mm:ss[.f{1,9}](Z|±hh:mm)} read digit by digit,
 * any other shape handed to the JDK's {@code ISO_OFFSET_DATE_TIME}.
 *
 * <p>Why it is here and not borrowed: the floor is the physical limit of a hand-written client, so it must be at
 * least as fast as anything the client under test does ({@code Instant.parse} allocates ~1.9 KB and a few µs per
 * value, four times per session, which handicapped the floor), and it must not depend on the runtime it is the
 * baseline for, or a change to the runtime would move the floor too. Written independently of the runtime's
 * parser; {@code FloorInstantTest} in the harness compares both against the JDK.
 */
public final class FloorInstant {
  private FloorInstant() {}

  /** The instant {@code text} denotes; throws {@code DateTimeParseException} when it is not an RFC 3339 date-time. */
  public static Instant parse(String text) {
    Instant fast = fast(text);
    return fast != null ? fast : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
  }

  /** The common shape, or {@code null} for anything else (left to the JDK, which also words the errors). */
  static Instant fast(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')
        || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    int year = number(s, 0, 4);
    int month = number(s, 5, 2);
    int day = number(s, 8, 2);
    int hour = number(s, 11, 2);
    int minute = number(s, 14, 2);
    int second = number(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0 || month == 0 || month > 12 || day == 0
        || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int digits = 0;
      for (i++; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
        nanos = nanos * 10 + (s.charAt(i) - '0');
        if (++digits > 9) {
          return null;
        }
      }
      if (digits == 0) {
        return null;
      }
      for (int k = digits; k < 9; k++) {
        nanos *= 10;
      }
    }
    if (i == n) {
      return null;
    }
    int offset;
    char sign = s.charAt(i);
    if ((sign == 'Z' || sign == 'z') && i + 1 == n) {
      offset = 0;
    } else if ((sign == '+' || sign == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
      int hours = number(s, i + 1, 2);
      int minutes = number(s, i + 4, 2);
      if ((hours | minutes) < 0 || minutes > 59 || hours * 60 + minutes > 18 * 60) {
        return null;
      }
      offset = (sign == '-' ? -60 : 60) * (hours * 60 + minutes);
    } else {
      return null;
    }
    return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400L + hour * 3_600 + minute * 60 + second - offset,
        nanos);
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse, by eras of 400 years). */
  static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }

  private static int daysInMonth(int year, int month) {
    if (month == 2) {
      return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** The {@code count} decimal digits at {@code from}, or -1 when one is not a digit. */
  private static int number(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int digit = s.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }
}
