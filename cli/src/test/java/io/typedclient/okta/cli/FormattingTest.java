package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The small formatting and parsing rules the output depends on. */
class FormattingTest {
  private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

  @Test
  void relativeTimesUseTheTwoLargestUnitsTruncated() {
    assertThat(RelativeTime.describe(NOW.plus(Duration.ofHours(2).minusSeconds(1)), NOW)).isEqualTo("in 1h 59m");
    assertThat(RelativeTime.describe(NOW.plus(Duration.ofHours(2)), NOW)).isEqualTo("in 2h");
    assertThat(RelativeTime.describe(NOW.plusSeconds(45), NOW)).isEqualTo("in 45s");
    assertThat(RelativeTime.describe(NOW.plusSeconds(61), NOW)).isEqualTo("in 1m 1s");
    assertThat(RelativeTime.describe(NOW.plus(Duration.ofDays(1)), NOW)).isEqualTo("in 1d");
    assertThat(RelativeTime.describe(NOW.plus(Duration.ofHours(1).plusSeconds(59)), NOW)).isEqualTo("in 1h");
    assertThat(RelativeTime.describe(NOW.plus(Duration.ofDays(3).plusHours(4)), NOW)).isEqualTo("in 3d 4h");
    assertThat(RelativeTime.describe(NOW.minusSeconds(300), NOW)).isEqualTo("5m ago");
    assertThat(RelativeTime.describe(NOW.plusMillis(999), NOW)).isEqualTo("now");
    assertThat(RelativeTime.describe(NOW.minusMillis(999), NOW)).isEqualTo("now");
  }

  @Test
  void elapsedTimesAreMillisecondsThenSeconds() {
    assertThat(RelativeTime.elapsed(Duration.ofMillis(7))).isEqualTo("7 ms");
    assertThat(RelativeTime.elapsed(Duration.ofMillis(999))).isEqualTo("999 ms");
    assertThat(RelativeTime.elapsed(Duration.ofMillis(1000))).isEqualTo("1.00 s");
    assertThat(RelativeTime.elapsed(Duration.ofMillis(2004))).isEqualTo("2.00 s");
    assertThat(RelativeTime.elapsed(Duration.ofMillis(2345))).isEqualTo("2.35 s");
  }

  @Test
  void secretsAreMaskedLongestFirstAndCookieValuesAlone() {
    Secrets secrets = Secrets.none().with("sid=abcdef123; idx=zzzz9999").with("abcdef");

    assertThat(secrets.mask("cookie sid=abcdef123; idx=zzzz9999 sent")).isEqualTo("cookie *** sent");
    assertThat(secrets.mask("session abcdef123 and zzzz9999")).isEqualTo("session *** and ***");
    assertThat(secrets.mask("abcdef")).isEqualTo("***");
    assertThat(secrets.mask(null)).isNull();
  }

  @Test
  void secretsShorterThanFourCharactersAreNotMasked() {
    assertThat(Secrets.none().with("abc").mask("abc abcd")).isEqualTo("abc abcd");
  }

  @Test
  void secretOptionValuesAreFoundInBothForms() {
    Secrets secrets = Secrets.fromArguments(new String[] {
        "--token", "tokenOne", "--ACCESS-TOKEN=tokenTwo", "get", "--session-token", "tokenThree", "--cookie"});

    assertThat(secrets.mask("tokenOne tokenTwo tokenThree get")).isEqualTo("*** *** *** get");
  }

  @Test
  void timeoutsAreDecimalSeconds() {
    assertThat(Settings.parseTimeout("10")).isEqualTo(Duration.ofSeconds(10));
    assertThat(Settings.parseTimeout("0.5")).isEqualTo(Duration.ofMillis(500));
    assertThat(Settings.parseTimeout("0.0001")).isEqualTo(Duration.ofMillis(1));
    assertThat(Settings.parseTimeout("3600")).isEqualTo(Duration.ofHours(1));
    assertThat(Settings.seconds(Duration.ofMillis(1500))).isEqualTo("1.5");
    assertThat(Settings.seconds(Duration.ofSeconds(30))).isEqualTo("30");
    assertThrows(IllegalArgumentException.class, () -> Settings.parseTimeout("-1"));
    assertThrows(IllegalArgumentException.class, () -> Settings.parseTimeout("1e9"));
    assertThrows(IllegalArgumentException.class, () -> Settings.parseTimeout("ten"));
  }

  @Test
  void settingsNeverPrintTheirTokens() {
    Settings settings = new Settings("https://dev-1.okta.com", "--org-url", "apiTOKEN123", null, 4, Duration.ofSeconds(30));

    assertThat(settings.toString()).doesNotContain("apiTOKEN123");
    assertThat(settings.toString()).contains("SSWS");
  }
}
