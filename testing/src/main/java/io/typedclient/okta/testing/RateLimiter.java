package io.typedclient.okta.testing;

import java.time.Instant;

/**
 * A requests-per-window budget in fixed windows aligned to the epoch (as Okta's per-minute windows are), on the
 * server's clock. Without an enforced budget every response reports the full nominal budget.
 */
final class RateLimiter {
  /** What the rate-limit headers of one response say. */
  static final class Window {
    final int limit;
    final int remaining;
    /** {@code X-Rate-Limit-Reset}: the end of the window, in epoch seconds. */
    final long resetEpochSecond;
    final boolean exceeded;

    Window(int limit, int remaining, long resetEpochSecond, boolean exceeded) {
      this.limit = limit;
      this.remaining = remaining;
      this.resetEpochSecond = resetEpochSecond;
      this.exceeded = exceeded;
    }
  }

  /** Reported when no budget is enforced. */
  static final int NOMINAL_LIMIT = 600;
  static final long NOMINAL_WINDOW_SECONDS = 60;

  private final int limit;
  private final long windowSeconds;
  private final boolean enforced;
  private long windowStart = Long.MIN_VALUE;
  private int used;

  private RateLimiter(int limit, long windowSeconds, boolean enforced) {
    this.limit = limit;
    this.windowSeconds = windowSeconds;
    this.enforced = enforced;
  }

  static RateLimiter enforcing(int limit, long windowSeconds) {
    return new RateLimiter(limit, windowSeconds, true);
  }

  static RateLimiter unlimited() {
    return new RateLimiter(NOMINAL_LIMIT, NOMINAL_WINDOW_SECONDS, false);
  }

  /** Spends one request of the budget, unless the budget is already spent ({@link Window#exceeded}). */
  synchronized Window acquire(Instant now) {
    roll(now);
    if (!enforced) {
      return new Window(limit, limit, windowStart + windowSeconds, false);
    }
    if (used >= limit) {
      return new Window(limit, 0, windowStart + windowSeconds, true);
    }
    used++;
    return new Window(limit, limit - used, windowStart + windowSeconds, false);
  }

  /** The headers for a response that did not spend budget. */
  synchronized Window peek(Instant now) {
    roll(now);
    int remaining = enforced ? limit - used : limit;
    return new Window(limit, remaining, windowStart + windowSeconds, false);
  }

  synchronized void reset() {
    windowStart = Long.MIN_VALUE;
    used = 0;
  }

  private void roll(Instant now) {
    long start = Math.floorDiv(now.getEpochSecond(), windowSeconds) * windowSeconds;
    if (start != windowStart) {
      windowStart = start;
      used = 0;
    }
  }
}
