package io.typedclient.runtime.internal;

import static com.google.common.truth.Truth.assertThat;

import io.typedclient.runtime.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Retry-After as delay-seconds and as an HTTP-date, against the server's Date; hostile values. */
class RetryAfterTest {
  private static final Instant LOCAL_NOW = Instant.parse("2025-06-01T12:00:00Z");

  static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  /** As a transport receives them: a server may send what a request could not. */
  private static Duration of(String... namesAndValues) {
    Map<String, List<String>> received = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      received.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>()).add(namesAndValues[i + 1]);
    }
    return RetryAfter.of(HttpHeaders.fromResponse(received), LOCAL_NOW);
  }

  @Test
  void delaySecondsAreTheWait() {
    assertThat(of("Retry-After", "120")).isEqualTo(Duration.ofSeconds(120));
    assertThat(of("Retry-After", " 7 ")).isEqualTo(Duration.ofSeconds(7));
    assertThat(of("Retry-After", "0")).isEqualTo(Duration.ZERO);
    assertThat(of("Retry-After", "007")).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void aDateIsMeasuredAgainstTheServersDateNotTheLocalClock() {
    // The server's clock is an hour ahead of ours: by our clock the date is an hour and 30 s away.
    Instant serverNow = LOCAL_NOW.plusSeconds(3600);
    assertThat(of("Date", httpDate(serverNow), "Retry-After", httpDate(serverNow.plusSeconds(30))))
        .isEqualTo(Duration.ofSeconds(30));
    // And an hour behind: by our clock the date has passed.
    Instant behind = LOCAL_NOW.minusSeconds(3600);
    assertThat(of("Date", httpDate(behind), "Retry-After", httpDate(behind.plusSeconds(30))))
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aDateWithoutAReadableServerDateIsMeasuredAgainstTheLocalClock() {
    assertThat(of("Retry-After", httpDate(LOCAL_NOW.plusSeconds(12)))).isEqualTo(Duration.ofSeconds(12));
    assertThat(of("Date", "not a date", "Retry-After", httpDate(LOCAL_NOW.plusSeconds(12))))
        .isEqualTo(Duration.ofSeconds(12));
  }

  @Test
  void aDateInThePastIsNoWait() {
    assertThat(of("Date", httpDate(LOCAL_NOW), "Retry-After", httpDate(LOCAL_NOW.minusSeconds(86_400))))
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void aDateYearsAwayIsReadAsItIsForTheCallerToBound() {
    Duration wait = of("Date", httpDate(LOCAL_NOW), "Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT");
    assertThat(wait).isGreaterThan(Duration.ofDays(365L * 7000));
  }

  @Test
  void delaySecondsTooLongForAnyClockAreReadAsTheLongestWait() {
    assertThat(of("Retry-After", "99999999999999999999999999999999999999")).isEqualTo(Duration.ofSeconds(Long.MAX_VALUE));
    assertThat(of("Retry-After", "999999999999999999")).isEqualTo(Duration.ofSeconds(999_999_999_999_999_999L));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5", "-0", "+5", "1.5", "1e3", "5s", "soon", "", "  ", "0x10", "٣", "5, 6",
      "Sun, 06 Nov 1994 08:49:37 GMT and more", "\u0000"})
  void aValueThatIsNeitherFormIsAbsent(String value) {
    assertThat(of("Retry-After", value)).isNull();
  }

  @Test
  void noHeaderIsNoWait() {
    assertThat(of("Date", httpDate(LOCAL_NOW))).isNull();
  }

  @Test
  void theFirstOfSeveralIsRead() {
    assertThat(of("Retry-After", "3", "Retry-After", "900")).isEqualTo(Duration.ofSeconds(3));
  }
}
