package io.typedclient.okta.testing;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.testing.Http.json;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class RateLimitTest {
  /** 20 seconds into a minute: with a 60 s window, the window ends 40 seconds later. */
  private static final Instant START = Instant.parse("2026-01-05T10:00:20Z");
  private static final long WINDOW_END = Instant.parse("2026-01-05T10:01:00Z").getEpochSecond();

  private final ManualClock clock = ManualClock.at(START);
  private FakeOkta okta;
  private Http http;
  private FakeSession session;

  @BeforeEach
  void start() {
    okta = FakeOkta.builder().clock(clock).rateLimit(3, Duration.ofMinutes(1)).start();
    http = new Http(okta);
    session = okta.createSession(okta.addUser("00u1", "ada@example.com", "Ada Lovelace"));
  }

  @AfterEach
  void stop() {
    okta.close();
  }

  @Test
  void headersCountDownTheBudget() throws Exception {
    for (int remaining = 2; remaining >= 0; remaining--) {
      HttpResponse<String> response = http.getSession(session.id());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("X-Rate-Limit-Limit")).hasValue("3");
      assertThat(response.headers().firstValue("X-Rate-Limit-Remaining")).hasValue(Integer.toString(remaining));
      assertThat(response.headers().firstValue("X-Rate-Limit-Reset")).hasValue(Long.toString(WINDOW_END));
    }
  }

  @Test
  void answers429WithResetAtWindowEndOnceBudgetIsSpent() throws Exception {
    for (int i = 0; i < 3; i++) {
      http.getSession(session.id());
    }

    HttpResponse<String> limited = http.getSession(session.id());

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(json(limited)).containsEntry("errorCode", "E0000047");
    assertThat(json(limited))
        .containsEntry("errorSummary", "API call exceeded rate limit due to too many requests.");
    assertThat(limited.headers().firstValue("X-Rate-Limit-Limit")).hasValue("3");
    assertThat(limited.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("0");
    assertThat(limited.headers().allValues("X-Rate-Limit-Reset")).containsExactly(Long.toString(WINDOW_END));
    assertThat(limited.headers().firstValue("Date")).hasValue("Mon, 05 Jan 2026 10:00:20 GMT");
    assertThat(limited.headers().firstValue("X-Okta-Request-Id")).isPresent();
  }

  @Test
  void limitedRequestsDoNotReachTheOrg() throws Exception {
    for (int i = 0; i < 3; i++) {
      http.getSession("102doesNotMatter");
    }

    assertThat(http.endSession(session.id()).statusCode()).isEqualTo(429);
    assertThat(okta.session(session.id())).isPresent();
  }

  @Test
  void budgetComesBackWhenTheWindowEnds() throws Exception {
    for (int i = 0; i < 4; i++) {
      http.getSession(session.id());
    }
    clock.set(Instant.ofEpochSecond(WINDOW_END).minusMillis(1));
    assertThat(http.getSession(session.id()).statusCode()).isEqualTo(429);

    clock.set(Instant.ofEpochSecond(WINDOW_END));
    HttpResponse<String> next = http.getSession(session.id());

    assertThat(next.statusCode()).isEqualTo(200);
    assertThat(next.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("2");
    assertThat(next.headers().firstValue("X-Rate-Limit-Reset")).hasValue(Long.toString(WINDOW_END + 60));
  }

  @Test
  void everyEndpointAndOutcomeSpendsBudget() throws Exception {
    http.send(http.request("/api/v1/sessions/" + session.id()).GET());
    http.send(http.request("/no/such/path").GET());
    http.send(http.request("/api/v1/sessions/me").GET());

    assertThat(http.getSession(session.id()).statusCode()).isEqualTo(429);
  }

  @Test
  void resetGivesTheBudgetBack() throws Exception {
    for (int i = 0; i < 4; i++) {
      http.getSession(session.id());
    }

    okta.reset();

    assertThat(http.getSession("102gone").headers().firstValue("X-Rate-Limit-Remaining")).hasValue("2");
  }

  @Test
  void rejectsWindowsThatAreNotWholeSeconds() {
    FakeOkta.Builder builder = FakeOkta.builder();
    IllegalArgumentException error = assertThrows(
        IllegalArgumentException.class, () -> builder.rateLimit(10, Duration.ofMillis(1500)));
    assertThat(error).hasMessageThat().contains("whole number of seconds");
    assertThrows(
        IllegalArgumentException.class, () -> builder.rateLimit(0, Duration.ofMinutes(1)));
  }
}
