package io.typedclient.okta.testing;

import static com.google.common.truth.Truth.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimestampsTest {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter OKTA =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Test
  void formatsFixedExamples() {
    assertThat(Timestamps.httpDate(Instant.parse("1994-11-06T08:49:37Z"))).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
    assertThat(Timestamps.httpDate(Instant.parse("2026-01-05T10:00:00.999Z"))).isEqualTo("Mon, 05 Jan 2026 10:00:00 GMT");
    assertThat(Timestamps.okta(Instant.parse("2015-08-30T18:41:35.818Z"))).isEqualTo("2015-08-30T18:41:35.818Z");
    assertThat(Timestamps.okta(Instant.parse("2026-01-05T10:00:00Z"))).isEqualTo("2026-01-05T10:00:00.000Z");
    assertThat(Timestamps.okta(Instant.parse("2026-01-05T10:00:00.007Z"))).isEqualTo("2026-01-05T10:00:00.007Z");
  }

  @Test
  void agreesWithDateTimeFormatterOverManyInstants() {
    Random random = new Random(42);
    for (int i = 0; i < 5_000; i++) {
      // Every millisecond from 1970 to 2100 is fair game.
      Instant instant = Instant.ofEpochMilli(Math.floorMod(random.nextLong(), 4_102_444_800_000L));
      assertThat(Timestamps.httpDate(instant)).isEqualTo(HTTP_DATE.format(instant));
      assertThat(Timestamps.okta(instant)).isEqualTo(OKTA.format(instant));
    }
  }
}
