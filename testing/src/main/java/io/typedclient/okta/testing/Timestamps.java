package io.typedclient.okta.testing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The two time formats on the wire: HTTP dates in headers and Okta's millisecond timestamps in bodies. */
final class Timestamps {
  /** IMF-fixdate (RFC 9110 section 5.6.7): always a two-digit day, unlike {@code RFC_1123_DATE_TIME}. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  /** As in Okta's documented responses: {@code 2015-08-30T18:41:35.818Z}. */
  private static final DateTimeFormatter OKTA =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Timestamps() {}

  static String httpDate(Instant instant) {
    return HTTP_DATE.format(instant);
  }

  static String okta(Instant instant) {
    return OKTA.format(instant);
  }
}
