package io.typedclient.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * {@link Scheduler#system()}: the system clock, and one daemon timer thread for {@link #delay}. The timer is ours
 * rather than {@code CompletableFuture.completeOnTimeout}'s (Java 9, Android API 31) so the runtime runs on
 * Android 8; its thread starts on the first wait and ends after a second without waits.
 */
final class SystemScheduler implements Scheduler {
  static final SystemScheduler INSTANCE = new SystemScheduler();

  private final ScheduledThreadPoolExecutor timer;

  private SystemScheduler() {
    timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "typedclient-scheduler");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true);
    timer.setKeepAliveTime(1, TimeUnit.SECONDS);
    timer.allowCoreThreadTimeOut(true);
  }

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
  public CompletableFuture<@Nullable Void> delay(Duration duration) {
    long nanos = Math.max(0, Durations.nanos(duration));
    // Holds no thread while waiting: the timer completes the future. Completing or cancelling the future early
    // also removes the timer task, so cancelled waits do not pile up.
    CompletableFuture<@Nullable Void> wait = new CompletableFuture<>();
    ScheduledFuture<?> task = timer.schedule(() -> wait.complete(null), nanos, TimeUnit.NANOSECONDS);
    wait.whenComplete((ignored, failure) -> task.cancel(false));
    return wait;
  }

  /** Waits scheduled and not yet over; cancelled waits leave at once. */
  int pendingWaits() {
    return timer.getQueue().size();
  }

  @Override
  public String toString() {
    return "Scheduler.system()";
  }
}
