package io.typedclient.bench.floor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The floor's hand-written date-time reader agrees with the JDK, and takes its fast path on the common shapes. */
class FloorInstantTest {
  private static final DateTimeFormatter JDK = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  @Test
  void agreesWithTheJdkOnRandomDateTimesAndTakesTheFastPath() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      Instant instant = Instant.ofEpochSecond(random.nextLong() % 200_000_000_000L, random.nextInt(1_000_000_000));
      int offsetMinutes = random.nextBoolean() ? 0 : random.nextInt(18 * 60 * 2 + 1) - 18 * 60;
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
      int digits = random.nextInt(10);
      String text = OffsetDateTime.ofInstant(instant, offset).format(pattern(digits, offset));
      if (!text.matches("\\d{4}-.*")) {
        continue;
      }

      Instant expected = OffsetDateTime.parse(text, JDK).toInstant();

      assertWithMessage(text).that(FloorInstant.fast(text)).isEqualTo(expected);
      assertWithMessage(text).that(FloorInstant.parse(text)).isEqualTo(expected);
    }
  }

  @Test
  void readsThePayloadsTimestamps() {
    assertThat(FloorInstant.fast("2019-08-24T14:15:22.818Z")).isEqualTo(Instant.parse("2019-08-24T14:15:22.818Z"));
    assertThat(FloorInstant.fast("2000-02-29T00:00:00Z")).isEqualTo(Instant.parse("2000-02-29T00:00:00Z"));
    assertThat(FloorInstant.fast("1969-12-31T23:59:59.5-01:30"))
        .isEqualTo(OffsetDateTime.parse("1969-12-31T23:59:59.5-01:30").toInstant());
  }

  @Test
  void leavesOtherShapesToTheJdkAndRejectsWhatItRejects() {
    for (String text : new String[] {"2019-02-29T00:00:00Z", "2019-13-01T00:00:00Z", "2019-08-24T24:00:00Z",
        "2019-08-24T14:15:22", "2019-08-24 14:15:22Z", "2019-08-24T14:15:22+19:00",
        "2019-08-24T14:15:22.1234567890Z", "x019-08-24T14:15:22Z"}) {
      assertWithMessage(text).that(FloorInstant.fast(text)).isNull();
      assertThrows(DateTimeParseException.class, () -> FloorInstant.parse(text), text);
    }
    // Valid for the JDK but not the common shape: the JDK reads them.
    for (String text : new String[] {"2019-08-24T14:15Z", "2019-08-24T14:15:22.Z"}) {
      assertWithMessage(text).that(FloorInstant.fast(text)).isNull();
      assertWithMessage(text).that(FloorInstant.parse(text)).isEqualTo(OffsetDateTime.parse(text, JDK).toInstant());
    }
  }

  private static DateTimeFormatter pattern(int fractionDigits, ZoneOffset offset) {
    String fraction = fractionDigits == 0 ? "" : "." + "S".repeat(fractionDigits);
    return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss" + fraction + "XXX");
  }
}
