package io.typedclient.it.retry;

import io.typedclient.runtime.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link Scheduler} on a test clock: every wait moves the clock and is recorded, so the tests assert the exact
 * waits the client decided and take no real time. Delays end at once, or, when holding, stay pending until the
 * test ends them. Thread-safe: asynchronous retries run on the transport's threads.
 */
final class TestScheduler implements Scheduler {
  private final boolean holding;
  private final List<Duration> sleeps = new ArrayList<>();
  private final List<Duration> delays = new ArrayList<>();
  private final List<CompletableFuture<Void>> held = new ArrayList<>();
  private Instant now = Instant.parse("2026-03-02T09:00:00Z");

  private TestScheduler(boolean holding) {
    this.holding = holding;
  }

  /** Sleeps and delays move the clock and end at once. */
  static TestScheduler instant() {
    return new TestScheduler(false);
  }

  /** Delays stay pending until {@link #held()}'s futures are completed. */
  static TestScheduler holding() {
    return new TestScheduler(true);
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    CompletableFuture<Void> wait = new CompletableFuture<>();
    synchronized (this) {
      delays.add(duration);
      if (holding) {
        held.add(wait);
        notifyAll();
        return wait;
      }
      now = now.plus(duration);
    }
    wait.complete(null);
    return wait;
  }

  synchronized List<Duration> sleeps() {
    return new ArrayList<>(sleeps);
  }

  synchronized List<Duration> delays() {
    return new ArrayList<>(delays);
  }

  /** How many waits were started, blocking or not. */
  synchronized int waitsInAll() {
    return sleeps.size() + delays.size();
  }

  /** Waits (for real, at most 5 s) until a delay is held, and returns it. */
  synchronized CompletableFuture<Void> awaitHeld() throws InterruptedException {
    long end = System.nanoTime() + 5_000_000_000L;
    while (held.isEmpty()) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no retry wait started within 5 s");
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return held.get(0);
  }
}
