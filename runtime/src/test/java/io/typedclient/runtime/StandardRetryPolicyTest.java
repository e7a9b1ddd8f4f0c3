package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.runtime.Retries.T0;
import static io.typedclient.runtime.Retries.first;
import static io.typedclient.runtime.Retries.get;
import static io.typedclient.runtime.Retries.httpDate;
import static io.typedclient.runtime.Retries.post;
import static io.typedclient.runtime.Retries.request;
import static io.typedclient.runtime.Retries.response;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.Range;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The standard rules as pure decisions: no server, no clock, no waiting. */
class StandardRetryPolicyTest {
  /** Jitter fixed in the middle: the first backoff is 250 + (1000 - 250) / 2 ms. */
  private static final StandardRetryPolicy POLICY = StandardRetryPolicy.builder().random(() -> 0.5).build();
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(625);

  private static Attempt failed(HttpRequest request, int retryCount) {
    return Attempt.failed(request, TransportException.of(request, new IOException("connection reset")), retryCount, T0, T0);
  }

  // ---- which outcomes, for which methods ----

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
  void idempotentMethodsAreRetriedAfterServerErrorsAndConnectionFailures(String method) {
    HttpRequest request = request(method, false);
    for (int status : new int[] {408, 500, 502, 503, 504}) {
      assertThat(POLICY.delayBeforeRetry(first(request, status))).isEqualTo(FIRST_BACKOFF);
    }
    assertThat(POLICY.delayBeforeRetry(failed(request, 0))).isEqualTo(FIRST_BACKOFF);
  }

