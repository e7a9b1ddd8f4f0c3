package io.typedclient.okta;

import io.typedclient.runtime.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link Scheduler} on a fake clock. {@link #sleep} advances the clock at once; {@link #delay} either does the
 * same and completes at once ({@link #autoAdvance}), or leaves the wait pending for the test to release. Records
 * every wait, so tests assert on exact durations without sleeping.
 */
final class FakeScheduler implements Scheduler {
  private Instant now;
  private final boolean autoAdvance;
  private final boolean sleepAllowed;
  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
  private final List<Duration> delays = Collections.synchronizedList(new ArrayList<>());
  private final List<Wait> pending = Collections.synchronizedList(new ArrayList<>());

  private record Wait(Duration duration, CompletableFuture<Void> future) {}

  private FakeScheduler(Instant start, boolean autoAdvance, boolean sleepAllowed) {
    this.now = start;
    this.autoAdvance = autoAdvance;
    this.sleepAllowed = sleepAllowed;
  }

  /** Sleeps and delays both advance the clock and return at once. */
  static FakeScheduler autoAdvancing(Instant start) {
    return new FakeScheduler(start, true, true);
  }

  /** For asynchronous calls: a blocking {@link #sleep} fails the test; delays complete at once. */
  static FakeScheduler asyncOnly(Instant start) {
    return new FakeScheduler(start, true, false);
  }

  /** Delays stay pending until {@link #releaseNextDelay}; sleeping fails the test. */
  static FakeScheduler manual(Instant start) {
    return new FakeScheduler(start, false, false);
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public void sleep(Duration duration) {
    if (!sleepAllowed) {
      throw new AssertionError("a blocking sleep of " + duration + " in a call that must not block");
    }
    sleeps.add(duration);
    advance(duration);
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    delays.add(duration);
    CompletableFuture<Void> future = new CompletableFuture<>();
    if (autoAdvance) {
      advance(duration);
      future.complete(null);
    } else {
      pending.add(new Wait(duration, future));
    }
    return future;
  }

  /** Advances the clock by the oldest pending delay and completes it. */
  void releaseNextDelay() {
    Wait next = pending.remove(0);
    advance(next.duration());
    next.future().complete(null);
  }

  List<Duration> sleeps() {
    return new ArrayList<>(sleeps);
  }

  List<Duration> delays() {
    return new ArrayList<>(delays);
  }

  List<CompletableFuture<Void>> pendingDelays() {
    List<CompletableFuture<Void>> futures = new ArrayList<>();
    for (Wait wait : new ArrayList<>(pending)) {
      futures.add(wait.future());
    }
    return futures;
  }

  /** Every wait, blocking or not, in order. */
  List<Duration> waits() {
    List<Duration> all = new ArrayList<>(sleeps);
    all.addAll(delays);
    return all;
  }
}
