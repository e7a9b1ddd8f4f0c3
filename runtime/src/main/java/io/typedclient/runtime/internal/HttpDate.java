package io.typedclient.runtime.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HTTP-date (RFC 9110, section 5.6.7), the value of {@code Date} and of a date-form {@code Retry-After}.
 * All three forms a recipient must accept are read: IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}), the
 * obsolete RFC 850 form ({@code Sunday, 06-Nov-94 08:49:37 GMT}) and C's asctime form
 * ({@code Sun Nov  6 08:49:37 1994}). Anything else, and anything longer than {@value #MAX_LENGTH} characters,
 * is not a date: the result is {@code null}, never an exception. Not API: for typedclient's own modules.
 */
public final class HttpDate {
  /** IMF-fixdate has 29 characters; the longest obsolete form 33. Longer text is not parsed at all. */
  static final int MAX_LENGTH = 64;

  private HttpDate() {}

  /**
   * The instant {@code value} names, or {@code null} when it is absent or not an HTTP-date. A two-digit RFC 850
   * year more than 50 years after {@code reference} is read as the century before, as RFC 9110 requires.
   */
  public static @Nullable Instant parse(@Nullable String value, Instant reference) {
    if (value == null) {
      return null;
    }
    String text = value.trim();
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      return null;
    }
    Instant imf = parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
    if (imf != null) {
      return imf;
    }
    // The obsolete forms are rare: their formatters are built only when one is met.
    int comma = text.indexOf(", ");
    return comma > 0 ? rfc850(text.substring(0, comma), text.substring(comma + 2), reference)
        : parse(text, ObsoleteForms.ASCTIME);
  }

  /**
   * {@code Sunday, 06-Nov-94 08:49:37 GMT}. The day name is checked only once the century is known: a formatter
   * would check it against the wrong one.
   */
  private static @Nullable Instant rfc850(String dayName, String rest, Instant reference) {
    Instant at = parse(rest, ObsoleteForms.RFC_850_AFTER_DAY);
    if (at == null) {
      return null;
    }
    ZonedDateTime date = at.atZone(ZoneOffset.UTC);
    if (date.isAfter(reference.atZone(ZoneOffset.UTC).plusYears(50))) {
      date = date.minusYears(100);
    }
    return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US).equals(dayName) ? date.toInstant() : null;
  }

  private static @Nullable Instant parse(String text, DateTimeFormatter format) {
    try {
      return format.parse(text, Instant::from);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The two obsolete forms; a holder so that their formatters are built on first use. */
  private static final class ObsoleteForms {
    /** Two-digit years are read as 2000-2099; {@link #rfc850} moves those too far ahead back a century. */
    static final DateTimeFormatter RFC_850_AFTER_DAY =
        DateTimeFormatter.ofPattern("dd-MMM-yy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    static final DateTimeFormatter ASCTIME =
        DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);
  }
}