  @Test
  void aProxyThatWantsOtherCredentialsIsNeverRetried() {
    HttpRequest request = request("GET", false);
    ProxyAuthenticationException refused = new ProxyAuthenticationException(request, "proxy.corp.test:3128", false, null);

    assertThat(POLICY.delayBeforeRetry(Attempt.failed(request, refused, 0, T0, T0))).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PATCH"})
  void otherMethodsAreNeverRetriedAfterServerErrorsOrConnectionFailures(String method) {
    HttpRequest request = request(method, false);
    for (int status : new int[] {408, 500, 502, 503, 504}) {
      assertThat(POLICY.delayBeforeRetry(first(request, status, "Retry-After", "1"))).isNull();
    }
    assertThat(POLICY.delayBeforeRetry(failed(request, 0))).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PATCH"})
  void aMethodMarkedIdempotentIsRetriedLikeAGet(String method) {
    HttpRequest marked = request(method, true);
    assertThat(POLICY.delayBeforeRetry(first(marked, 503))).isEqualTo(FIRST_BACKOFF);
    assertThat(POLICY.delayBeforeRetry(first(marked, 503, "Retry-After", "3"))).isEqualTo(Duration.ofSeconds(3));
    assertThat(POLICY.delayBeforeRetry(failed(marked, 0))).isEqualTo(FIRST_BACKOFF);
    assertThat(StandardRetryPolicy.isIdempotent(marked)).isTrue();
    assertThat(StandardRetryPolicy.isIdempotent(request(method, false))).isFalse();
  }

  @Test
  void rateLimitedRequestsAreRetriedWhateverTheirMethod() {
    assertThat(POLICY.delayBeforeRetry(first(post(), 429))).isEqualTo(FIRST_BACKOFF);
    assertThat(POLICY.delayBeforeRetry(first(post(), 429, "Retry-After", "4"))).isEqualTo(Duration.ofSeconds(4));
    assertThat(POLICY.delayBeforeRetry(first(request("PATCH", false), 429))).isEqualTo(FIRST_BACKOFF);
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 204, 301, 304, 400, 401, 403, 404, 409, 422, 501, 505, 507, 511})
  void otherStatusesAreTheAnswer(int status) {
    assertThat(POLICY.delayBeforeRetry(first(get(), status, "Retry-After", "1"))).isNull();
    assertThat(POLICY.retryableStatus(status)).isFalse();
  }

  @Test
  void retryableStatusLetsThroughEveryStatusThePolicyWouldRetry() {
    // The loop skips the policy for a status retryableStatus turns away: that must never skip a retry.
    for (HttpRequest request : new HttpRequest[] {get(), post(), request("POST", true)}) {
      for (int status = 100; status <= 599; status++) {
        if (!POLICY.retryableStatus(status)) {
          assertThat(POLICY.delayBeforeRetry(first(request, status, "Retry-After", "2"))).isNull();
        }
      }
    }
  }

  // ---- Retry-After ----

  @Test
  void retryAfterSecondsAreWaited() {
    assertThat(POLICY.delayBeforeRetry(first(get(), 503, "Retry-After", "7"))).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterDateIsMeasuredAgainstTheResponsesDate() {
    // The server's clock is 10 minutes ahead of ours; the wait must not include the skew.
    String serverNow = httpDate(T0.plusSeconds(600));
    String retryAt = httpDate(T0.plusSeconds(612));

    assertThat(POLICY.delayBeforeRetry(first(get(), 503, "Date", serverNow, "Retry-After", retryAt)))
        .isEqualTo(Duration.ofSeconds(12));
    // Without a Date, the same header is measured against the local clock: 612 s is over the cap.
    assertThat(POLICY.delayBeforeRetry(first(get(), 503, "Retry-After", retryAt))).isNull();
  }

  @Test
  void retryAfterUnderTheFloorWaitsTheFloor() {
    assertThat(POLICY.delayBeforeRetry(first(get(), 503, "Retry-After", "0")))
        .isEqualTo(StandardRetryPolicy.DEFAULT_MIN_DELAY);
    assertThat(POLICY.delayBeforeRetry(first(get(), 503, "Date", httpDate(T0), "Retry-After", httpDate(T0.minusSeconds(60)))))
        .isEqualTo(StandardRetryPolicy.DEFAULT_MIN_DELAY);
  }

  @Test
  void retryAfterUpToTheCapIsWaitedAndLongerEndsTheRetries() {
    StandardRetryPolicy capped = StandardRetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(10)).build();

    assertThat(capped.delayBeforeRetry(first(get(), 503, "Retry-After", "10"))).isEqualTo(Duration.ofSeconds(10));
    assertThat(capped.delayBeforeRetry(first(get(), 503, "Retry-After", "11"))).isNull();
    assertThat(capped.delayBeforeRetry(first(post(), 429, "Retry-After", "11"))).isNull();
    assertThat(POLICY.delayBeforeRetry(first(get(), 503, "Retry-After", "30"))).isEqualTo(Duration.ofSeconds(30));
    assertThat(POLICY.delayBeforeRetry(first(get(), 503, "Retry-After", "31"))).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "99999999999999999999999999", "9223372036854775807", "315360000", "Fri, 31 Dec 9999 23:59:59 GMT",
      "Sat, 01 Jun 2030 12:00:00 GMT"})
  void aRetryAfterThatIsHugeOrYearsAwayIsNeverWaited(String value) {
    StandardRetryPolicy patient = StandardRetryPolicy.builder()
        .maxRetryAfter(Duration.ofDays(3650 * 1000L))
        .maxElapsedTime(Duration.ofMinutes(10))
        .build();

    assertThat(POLICY.delayBeforeRetry(first(get(), 503, "Date", httpDate(T0), "Retry-After", value))).isNull();
    // A cap that would allow it still meets the budget.
    assertThat(patient.delayBeforeRetry(first(get(), 503, "Date", httpDate(T0), "Retry-After", value))).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-86400", "1.5", "+3", "3 seconds", "soon", "", "Sun, 06 Nov 94 08:49:37", "0x1f"})
  void aRetryAfterThatCannotBeReadIsIgnoredForTheBackoff(String value) {
    assertThat(POLICY.delayBeforeRetry(first(get(), 503, "Retry-After", value))).isEqualTo(FIRST_BACKOFF);
    assertThat(POLICY.delayBeforeRetry(first(post(), 429, "Retry-After", value))).isEqualTo(FIRST_BACKOFF);
  }

  // ---- backoff ----

  @Test
  void backoffUpperBoundDoublesFromTheInitialUpToTheCap() {
    StandardRetryPolicy lowest = StandardRetryPolicy.builder().random(() -> 0.0).build();
    StandardRetryPolicy highest = StandardRetryPolicy.builder().random(() -> 0.999999).build();

    long[] upper = {1000, 2000, 4000, 8000, 16000, 20000, 20000};
    for (int retry = 0; retry < upper.length; retry++) {
      assertThat(lowest.backoff(retry)).isEqualTo(Duration.ofMillis(250));
      assertThat(highest.backoff(retry).toMillis()).isIn(Range.closed(upper[retry] - 1, upper[retry]));
    }
  }

  @Test
  void fullJitterStaysWithinTheFloorAndTheBoundWithTheRealRandomSource() {
    StandardRetryPolicy real = RetryPolicy.standard();
    for (int retry = 0; retry < 8; retry++) {
      long bound = Math.min(20_000, 1000L << retry);
      long smallest = Long.MAX_VALUE;
      long largest = 0;
      for (int i = 0; i < 2000; i++) {
        long wait = real.backoff(retry).toMillis();
        assertThat(wait).isIn(Range.closed(250L, bound));
        smallest = Math.min(smallest, wait);
        largest = Math.max(largest, wait);
      }
      // Jitter, not a constant: 2000 draws spread over most of the range.
      assertThat(largest - smallest).isAtLeast((bound - 250) / 2);
    }
  }

  @Test
  void backoffNeverOverflowsWhateverTheRetryCountOrInitialBackoff() {
    StandardRetryPolicy huge = StandardRetryPolicy.builder()
        .random(() -> 0.999999)
        .initialBackoff(Duration.ofDays(365 * 100))
        .maxBackoff(Duration.ofDays(365 * 200))
        .build();

    assertThat(POLICY.backoff(Integer.MAX_VALUE)).isAtMost(StandardRetryPolicy.DEFAULT_MAX_BACKOFF);
    assertThat(POLICY.backoff(63)).isAtMost(StandardRetryPolicy.DEFAULT_MAX_BACKOFF);
    assertThat(huge.backoff(40)).isAtMost(Duration.ofDays(365 * 200));
    assertThat(huge.backoff(40)).isGreaterThan(Duration.ofDays(365 * 199));
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, -0.5, 1.0, 7, Double.POSITIVE_INFINITY})
  void jitterOutsideTheUnitRangeFallsBackToTheFloor(double broken) {
    StandardRetryPolicy policy = StandardRetryPolicy.builder().random(() -> broken).build();
    assertThat(policy.backoff(3)).isEqualTo(StandardRetryPolicy.DEFAULT_MIN_DELAY);
  }

