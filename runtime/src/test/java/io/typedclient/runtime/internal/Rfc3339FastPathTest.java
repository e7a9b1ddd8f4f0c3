package io.typedclient.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc3339FastPathTest {

  @Test
  void agreesWithTheJdkOnRandomDateTimesInEveryCommonShape() {
    Random random = new Random(20190824);
    for (int i = 0; i < 20_000; i++) {
      long seconds = random.nextLong() % 253_402_300_799L; // 0000-01-01 .. 9999-12-31
      if (seconds < -62_167_219_200L) {
        seconds = -seconds;
      }
      int digits = random.nextInt(10);
      int nanos = digits == 0 ? 0 : random.nextInt(1_000_000_000);
      int offsetMinutes = random.nextInt(3) == 0 ? 0 : random.nextInt(18 * 60 * 2 + 1) - 18 * 60;
      String text = format(seconds, nanos, digits, offsetMinutes, random.nextBoolean(), random.nextBoolean());

      Instant jdk = jdk(text);
      Instant fast = Rfc3339FastPath.parse(text);

      assertThat(fast).isEqualTo(jdk);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "2019-08-24T14:15:22Z",
    "2015-08-30T18:41:35.818Z",
    "2019-08-24t14:15:22.5z",
    "2020-02-29T23:59:59.999999999+18:00",
    "2019-08-24T16:15:22-18:00",
    "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59.123456789-00:00",
  })
  void readsTheUsualShapesExactlyLikeTheJdk(String text) {
    assertThat(Rfc3339FastPath.parse(text)).isEqualTo(jdk(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "2019-08-24T14:15Z",              // no seconds: valid ISO, left to the JDK
    "2019-08-24T14:15:22+01:00:30",   // offset with seconds: left to the JDK
    "2019-08-24T14:15:22.Z",          // a point without digits
    "+2019-08-24T14:15:22Z",
    "2019-08-24 14:15:22Z",
    "2019-08-24T14:15:22",            // no offset
    "2019-08-24T14:15:22.1234567890Z", // ten fraction digits
    "2019-02-29T14:15:22Z",           // not a leap year
    "2019-04-31T14:15:22Z",
    "2019-13-01T14:15:22Z",
    "2019-08-24T24:00:00Z",
    "2019-08-24T14:60:22Z",
    "2019-08-24T14:15:60Z",
    "2019-08-24T14:15:22+18:01",
    "2019-08-24T14:15:22+1:00",
    "2019-08-24T14:15:22Zjunk",
    "2019-08-24T14:15:22\u0661Z",
    "",
  })
  void leavesEverythingElseToTheJdk(String text) {
    assertThat(Rfc3339FastPath.parse(text)).isNull();
  }

  @Test
  void theAdapterStillReportsWhatTheJdkRefuses() {
    assertThrows(DateTimeException.class, () -> InstantJsonAdapter.INSTANCE.parse("2019-02-29T14:15:22Z"));
    assertThat(InstantJsonAdapter.INSTANCE.parse("2019-08-24T14:15Z"))
        .isEqualTo(Instant.parse("2019-08-24T14:15:00Z"));
  }

  private static Instant jdk(String text) {
    return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
  }

  private static String format(long seconds, int nanos, int digits, int offsetMinutes, boolean lowerT,
      boolean lowerZ) {
    java.time.ZoneOffset offset = java.time.ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
    java.time.LocalDateTime local = java.time.LocalDateTime.ofEpochSecond(seconds, nanos, offset);
    StringBuilder s = new StringBuilder(String.format("%04d-%02d-%02d%c%02d:%02d:%02d", local.getYear(),
        local.getMonthValue(), local.getDayOfMonth(), lowerT ? 't' : 'T', local.getHour(), local.getMinute(),
        local.getSecond()));
    if (digits > 0) {
      s.append('.').append(String.format("%09d", nanos), 0, digits);
    }
    if (offsetMinutes == 0 && !lowerZ) {
      s.append('Z');
    } else if (offsetMinutes == 0) {
      s.append('z');
    } else {
      s.append(offset.getId());
    }
    return s.toString();
  }
}
