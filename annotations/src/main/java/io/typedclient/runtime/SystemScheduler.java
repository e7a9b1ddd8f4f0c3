package io.typedclient.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** {@link Scheduler#system()}: the system clock and the JDK's shared delayed executor. */
final class SystemScheduler implements Scheduler {
  static final SystemScheduler INSTANCE = new SystemScheduler();

  private SystemScheduler() {}

  @Override
  public Instant now() {
    return Instant.now();
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    long millis = duration.toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    long nanos = Math.max(0, Durations.nanos(duration));
    // Holds no thread while waiting: the JDK's one daemon timer completes the future. Completing or cancelling
    // the future early also removes the timer task, so cancelled waits do not pile up.
    return new CompletableFuture<Void>().completeOnTimeout(null, nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public String toString() {
    return "Scheduler.system()";
  }
}
