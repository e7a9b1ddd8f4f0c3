package io.typedclient.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Scheduler} whose time moves only when a test says so. {@link #delay} returns a future that completes
 * when {@link #advance} passes its deadline; {@link #sleep} records the call and moves the clock, without
 * blocking.
 */
final class FakeScheduler implements Scheduler {
  private final Semaphore delaysRequested = new Semaphore(0);
  private final List<Pending> pending = new ArrayList<>();
  private final List<Duration> sleeps = new ArrayList<>();
  private Instant now = Instant.parse("2024-05-01T12:00:00Z");

  /** A wait asked for through {@link #delay}. */
  static final class Pending {
    final Instant due;
    final Duration duration;
    final CompletableFuture<Void> future;

    Pending(Instant due, Duration duration, CompletableFuture<Void> future) {
      this.due = due;
      this.duration = duration;
      this.future = future;
    }
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public void sleep(Duration duration) {
    synchronized (this) {
      sleeps.add(duration);
      now = now.plus(duration);
    }
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    CompletableFuture<Void> future = new CompletableFuture<>();
    synchronized (this) {
      pending.add(new Pending(now.plus(duration), duration, future));
    }
    delaysRequested.release();
    return future;
  }

  /** Waits (for real, briefly) until some code has asked for {@code count} more delays. */
  void awaitDelayRequests(int count) throws InterruptedException {
    if (!delaysRequested.tryAcquire(count, 5, TimeUnit.SECONDS)) {
      throw new AssertionError("expected " + count + " delay request(s) within 5 s");
    }
  }

  /** Moves the clock and completes every wait that is due, outside the lock. */
  void advance(Duration duration) {
    List<CompletableFuture<Void>> due = new ArrayList<>();
    synchronized (this) {
      now = now.plus(duration);
      for (Pending p : pending) {
        if (!p.due.isAfter(now)) {
          due.add(p.future);
        }
      }
    }
    due.forEach(f -> f.complete(null));
  }

  synchronized List<Pending> pending() {
    return new ArrayList<>(pending);
  }

  synchronized List<Duration> sleeps() {
    return new ArrayList<>(sleeps);
  }
}
