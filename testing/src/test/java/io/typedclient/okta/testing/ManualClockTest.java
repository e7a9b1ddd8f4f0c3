package io.typedclient.okta.testing;

import static com.google.common.truth.Truth.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ManualClockTest {
  private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");

  @Test
  void standsStillUntilMoved() {
    ManualClock clock = ManualClock.at(START);

    assertThat(clock.instant()).isEqualTo(START);
    clock.advance(Duration.ofMinutes(3));
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(180));
    clock.set(START);
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void zonedViewMovesWithTheClock() {
    ManualClock clock = ManualClock.at(START);
    Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

    clock.advance(Duration.ofSeconds(1));

    assertThat(paris.instant()).isEqualTo(START.plusSeconds(1));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }
}
