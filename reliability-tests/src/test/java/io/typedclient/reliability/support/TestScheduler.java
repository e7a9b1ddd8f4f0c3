package io.typedclient.reliability.support;

import io.typedclient.okta.testing.ManualClock;
import io.typedclient.runtime.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link Scheduler} on the same {@link ManualClock} as FakeOkta, so a retry wait moves the server's {@code Date},
 * its rate-limit windows and its session expiry too, and no test waits in real time. Every wait is recorded:
 * the number of waits is the number of retries a call made.
 *
 * <p>By default both kinds of wait advance the clock and return at once. {@link #holding} keeps asynchronous
 * waits pending for the test to release or to see cancelled; {@link #onWait} runs a test's action inside each
 * wait (to close a client or bring a server up between two attempts). Thread-safe.
 */
public final class TestScheduler implements Scheduler {
  private final ManualClock clock;
  private final boolean holding;
  private final List<Duration> waits = new ArrayList<>();
  private final List<Held> held = new ArrayList<>();
  private volatile Runnable onWait = () -> {};

  private TestScheduler(ManualClock clock, boolean holding) {
    this.clock = clock;
    this.holding = holding;
  }

  /** Waits advance {@code clock} and return at once. */
  public static TestScheduler on(ManualClock clock) {
    return new TestScheduler(clock, false);
  }

  /** Blocking waits advance {@code clock}; asynchronous ones stay pending until {@link #releaseHeld()}. */
  public static TestScheduler holding(ManualClock clock) {
    return new TestScheduler(clock, true);
  }

  /** Runs {@code action} at the start of every wait, before the clock moves. */
  public TestScheduler onWait(Runnable action) {
    this.onWait = action;
    return this;
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public void sleep(Duration duration) {
    onWait.run();
    synchronized (this) {
      waits.add(duration);
    }
    clock.advance(duration);
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    onWait.run();
    CompletableFuture<Void> wait = new CompletableFuture<>();
    synchronized (this) {
      waits.add(duration);
      if (holding) {
        held.add(new Held(duration, wait));
        return wait;
      }
    }
    clock.advance(duration);
    wait.complete(null);
    return wait;
  }

  /** Every wait so far, blocking or not, in order. */
  public synchronized List<Duration> waits() {
    return new ArrayList<>(waits);
  }

  /** The asynchronous waits a {@link #holding} scheduler keeps pending (completed or cancelled ones included). */
  public synchronized List<CompletableFuture<Void>> held() {
    List<CompletableFuture<Void>> futures = new ArrayList<>();
    for (Held wait : held) {
      futures.add(wait.future);
    }
    return futures;
  }

  /** Advances the clock by each pending wait, completes it, and forgets every held wait. */
  public void releaseHeld() {
    List<Held> pending;
    synchronized (this) {
      pending = new ArrayList<>(held);
      held.clear();
    }
    for (Held wait : pending) {
      if (!wait.future.isDone()) {
        clock.advance(wait.duration);
        wait.future.complete(null);
      }
    }
  }

  /** An asynchronous wait a holding scheduler keeps pending. */
  private static final class Held {
    final Duration duration;
    final CompletableFuture<Void> future;

    Held(Duration duration, CompletableFuture<Void> future) {
      this.duration = duration;
      this.future = future;
    }
  }

  @Override
  public String toString() {
    return "TestScheduler[" + clock + "]";
  }
}
