package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.TestRequests.createSession;
import static io.typedclient.okta.TestRequests.getSession;
import static io.typedclient.okta.TestRequests.request;
import static io.typedclient.okta.TestRequests.response;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.RequestTimeoutException;
import io.typedclient.runtime.ResponseTooLargeException;
import io.typedclient.runtime.ProxyAuthenticationException;
import io.typedclient.runtime.TransportException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The retry rules as pure decisions: no server, no clock, no waiting. */
class RetryPolicyTest {
  private static final Instant LOCAL_NOW = Instant.parse("2025-06-01T12:00:00Z");
  private static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofSeconds(60), () -> 0.5);

  static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  private static Duration decide(RetryPolicy policy, HttpRequest request, HttpResponse response, int retriesDone) {
    return policy.delayBeforeRetry(request, response, null, retriesDone, LOCAL_NOW, LOCAL_NOW);
  }

  private static Duration decide(HttpRequest request, HttpResponse response) {
    return decide(POLICY, request, response, 0);
  }

  @Test
  void everyStatusThePolicyWouldRetryIsOneMayRetryLetsThrough() {
    // The interceptors skip the policy (and the clock) for a response mayRetry turns away: that shortcut must never
    // skip a retry the policy would make, for any status, method or header.
    String reset = Long.toString(LOCAL_NOW.getEpochSecond() + 30);
    for (HttpRequest request : new HttpRequest[] {getSession("abc123"), createSession()}) {
      for (int status = 100; status <= 599; status++) {
        HttpResponse response = response(request, status, "{}", "X-Rate-Limit-Reset", reset, "Retry-After", "3");
        if (!RetryPolicy.mayRetry(response)) {
          assertThat(decide(request, response)).isNull();
        }
      }
    }
    assertThat(RetryPolicy.mayRetry(null)).isTrue();
    assertThat(RetryPolicy.mayRetry(response(getSession("abc123"), 200, "{}"))).isFalse();
  }

  @Test
  void rateLimitWaitsUntilResetMeasuredAgainstServerDatePlusOneSecond() {
    // The server's clock is 5 minutes ahead of ours; the wait must not include the skew.
    Instant serverNow = LOCAL_NOW.plusSeconds(300);
    HttpRequest request = getSession("abc123");
    HttpResponse limited = response(request, 429, "{}",
        "Date", httpDate(serverNow),
        "X-Rate-Limit-Reset", Long.toString(serverNow.getEpochSecond() + 10));

    assertThat(decide(request, limited)).isEqualTo(Duration.ofSeconds(11));
  }

  @Test
  void rateLimitWithServerClockBehindOursStillWaitsTheServersWindow() {
    Instant serverNow = LOCAL_NOW.minusSeconds(120);
    HttpRequest request = getSession("abc123");
    HttpResponse limited = response(request, 429, "{}",
        "Date", httpDate(serverNow),
        "X-Rate-Limit-Reset", Long.toString(serverNow.getEpochSecond() + 7));

    assertThat(decide(request, limited)).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void rateLimitWithSeveralResetHeadersWaitsForTheSmallest() {
    long now = LOCAL_NOW.getEpochSecond();
    HttpRequest request = getSession("abc123");
    HttpResponse repeated = response(request, 429, "{}",
        "Date", httpDate(LOCAL_NOW),
        "X-Rate-Limit-Reset", Long.toString(now + 30),
        "X-Rate-Limit-Reset", Long.toString(now + 4),
        "X-Rate-Limit-Reset", Long.toString(now + 12));
    HttpResponse commaSeparated = response(request, 429, "{}",
        "Date", httpDate(LOCAL_NOW),
        "X-Rate-Limit-Reset", (now + 30) + ", " + (now + 6));

    assertThat(decide(request, repeated)).isEqualTo(Duration.ofSeconds(5));
    assertThat(decide(request, commaSeparated)).isEqualTo(Duration.ofSeconds(7));
  }

  /** Okta's Java SDK 24 throws a NullPointerException here. */
  @Test
  void rateLimitWithoutDateUsesTheLocalClock() {
    HttpRequest request = getSession("abc123");
    HttpResponse limited = response(request, 429, "{}",
        "X-Rate-Limit-Reset", Long.toString(LOCAL_NOW.getEpochSecond() + 20));

    assertThat(decide(request, limited)).isEqualTo(Duration.ofSeconds(21));
  }

  @Test
  void rateLimitWithUnreadableDateUsesTheLocalClock() {
    HttpRequest request = getSession("abc123");
    HttpResponse limited = response(request, 429, "{}",
        "Date", "yesterday-ish",
        "X-Rate-Limit-Reset", Long.toString(LOCAL_NOW.getEpochSecond() + 3));

    assertThat(decide(request, limited)).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void rateLimitWhoseResetHasPassedWaitsOnlyTheMargin() {
    HttpRequest request = getSession("abc123");
    HttpResponse limited = response(request, 429, "{}",
        "Date", httpDate(LOCAL_NOW),
        "X-Rate-Limit-Reset", Long.toString(LOCAL_NOW.getEpochSecond() - 50));

    assertThat(decide(request, limited)).isEqualTo(Duration.ofSeconds(1));
  }

  /** Okta's Java SDK 24 retries at once here. */
  @Test
  void rateLimitWithoutResetBacksOffExponentiallyNeverInstantly() {
    HttpRequest request = getSession("abc123");
    HttpResponse limited = response(request, 429, "{}", "Date", httpDate(LOCAL_NOW));
    RetryPolicy lowestJitter = new RetryPolicy(4, Duration.ofSeconds(60), () -> 0.0);
    RetryPolicy highestJitter = new RetryPolicy(4, Duration.ofSeconds(60), () -> 0.999999);

    for (int retry = 0; retry < 4; retry++) {
      Duration low = decide(lowestJitter, request, limited, retry);
      Duration high = decide(highestJitter, request, limited, retry);
      assertThat(low).isEqualTo(RetryPolicy.BACKOFF_FLOOR);
      assertThat(low).isGreaterThan(Duration.ZERO);
      // Full jitter: the upper bound doubles with each retry: 1 s, 2 s, 4 s, 8 s.
      assertThat(high.toMillis()).isIn(com.google.common.collect.Range.closed((1000L << retry) - 1, 1000L << retry));
    }
  }

  @Test
  void rateLimitWithUnreadableResetBacksOff() {
    HttpRequest request = getSession("abc123");
    HttpResponse limited = response(request, 429, "{}", "X-Rate-Limit-Reset", "soon", "Date", httpDate(LOCAL_NOW));

    assertThat(decide(request, limited)).isEqualTo(Duration.ofMillis(250 + (1000 - 250) / 2));
  }

  @Test
  void backoffIsCappedAtTwentySeconds() {
    RetryPolicy policy = new RetryPolicy(40, Duration.ofHours(1), () -> 0.999999);
    assertThat(policy.backoff(10).toMillis()).isAtMost(RetryPolicy.BACKOFF_CAP.toMillis());
    assertThat(policy.backoff(10).toMillis()).isAtLeast(RetryPolicy.BACKOFF_CAP.toMillis() - 1);
    assertThat(policy.backoff(63).toMillis()).isAtMost(RetryPolicy.BACKOFF_CAP.toMillis());
  }

  @Test
  void rateLimitedPostIsRetriedBecauseOktaRefusedItUnread() {
    HttpRequest request = createSession();
    HttpResponse limited = response(request, 429, "{}",
        "Date", httpDate(LOCAL_NOW), "X-Rate-Limit-Reset", Long.toString(LOCAL_NOW.getEpochSecond() + 2));

    assertThat(decide(request, limited)).isEqualTo(Duration.ofSeconds(3));
  }

  @ParameterizedTest
  @ValueSource(ints = {503, 504})
  void unavailableGetAndDeleteAreRetriedWithBackoff(int status) {
    HttpRequest get = getSession("abc123");
    HttpRequest delete = request("DELETE", "/api/v1/sessions/{sessionId}", null, "abc123");

    assertThat(decide(get, response(get, status, ""))).isEqualTo(Duration.ofMillis(625));
    assertThat(decide(delete, response(delete, status, ""))).isEqualTo(Duration.ofMillis(625));
  }

  /** Okta's Java SDK 24 retries POSTs on 503, which spends a single-use session token twice. */
  @ParameterizedTest
  @ValueSource(ints = {503, 504})
  void unavailablePostIsNeverRetried(int status) {
    HttpRequest create = createSession();
    HttpRequest refresh = request("POST", "/api/v1/sessions/{sessionId}/lifecycle/refresh", null, "abc123");

    assertThat(decide(create, response(create, status, ""))).isNull();
    assertThat(decide(refresh, response(refresh, status, ""))).isNull();
  }

  @Test
  void connectionFailureIsRetriedForGetAndDeleteOnly() {
    HttpRequest get = getSession("abc123");
    HttpRequest delete = request("DELETE", "/api/v1/sessions/{sessionId}", null, "abc123");
    HttpRequest post = createSession();
    TransportException reset = TransportException.of(get, new IOException("connection reset"));
    RequestTimeoutException timeout = new RequestTimeoutException(get, Duration.ofSeconds(30), null);

    assertThat(POLICY.delayBeforeRetry(get, null, reset, 0, LOCAL_NOW, LOCAL_NOW)).isNotNull();
    assertThat(POLICY.delayBeforeRetry(get, null, timeout, 0, LOCAL_NOW, LOCAL_NOW)).isNotNull();
    assertThat(POLICY.delayBeforeRetry(delete, null, reset, 0, LOCAL_NOW, LOCAL_NOW)).isNotNull();
    assertThat(POLICY.delayBeforeRetry(post, null, reset, 0, LOCAL_NOW, LOCAL_NOW)).isNull();
    assertThat(POLICY.delayBeforeRetry(post, null, timeout, 0, LOCAL_NOW, LOCAL_NOW)).isNull();
  }

  @Test
  void aProxyThatWantsOtherCredentialsIsNotRetried() {
    HttpRequest get = getSession("abc123");
    ProxyAuthenticationException refused = new ProxyAuthenticationException(get, "proxy.corp.test:3128", true, "Basic");

    assertThat(POLICY.delayBeforeRetry(get, null, refused, 0, LOCAL_NOW, LOCAL_NOW)).isNull();
  }

  @Test
  void failuresOtherThanConnectionFailuresAreNotRetried() {
    HttpRequest get = getSession("abc123");
    assertThat(POLICY.delayBeforeRetry(
        get, null, new ResponseTooLargeException(get, 200, 10), 0, LOCAL_NOW, LOCAL_NOW)).isNull();
    assertThat(POLICY.delayBeforeRetry(
        get, null, new IllegalStateException("bug"), 0, LOCAL_NOW, LOCAL_NOW)).isNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 204, 400, 401, 403, 404, 500, 502})
  void otherStatusesAreNotRetried(int status) {
    HttpRequest get = getSession("abc123");
    assertThat(decide(get, response(get, status, ""))).isNull();
  }

  @Test
  void retryAfterOnUnavailableIsHonoured() {
    HttpRequest get = getSession("abc123");
    assertThat(decide(get, response(get, 503, "", "Retry-After", "7"))).isEqualTo(Duration.ofSeconds(7));
    assertThat(decide(get, response(get, 503, "",
        "Date", httpDate(LOCAL_NOW.plusSeconds(100)), "Retry-After", httpDate(LOCAL_NOW.plusSeconds(104)))))
        .isEqualTo(Duration.ofSeconds(4));
    assertThat(decide(get, response(get, 503, "", "Retry-After", "0"))).isEqualTo(RetryPolicy.BACKOFF_FLOOR);
    assertThat(decide(get, response(get, 503, "", "Retry-After", "whenever"))).isEqualTo(Duration.ofMillis(625));
  }

  @Test
  void waitLongerThanTheRemainingBudgetIsNotStarted() {
    HttpRequest request = getSession("abc123");
    HttpResponse limited = response(request, 429, "{}",
        "Date", httpDate(LOCAL_NOW), "X-Rate-Limit-Reset", Long.toString(LOCAL_NOW.getEpochSecond() + 30));
    Instant start = LOCAL_NOW.minusSeconds(25);

    // 25 s spent + 31 s wait = 56 s: within 60 s.
    assertThat(POLICY.delayBeforeRetry(request, limited, null, 1, start, LOCAL_NOW)).isEqualTo(Duration.ofSeconds(31));
    // 30 s spent + 31 s wait = 61 s: over.
    assertThat(POLICY.delayBeforeRetry(request, limited, null, 1, LOCAL_NOW.minusSeconds(30), LOCAL_NOW)).isNull();
    // A wait alone longer than the whole budget.
    HttpResponse farReset = response(request, 429, "{}",
        "Date", httpDate(LOCAL_NOW), "X-Rate-Limit-Reset", Long.toString(LOCAL_NOW.getEpochSecond() + 3600));
    assertThat(decide(request, farReset)).isNull();
  }

  @Test
  void maxRetriesBoundsTheNumberOfRetries() {
    HttpRequest get = getSession("abc123");
    HttpResponse unavailable = response(get, 503, "");
    RetryPolicy two = new RetryPolicy(2, Duration.ofSeconds(60), () -> 0.5);

    assertThat(decide(two, get, unavailable, 0)).isNotNull();
    assertThat(decide(two, get, unavailable, 1)).isNotNull();
    assertThat(decide(two, get, unavailable, 2)).isNull();
  }

  @Test
  void defaultsAreFourRetriesWithinSixtySeconds() {
    assertThat(RetryPolicy.DEFAULT_MAX_RETRIES).isEqualTo(4);
    assertThat(RetryPolicy.DEFAULT_MAX_ELAPSED).isEqualTo(Duration.ofSeconds(60));
    HttpRequest get = getSession("abc123");
    HttpResponse unavailable = response(get, 503, "");
    assertThat(decide(POLICY, get, unavailable, 3)).isNotNull();
    assertThat(decide(POLICY, get, unavailable, 4)).isNull();
  }

  @Test
  void zeroRetriesOrZeroElapsedTimeTurnsRetriesOff() {
    HttpRequest get = getSession("abc123");
    HttpResponse unavailable = response(get, 503, "");
    HttpResponse limited = response(get, 429, "", "X-Rate-Limit-Reset", Long.toString(LOCAL_NOW.getEpochSecond()));

    RetryPolicy noRetries = new RetryPolicy(0, Duration.ofSeconds(60), () -> 0.5);
    RetryPolicy noTime = new RetryPolicy(4, Duration.ZERO, () -> 0.5);
    assertThat(decide(noRetries, get, unavailable, 0)).isNull();
    assertThat(decide(noRetries, get, limited, 0)).isNull();
    assertThat(decide(noTime, get, unavailable, 0)).isNull();
    assertThat(decide(noTime, get, limited, 0)).isNull();
  }

  @Test
  void negativeBoundsAreRefused() {
    IllegalArgumentException retries =
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(-1, Duration.ofSeconds(1), () -> 0));
    IllegalArgumentException elapsed =
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(1, Duration.ofSeconds(-1), () -> 0));
    assertThat(retries).hasMessageThat().contains("maxRetries");
    assertThat(elapsed).hasMessageThat().contains("maxElapsedTime");
  }

  @Test
  void jitterOutsideTheUnitRangeFallsBackToTheFloor() {
    RetryPolicy broken = new RetryPolicy(4, Duration.ofSeconds(60), () -> Double.NaN);
    assertThat(broken.backoff(2)).isEqualTo(RetryPolicy.BACKOFF_FLOOR);
  }
}
