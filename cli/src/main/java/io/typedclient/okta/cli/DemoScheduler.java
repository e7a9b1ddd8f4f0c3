package io.typedclient.okta.cli;

import io.typedclient.okta.testing.ManualClock;
import io.typedclient.runtime.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The demo client's scheduler: waits as the real one does, but first lets the demo show how long the client decided
 * to wait, remembers each wait, and moves FakeOkta's clock by the same amount so the fake org's time keeps pace.
 */
final class DemoScheduler implements Scheduler {
  private final Scheduler delegate;
  private final ManualClock fakeOktaClock;
  private final Consumer<Duration> beforeWait;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  /** Waits with {@code delegate}, telling {@code beforeWait} first. */
  DemoScheduler(Scheduler delegate, ManualClock fakeOktaClock, Consumer<Duration> beforeWait) {
    this.delegate = delegate;
    this.fakeOktaClock = fakeOktaClock;
    this.beforeWait = beforeWait;
  }

  @Override
  public Instant now() {
    return delegate.now();
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    waits.add(duration);
    beforeWait.accept(duration);
    delegate.sleep(duration);
    fakeOktaClock.advance(duration);
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    waits.add(duration);
    beforeWait.accept(duration);
    return delegate.delay(duration).thenRun(() -> fakeOktaClock.advance(duration));
  }

  /** The waits so far, in order. */
  List<Duration> waits() {
    return List.copyOf(waits);
  }
}
