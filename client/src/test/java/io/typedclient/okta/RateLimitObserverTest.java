package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeUser;
import io.typedclient.okta.testing.ManualClock;
import io.typedclient.runtime.AttemptEnd;
import io.typedclient.runtime.AttemptStart;
import io.typedclient.runtime.CallListener;
import io.typedclient.runtime.CallObserver;
import io.typedclient.runtime.HttpHeaders;
import io.typedclient.runtime.ObservedRequest;
import io.typedclient.runtime.RateLimitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Okta client reports Okta's rate-limit state to its observers after every response, so that an alert fires
 * while calls still succeed, before Okta answers 429. Against FakeOkta's enforced rate limits, on a clock that the
 * client's waits move.
 */
@Timeout(30)
class RateLimitObserverTest {
  private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");

  private final ManualClock clock = ManualClock.at(START);
  private FakeOkta okta;
  private SessionApiClient sessions;

  /** What an operator's alerting observer would keep: each response's status and rate-limit state, and alerts. */
  private static final class BudgetWatch implements CallObserver {
    final List<String> responses = Collections.synchronizedList(new ArrayList<>());
    final List<String> alerts = Collections.synchronizedList(new ArrayList<>());
    final List<AttemptStart> starts = Collections.synchronizedList(new ArrayList<>());
    final List<ObservedRequest> calls = Collections.synchronizedList(new ArrayList<>());

    @Override
    public CallListener callStarted(ObservedRequest request) {
      calls.add(request);
      return new CallListener() {
        @Override
        public void attemptStarted(AttemptStart attempt) {
          starts.add(attempt);
        }

        @Override
        public void attemptEnded(AttemptEnd attempt) {
          RateLimitStatus rateLimit = attempt.rateLimit();
          responses.add(attempt.status() + " " + rateLimit.remaining().getAsLong() + "/" + rateLimit.limit().getAsLong()
              + " until " + rateLimit.resetAt().get());
          // Alert when a third of the window's budget or less is left.
          if (rateLimit.remaining().getAsLong() * 3 <= rateLimit.limit().getAsLong()) {
            alerts.add(attempt.request().operation() + " " + attempt.status() + ": "
                + rateLimit.remaining().getAsLong() + " left");
          }
        }
      };
    }
  }

  @AfterEach
  void tearDown() {
    if (sessions != null) {
      sessions.close();
    }
    if (okta != null) {
      okta.close();
    }
  }

  private void start(int limit, BudgetWatch watch) {
    okta = FakeOkta.builder().clock(clock).rateLimit(limit, Duration.ofMinutes(1)).start();
    sessions = OktaSessions.builder()
        .environment(name -> null, name -> null)
        .orgUrl(okta.orgUrl())
        .apiToken(okta.apiToken())
        .scheduler(new ManualClockScheduler(clock))
        .random(() -> 0.5)
        .requestTimeout(Duration.ofSeconds(5))
        .maxElapsedTime(Duration.ofMinutes(2))
        .addObserver(watch)
        .build();
  }

  @Test
  void everyResponseReportsTheBudgetLeftSoAnAlertFiresBeforeThe429() throws Exception {
    BudgetWatch watch = new BudgetWatch();
    start(4, watch);
    FakeUser ada = okta.addUser("00u1ada", "ada@example.com", "Ada Lovelace");
    String id = sessions.createSession(CreateSessionRequest.of(okta.issueSessionToken(ada))).id();

    sessions.getSession(id);
    sessions.getSession(id);
    sessions.getSessionAsync(id).get(10, TimeUnit.SECONDS);
    // The window's budget is spent: Okta answers 429, the client waits until the reset, and the retry succeeds.
    sessions.getSession(id);

    Instant reset = START.plusSeconds(60);
    assertThat(watch.responses)
        .containsExactly(
            "200 3/4 until " + reset,
            "200 2/4 until " + reset,
            "200 1/4 until " + reset,
            "200 0/4 until " + reset,
            "429 0/4 until " + reset,
            "200 3/4 until " + reset.plusSeconds(60))
        .inOrder();
    // The first alert came while calls still succeeded.
    assertThat(watch.alerts.get(0)).isEqualTo("SessionApi.getSession 200: 1 left");
    assertThat(watch.alerts).hasSize(3);
    // The retry is the same request sent again, after the wait Okta's reset asked for.
    AttemptStart retry = watch.starts.get(5);
    assertThat(retry.resendCount()).isEqualTo(1);
    assertThat(retry.waitBefore()).isEqualTo(Duration.ofSeconds(61));
    assertThat(retry.request().pathTemplate()).isEqualTo("/api/v1/sessions/{sessionId}");
    assertThat(watch.calls.get(1).redactedUrl()).doesNotContain(id);
  }

  @Test
  void theReaderTakesTheMostRestrictiveValueAsRateLimitDoes() {
    RateLimitStatus status = OktaRateLimitReader.INSTANCE.read(HttpHeaders.of(
        "X-Rate-Limit-Limit", "600, 100",
        "X-Rate-Limit-Remaining", "42",
        "X-Rate-Limit-Remaining", "7",
        "X-Rate-Limit-Reset", "1767607260"));

    assertThat(status.limit().getAsLong()).isEqualTo(100);
    assertThat(status.remaining().getAsLong()).isEqualTo(7);
    assertThat(status.resetAt()).hasValue(Instant.ofEpochSecond(1767607260));
    assertThat(OktaRateLimitReader.INSTANCE.read(HttpHeaders.of("X-Rate-Limit-Remaining", "x")).isKnown()).isFalse();
    assertThat(OktaRateLimitReader.INSTANCE.read(HttpHeaders.empty())).isEqualTo(RateLimitStatus.unknown());
  }
}