  // ---- budget ----

  @Test
  void maxRetriesBoundsTheNumberOfRetries() {
    StandardRetryPolicy two = StandardRetryPolicy.builder().maxRetries(2).random(() -> 0.5).build();
    HttpRequest get = get();
    HttpResponse unavailable = response(get, 503);

    assertThat(two.delayBeforeRetry(Attempt.responded(get, unavailable, 0, T0, T0))).isNotNull();
    assertThat(two.delayBeforeRetry(Attempt.responded(get, unavailable, 1, T0, T0))).isNotNull();
    assertThat(two.delayBeforeRetry(Attempt.responded(get, unavailable, 2, T0, T0))).isNull();
  }

  @Test
  void aWaitThatWouldEndAfterTheBudgetIsNotStarted() {
    HttpRequest get = get();
    HttpResponse unavailable = response(get, 503, "Retry-After", "20");

    // 40 s spent + 20 s wait = 60 s: exactly the budget, still allowed.
    assertThat(POLICY.delayBeforeRetry(Attempt.responded(get, unavailable, 1, T0, T0.plusSeconds(40))))
        .isEqualTo(Duration.ofSeconds(20));
    // 41 s spent + 20 s wait = 61 s: over.
    assertThat(POLICY.delayBeforeRetry(Attempt.responded(get, unavailable, 1, T0, T0.plusSeconds(41)))).isNull();
    // The backoff is bounded the same way.
    StandardRetryPolicy short1 = StandardRetryPolicy.builder().maxElapsedTime(Duration.ofSeconds(1)).random(() -> 0.5).build();
    assertThat(short1.delayBeforeRetry(Attempt.responded(get, response(get, 503), 0, T0, T0.plusMillis(375))))
        .isEqualTo(FIRST_BACKOFF);
    assertThat(short1.delayBeforeRetry(Attempt.responded(get, response(get, 503), 0, T0, T0.plusMillis(376))))
        .isNull();
  }

