package io.typedclient.runtime.internal;

import static com.google.common.truth.Truth.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three HTTP-date forms of RFC 9110, section 5.6.7, and what is not a date. */
class HttpDateTest {
  private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
  private static final Instant RFC_EXAMPLE = Instant.parse("1994-11-06T08:49:37Z");

  @Test
  void readsAllThreeFormsOfTheRfcExample() {
    assertThat(HttpDate.parse("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).isEqualTo(RFC_EXAMPLE);
    assertThat(HttpDate.parse("Sunday, 06-Nov-94 08:49:37 GMT", NOW)).isEqualTo(RFC_EXAMPLE);
    assertThat(HttpDate.parse("Sun Nov  6 08:49:37 1994", NOW)).isEqualTo(RFC_EXAMPLE);
    assertThat(HttpDate.parse("  Sun, 06 Nov 1994 08:49:37 GMT  ", NOW)).isEqualTo(RFC_EXAMPLE);
  }

  @Test
  void aTwoDigitYearMoreThanFiftyYearsAheadIsTheCenturyBefore() {
    // From 2025, "75" is 2075 (50 years ahead: not more) and "76" is 1976.
    assertThat(HttpDate.parse("Monday, 04-Mar-75 10:00:00 GMT", NOW)).isEqualTo(Instant.parse("2075-03-04T10:00:00Z"));
    assertThat(HttpDate.parse("Thursday, 04-Mar-76 10:00:00 GMT", NOW)).isEqualTo(Instant.parse("1976-03-04T10:00:00Z"));
    assertThat(HttpDate.parse("Sunday, 01-Jun-25 12:00:00 GMT", NOW)).isEqualTo(NOW);
  }

  @Test
  void anAsctimeDayWithTwoDigitsNeedsNoPadding() {
    assertThat(HttpDate.parse("Wed Nov 16 08:49:37 1994", NOW)).isEqualTo(Instant.parse("1994-11-16T08:49:37Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "   ", "yesterday", "120", "-1", "Sun, 06 Nov 1994", "Sun, 32 Nov 1994 08:49:37 GMT",
      "Sun, 06 Nov 1994 25:49:37 GMT", "Mon, 06 Nov 1994 08:49:37 GMT", "2025-06-01T12:00:00Z",
      "Sun, 06 Nov 1994 08:49:37 GMT; and then a great deal more text that no date ever has in it",
      "Sun, 06 Nóv 1994 08:49:37 GMT", "Sun,\r\n 06 Nov 1994 08:49:37 GMT"})
  void anythingElseIsNotADate(String value) {
    assertThat(HttpDate.parse(value, NOW)).isNull();
  }

  @Test
  void noValueIsNoDate() {
    assertThat(HttpDate.parse(null, NOW)).isNull();
  }
}
