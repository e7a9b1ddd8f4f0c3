package io.typedclient.okta.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The shape of a 429 answer armed with {@link FaultBuilder#tooManyRequests(TooManyRequests)}: which
 * {@code X-Rate-Limit-Reset} values it carries (one, several, none) and which {@code Date} (the server clock's,
 * a given one, none). The body is always Okta's {@code E0000047}. Immutable.
 *
 * <pre>{@code
 * okta.faults().next(1).tooManyRequests(TooManyRequests.resetAt(reset).withoutDate());
 * okta.faults().next(1).tooManyRequests(TooManyRequests.resetAt(later, sooner));   // two reset headers
 * okta.faults().next(1).tooManyRequests(TooManyRequests.withoutReset().date(serverNow));
 * }</pre>
 */
public final class TooManyRequests {
  private final List<Instant> resets;
  private final boolean serverWindow;
  private final Instant date;
  private final boolean withDate;

  private TooManyRequests(List<Instant> resets, boolean serverWindow, Instant date, boolean withDate) {
    this.resets = List.copyOf(resets);
    this.serverWindow = serverWindow;
    this.date = date;
    this.withDate = withDate;
  }

  /** Reset at the end of the server's current rate-limit window, {@code Date} from the server clock. */
  public static TooManyRequests ofServerWindow() {
    return new TooManyRequests(List.of(), true, null, true);
  }

  /** One {@code X-Rate-Limit-Reset} header per instant (epoch seconds), in the order given. */
  public static TooManyRequests resetAt(Instant reset, Instant... more) {
    List<Instant> resets = new ArrayList<>();
    resets.add(Objects.requireNonNull(reset, "reset"));
    for (Instant instant : more) {
      resets.add(Objects.requireNonNull(instant, "reset"));
    }
    return new TooManyRequests(resets, false, null, true);
  }

  /** No {@code X-Rate-Limit-Reset} header at all. */
  public static TooManyRequests withoutReset() {
    return new TooManyRequests(List.of(), false, null, true);
  }

  /** This {@code Date} header instead of the server clock's. */
  public TooManyRequests date(Instant date) {
    return new TooManyRequests(resets, serverWindow, Objects.requireNonNull(date, "date"), true);
  }

  /** No {@code Date} header at all. */
  public TooManyRequests withoutDate() {
    return new TooManyRequests(resets, serverWindow, null, false);
  }

  Response toResponse(RoutedRequest routed) {
    RateLimiter.Window window = routed.api.peekWindow(routed.now);
    Response base = routed.api.error(routed, OktaError.tooManyRequests(), window)
        .withHeaderSet("X-Rate-Limit-Remaining", "0");
    Response response = serverWindow ? base : base.without(Set.of("x-rate-limit-reset"));
    for (Instant reset : resets) {
      response = response.withHeader("X-Rate-Limit-Reset", Long.toString(reset.getEpochSecond()));
    }
    if (!withDate) {
      return response.without(Set.of("date"));
    }
    return date == null ? response : response.withHeaderSet("Date", Timestamps.httpDate(date));
  }

  @Override
  public String toString() {
    String reset = serverWindow ? "server window" : resets.isEmpty() ? "none" : Arrays.toString(resets.toArray());
    String shownDate = !withDate ? "none" : date == null ? "server clock" : date.toString();
    return "429 (reset " + reset + ", Date " + shownDate + ")";
  }
}
