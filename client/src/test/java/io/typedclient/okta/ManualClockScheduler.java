package io.typedclient.okta;

import io.typedclient.okta.testing.ManualClock;
import io.typedclient.runtime.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link Scheduler} on FakeOkta's {@link ManualClock}: waiting moves that clock at once, so the time the client
 * waits is the time that passes for the server (a retried 429 really waits out the server's window, a token
 * really expires). Remembers how long the client waited in all.
 */
final class ManualClockScheduler implements Scheduler {
  private final ManualClock clock;
  private Duration waited = Duration.ZERO;

  ManualClockScheduler(ManualClock clock) {
    this.clock = clock;
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public synchronized void sleep(Duration duration) {
    waited = waited.plus(duration);
    clock.advance(duration);
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    sleep(duration);
    return CompletableFuture.completedFuture(null);
  }

  /** The sum of every wait so far. */
  synchronized Duration waited() {
    return waited;
  }
}
