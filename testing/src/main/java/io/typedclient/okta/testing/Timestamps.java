package io.typedclient.okta.testing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The two time formats on the wire: HTTP dates in headers and Okta's millisecond timestamps in bodies.
 *
 * <p>Written by hand: a {@code DateTimeFormatter} with day and month names loads the locale data on first use,
 * about a hundred milliseconds of a cold JVM, and these two fixed formats need none of it.
 */
final class Timestamps {
  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTHS =
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  private Timestamps() {}

  /** IMF-fixdate (RFC 9110 section 5.6.7), e.g. {@code Mon, 05 Jan 2026 10:00:00 GMT}. */
  static String httpDate(Instant instant) {
    LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    StringBuilder text = new StringBuilder(29);
    text.append(DAYS[utc.getDayOfWeek().ordinal()]).append(", ");
    pad(text, utc.getDayOfMonth(), 2).append(' ').append(MONTHS[utc.getMonthValue() - 1]).append(' ');
    pad(text, utc.getYear(), 4).append(' ');
    time(text, utc).append(" GMT");
    return text.toString();
  }

  /** As in Okta's documented responses, always with milliseconds: {@code 2015-08-30T18:41:35.818Z}. */
  static String okta(Instant instant) {
    LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
    StringBuilder text = new StringBuilder(24);
    pad(text, utc.getYear(), 4).append('-');
    pad(text, utc.getMonthValue(), 2).append('-');
    pad(text, utc.getDayOfMonth(), 2).append('T');
    time(text, utc).append('.');
    pad(text, utc.getNano() / 1_000_000, 3).append('Z');
    return text.toString();
  }

  private static StringBuilder time(StringBuilder text, LocalDateTime utc) {
    pad(text, utc.getHour(), 2).append(':');
    pad(text, utc.getMinute(), 2).append(':');
    return pad(text, utc.getSecond(), 2);
  }

  private static StringBuilder pad(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    return text.append(digits);
  }
}
