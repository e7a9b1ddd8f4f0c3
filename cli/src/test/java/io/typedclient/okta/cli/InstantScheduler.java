package io.typedclient.okta.cli;

import io.typedclient.runtime.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A scheduler whose waits end at once and are remembered, so retries run without real waiting. */
final class InstantScheduler implements Scheduler {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  @Override
  public Instant now() {
    return Instant.now();
  }

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    waits.add(duration);
    return CompletableFuture.completedFuture(null);
  }

  List<Duration> waits() {
    return List.copyOf(waits);
  }
}
