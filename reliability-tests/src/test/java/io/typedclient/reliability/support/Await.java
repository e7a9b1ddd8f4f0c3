package io.typedclient.reliability.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Waits for something another thread makes true (a request arriving at FakeOkta, a connection closing), a few
 * milliseconds at a time and never longer than a bound: a test that waits for what must happen "soon" without
 * guessing how soon, and fails rather than hangs.
 */
public final class Await {
  private Await() {}

  /** Returns once {@code condition} holds; fails with {@code what} if it still does not after {@code most}. */
  public static void until(String what, Duration most, BooleanSupplier condition) {
    long deadline = System.nanoTime() + most.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("still not true after " + most + ": " + what);
      }
      try {
        TimeUnit.MILLISECONDS.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting until " + what, e);
      }
    }
  }
}
