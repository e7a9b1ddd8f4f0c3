package io.typedclient.okta.cli;

import io.typedclient.okta.testing.ManualClock;
import io.typedclient.runtime.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The demo client's scheduler: waits as the real one does, remembers each wait so the demo can show how long the
 * client decided to wait, and moves FakeOkta's clock by the same amount so that the fake org's time keeps pace.
 */
final class DemoScheduler implements Scheduler {
  private final Scheduler delegate;
  private final ManualClock fakeOktaClock;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  DemoScheduler(Scheduler delegate, ManualClock fakeOktaClock) {
    this.delegate = delegate;
    this.fakeOktaClock = fakeOktaClock;
  }

  @Override
  public Instant now() {
    return delegate.now();
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    waits.add(duration);
    delegate.sleep(duration);
    fakeOktaClock.advance(duration);
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    waits.add(duration);
    return delegate.delay(duration).thenRun(() -> fakeOktaClock.advance(duration));
  }

  /** The waits so far, in order. */
  List<Duration> waits() {
    return List.copyOf(waits);
  }
}
