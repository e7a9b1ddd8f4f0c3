package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = SECONDS)
final class SystemSchedulerTest {
  private final Scheduler scheduler = Scheduler.system();

  @Test
  void delayCompletesAfterTheDurationWithoutBlockingTheCaller() throws Exception {
    long start = System.nanoTime();
    CompletableFuture<Void> delay = scheduler.delay(Duration.ofMillis(300));

    // Had delay() waited, the future would be complete by now.
    assertThat(delay.isDone()).isFalse();
    delay.get(5, SECONDS);
    assertThat((System.nanoTime() - start) / 1_000_000).isAtLeast(299);
  }

  @Test
  void aCancelledDelayStaysCancelled() throws Exception {
    CompletableFuture<Void> delay = scheduler.delay(Duration.ofMillis(30));

    assertThat(delay.cancel(true)).isTrue();
    Thread.sleep(60);

    assertThat(delay.isCancelled()).isTrue();
  }

  @Test
  void finishedAndCancelledWaitsLeaveTheTimer() throws Exception {
    SystemScheduler system = SystemScheduler.INSTANCE;
    int before = system.pendingWaits();
    List<CompletableFuture<Void>> waits = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      waits.add(system.delay(Duration.ofHours(1)));
    }
    assertThat(system.pendingWaits()).isAtLeast(before + 1_000);

    waits.forEach(wait -> wait.cancel(true));
    system.delay(Duration.ofMillis(1)).get(5, SECONDS);

    assertThat(system.pendingWaits()).isAtMost(before);
  }

  @Test
  void zeroNegativeAndHugeDurationsAreSafe() throws Exception {
    scheduler.delay(Duration.ZERO).get(5, SECONDS);
    scheduler.delay(Duration.ofSeconds(-5)).get(5, SECONDS);
    CompletableFuture<Void> forever = scheduler.delay(Duration.ofSeconds(Long.MAX_VALUE));
    assertThat(forever.isDone()).isFalse();
    forever.cancel(true);
    scheduler.sleep(Duration.ZERO);
    scheduler.sleep(Duration.ofMillis(-1));
  }

  @Test
  void nowIsTheSystemClock() {
    Instant before = Instant.now();
    Instant now = scheduler.now();
    assertThat(now).isAtLeast(before);
    assertThat(now).isAtMost(Instant.now());
    assertThat(scheduler.toString()).isEqualTo("Scheduler.system()");
  }
}
