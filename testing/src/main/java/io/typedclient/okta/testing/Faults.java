package io.typedclient.okta.testing;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Arms faults on a {@link FakeOkta}: first choose the requests, then what happens to them.
 *
 * <pre>{@code
 * okta.faults().next(2).respond(503);
 * okta.faults().matching("GET", "/api/v1/sessions/*").closeConnectionMidBody();
 * okta.faults().matching("POST", "/api/v1/sessions").times(1).delay(Duration.ofSeconds(2));
 * }</pre>
 *
 * <p>Faults strike in the order they were armed; a request is struck by at most one. {@link FakeOkta#reset()}
 * and {@link #clear()} disarm them all. Thread-safe.
 */
public final class Faults {
  private final FaultRules rules;

  Faults(FaultRules rules) {
    this.rules = rules;
  }

  /** The next {@code count} requests, whatever they are. */
  public FaultBuilder next(int count) {
    FaultBuilder.requirePositive(count, "count");
    return new FaultBuilder(rules, "next " + count, request -> true, count);
  }

  /**
   * Every request with this method ({@code "*"}: any) whose raw path matches {@code pathPattern}: {@code *} is
   * one path segment, {@code **} any number of segments, e.g. {@code "/api/v1/sessions/*"}. Strikes until
   * disarmed, or {@link FaultBuilder#times(int)} times.
   */
  public FaultBuilder matching(String method, String pathPattern) {
    Objects.requireNonNull(method, "method");
    PathPattern pattern = PathPattern.compile(pathPattern);
    String upper = method.toUpperCase(Locale.ROOT);
    Predicate<RecordedRequest> selector =
        request -> (upper.equals("*") || request.method().equals(upper)) && pattern.matches(request.path());
    return new FaultBuilder(rules, upper + " " + pathPattern, selector, -1);
  }

  /** Every request the predicate accepts. Strikes until disarmed, or {@link FaultBuilder#times(int)} times. */
  public FaultBuilder matching(Predicate<RecordedRequest> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return new FaultBuilder(rules, "matching " + predicate, predicate, -1);
  }

  /** Disarms every fault. */
  public void clear() {
    rules.clear();
  }
}
