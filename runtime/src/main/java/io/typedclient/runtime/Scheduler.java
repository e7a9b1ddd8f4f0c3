package io.typedclient.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Time, and the two ways to wait for it: blocking (for blocking calls) and non-blocking (for asynchronous
 * calls, which must never hold a thread while they wait). Interceptors that wait, such as retries, use it
 * through {@link Interceptor.Chain#scheduler()}, so tests can drive time without sleeping.
 */
public interface Scheduler {

  /** The current instant. */
  Instant now();

  /** Blocks the calling thread for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * A future that completes after {@code duration} without blocking any thread meanwhile. Cancelling it
   * cancels the wait.
   */
  CompletableFuture<@Nullable Void> delay(Duration duration);

  /** The system clock, {@link Thread#sleep}, and a shared daemon timer thread for {@link #delay}. */
  static Scheduler system() {
    return SystemScheduler.INSTANCE;
  }
}
