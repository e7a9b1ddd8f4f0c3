package io.typedclient.okta.testing;

import java.util.function.Predicate;

/**
 * A fault armed on a {@link FakeOkta} by {@link Faults}: it tells how often it struck and can be disarmed.
 * Thread-safe.
 */
public final class Fault {
  private final String description;
  private final Predicate<RecordedRequest> selector;
  private final FaultAction action;
  /** How many more requests it strikes; negative for every matching request. */
  private int remaining;
  private int triggered;

  Fault(String description, Predicate<RecordedRequest> selector, int times, FaultAction action) {
    this.description = description;
    this.selector = selector;
    this.remaining = times;
    this.action = action;
  }

  /** How many requests this fault has struck so far. */
  public synchronized int timesTriggered() {
    return triggered;
  }

  /** True once the fault will strike no more requests: its count is used up, or it was cancelled. */
  public synchronized boolean isSpent() {
    return remaining == 0;
  }

  /** Disarms the fault; requests it has not struck yet are answered normally. */
  public synchronized void cancel() {
    remaining = 0;
  }

  boolean selects(RecordedRequest request) {
    return selector.test(request);
  }

  /** Claims one strike; false when the fault is spent. */
  synchronized boolean strike() {
    if (remaining == 0) {
      return false;
    }
    if (remaining > 0) {
      remaining--;
    }
    triggered++;
    return true;
  }

  FaultAction action() {
    return action;
  }

  /** For example {@code Fault{GET /api/v1/sessions/*, 2 times: respond 503}}. */
  @Override
  public String toString() {
    return "Fault{" + description + "}";
  }
}
