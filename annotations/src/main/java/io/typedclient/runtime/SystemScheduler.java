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
    long millis = Math.max(0, duration.toMillis());
    // delayedExecutor holds no thread while waiting: one JDK-wide daemon timer fires the task.
    return CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
  }

  @Override
  public String toString() {
    return "Scheduler.system()";
  }
}