  @Test
  void boundedAppliesTheBudgetToAWaitOfOnesOwn() {
    Attempt early = first(get(), 503);
    assertThat(POLICY.bounded(early, Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(60));
    assertThat(POLICY.bounded(early, Duration.ofSeconds(61))).isNull();
    assertThat(POLICY.bounded(Attempt.responded(get(), response(get(), 503), 4, T0, T0), Duration.ofSeconds(1)))
        .isNull();
  }

  @Test
  void zeroRetriesOrZeroTimeTurnsRetriesOff() {
    StandardRetryPolicy noRetries = StandardRetryPolicy.builder().maxRetries(0).build();
    StandardRetryPolicy noTime = StandardRetryPolicy.builder().maxElapsedTime(Duration.ZERO).build();

    for (StandardRetryPolicy off : new StandardRetryPolicy[] {noRetries, noTime}) {
      assertThat(off.delayBeforeRetry(first(get(), 503))).isNull();
      assertThat(off.delayBeforeRetry(first(post(), 429, "Retry-After", "0"))).isNull();
      assertThat(off.delayBeforeRetry(failed(get(), 0))).isNull();
    }
  }

  // ---- configuration ----

  @Test
  void defaultsAreFourRetriesWithinSixtySecondsAndRetryAfterUpToThirty() {
    StandardRetryPolicy defaults = RetryPolicy.standard();

    assertThat(defaults.maxRetries()).isEqualTo(4);
    assertThat(defaults.maxElapsedTime()).isEqualTo(Duration.ofSeconds(60));
    assertThat(defaults.toString()).isEqualTo("StandardRetryPolicy{maxRetries=4, maxElapsedTime=PT1M, "
        + "maxRetryAfter=PT30S, backoff=PT0.25S..PT1S..PT20S}");
  }

  @Test
  void badConfigurationIsRefusedWithItsName() {
    StandardRetryPolicy.Builder builder = StandardRetryPolicy.builder();

    assertThat(assertThrows(IllegalArgumentException.class, () -> builder.maxRetries(-1)))
        .hasMessageThat().isEqualTo("maxRetries must be 0 (no retries) or more: -1");
    assertThat(assertThrows(IllegalArgumentException.class, () -> builder.maxElapsedTime(Duration.ofSeconds(-1))))
        .hasMessageThat().isEqualTo("maxElapsedTime must be zero (no retries) or positive: PT-1S");
    assertThat(assertThrows(IllegalArgumentException.class, () -> builder.maxRetryAfter(Duration.ofSeconds(-1))))
        .hasMessageThat().contains("maxRetryAfter");
    assertThat(assertThrows(IllegalArgumentException.class, () -> builder.initialBackoff(Duration.ZERO)))
        .hasMessageThat().contains("initialBackoff must be positive");
    assertThat(assertThrows(NullPointerException.class, () -> builder.minDelay(null)))
        .hasMessageThat().contains("minDelay");
    IllegalStateException inverted = assertThrows(IllegalStateException.class,
        () -> StandardRetryPolicy.builder().minDelay(Duration.ofSeconds(2)).build());
    assertThat(inverted).hasMessageThat()
        .isEqualTo("backoff bounds must satisfy minDelay <= initialBackoff <= maxBackoff; got PT2S, PT1S, PT20S");
  }
}
