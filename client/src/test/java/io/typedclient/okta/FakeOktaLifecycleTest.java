package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeUser;
import io.typedclient.okta.testing.ManualClock;
import io.typedclient.okta.testing.RecordedRequest;
import io.typedclient.okta.testing.TooManyRequests;
import io.typedclient.runtime.TransportException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole session lifecycle against FakeOkta, a stateful fake org: single-use tokens, sessions that end and
 * expire, rate-limit windows. The client's waits advance FakeOkta's own clock, so a rate-limited call really
 * waits out the server's window, in no real time.
 */
@Timeout(30)
class FakeOktaLifecycleTest {
  private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");

  private final ManualClock clock = ManualClock.at(START);
  private FakeOkta okta;
  private FakeUser ada;
  private ManualClockScheduler scheduler;
  private SessionApiClient sessions;

  private void start(FakeOkta.Builder builder) {
    okta = builder.clock(clock).start();
    ada = okta.addUser("00u1ada", "ada@example.com", "Ada Lovelace");
    scheduler = new ManualClockScheduler(clock);
    sessions = OktaSessions.builder()
        .environment(name -> null, name -> null)
        .orgUrl(okta.orgUrl())
        .apiToken(okta.apiToken())
        .scheduler(scheduler)
        .random(() -> 0.5)
        .requestTimeout(Duration.ofSeconds(5))
        .build();
  }

  @BeforeEach
  void setUp() {
    start(FakeOkta.builder());
  }

  @AfterEach
  void tearDown() {
    sessions.close();
    okta.close();
  }

  @Test
  void createReadRefreshEndAndSeeItGone() {
    String token = okta.issueSessionToken(ada);

    Session created = sessions.createSession(CreateSessionRequest.of(token));
    Session read = sessions.getSession(created.id());
    clock.advance(Duration.ofMinutes(30));
    Session refreshed = sessions.refreshSession(created.id());
    sessions.endSession(created.id());
    OktaApiException gone = assertThrows(OktaApiException.class, () -> sessions.getSession(created.id()));

    assertThat(created.userId()).isEqualTo("00u1ada");
    assertThat(created.login()).isEqualTo("ada@example.com");
    assertThat(created.status()).isEqualTo(SessionStatus.ACTIVE);
    assertThat(created.amr()).containsExactly(SessionAuthenticationMethod.PASSWORD);
    assertThat(created.idp().type()).isEqualTo(SessionIdentityProviderType.OKTA);
    assertThat(created.lastFactorVerification()).isNull();
    assertThat(created.links().user().name()).isEqualTo("Ada Lovelace");
    assertThat(read).isEqualTo(created);
    assertThat(refreshed.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(30)).plus(Duration.ofHours(2)));
    assertThat(gone.isNotFound()).isTrue();
    assertThat(gone.getMessage()).doesNotContain(created.id());
    assertThat(okta.session(created.id())).isEmpty();
  }

  @Test
  void theSameLifecycleAsynchronously() throws Exception {
    String token = okta.issueSessionToken(ada);

    Session created = sessions.createSessionAsync(CreateSessionRequest.of(token)).get(10, TimeUnit.SECONDS);
    Session refreshed = sessions.refreshSessionAsync(created.id()).get(10, TimeUnit.SECONDS);
    sessions.endSessionAsync(created.id()).get(10, TimeUnit.SECONDS);
    Throwable gone = assertThrows(java.util.concurrent.ExecutionException.class,
        () -> sessions.getSessionAsync(created.id()).get(10, TimeUnit.SECONDS)).getCause();

    assertThat(refreshed.id()).isEqualTo(created.id());
    assertThat(gone).isInstanceOf(OktaApiException.class);
    assertThat(((OktaApiException) gone).isNotFound()).isTrue();
  }

  @Test
  void aSessionTokenWorksOnceAndIsSentOnce() {
    String token = okta.issueSessionToken(ada);
    sessions.createSession(CreateSessionRequest.of(token));
    int before = okta.requestCount();

    OktaApiException reused =
        assertThrows(OktaApiException.class, () -> sessions.createSession(CreateSessionRequest.of(token)));

    assertThat(reused.status()).isEqualTo(401);
    assertThat(reused.errorCode()).isEqualTo("E0000004");
    assertThat(okta.requestCount() - before).isEqualTo(1);
    assertThat(reused.getMessage()).doesNotContain(token);
  }

  @Test
  void createSessionOn503IsNotRetriedAndTheTokenIsStillGood() {
    String token = okta.issueSessionToken(ada);
    okta.faults().next(1).respond(503);

    OktaApiException unavailable =
        assertThrows(OktaApiException.class, () -> sessions.createSession(CreateSessionRequest.of(token)));
    Session created = sessions.createSession(CreateSessionRequest.of(token));

    assertThat(unavailable.status()).isEqualTo(503);
    assertThat(created.userId()).isEqualTo("00u1ada");
    assertThat(okta.requestCount()).isEqualTo(2);
  }

  @Test
  void createSessionWhoseAnswerIsLostIsNotRetried() {
    String token = okta.issueSessionToken(ada);
    okta.faults().matching("POST", "/api/v1/sessions").times(1).closeConnectionMidBody();

    assertThrows(TransportException.class, () -> sessions.createSession(CreateSessionRequest.of(token)));

    // Okta created the session; a retry would have been refused for a spent token, or worse.
    assertThat(okta.sessions()).hasSize(1);
    assertThat(okta.requestCount()).isEqualTo(1);
  }

  @Test
  void getSessionRidesOutUnavailabilityAndLostAnswers() {
    String id = okta.createSession(ada).id();
    okta.faults().next(2).respond(503);
    okta.faults().matching("GET", "/api/v1/sessions/*").times(1).closeConnectionMidBody();

    Session session = sessions.getSession(id);

    assertThat(session.id()).isEqualTo(id);
    RecordedRequest first = okta.takeRequest();
    RecordedRequest second = okta.takeRequest();
    assertThat(first.header("X-Okta-Retry-Count")).isNull();
    assertThat(second.header("X-Okta-Retry-Count")).isEqualTo("1");
    assertThat(second.header("X-Okta-Retry-For")).isEqualTo(first.requestId());
  }

  @Test
  void rateLimitedCallsWaitOutTheServersWindow() {
    sessions.close();
    okta.close();
    clock.set(START.plusSeconds(30));
    start(FakeOkta.builder().rateLimit(2, Duration.ofMinutes(1)));
    sessions.close();
    sessions = OktaSessions.builder()
        .environment(name -> null, name -> null)
        .orgUrl(okta.orgUrl())
        .apiToken(okta.apiToken())
        .scheduler(scheduler)
        .maxElapsedTime(Duration.ofMinutes(2))
        .build();
    String id = okta.createSession(ada).id();

    for (int i = 0; i < 5; i++) {
      assertThat(sessions.getSession(id).id()).isEqualTo(id);
    }

    // Two calls a minute, windows aligned to the minute. The third call waits from 10:00:30 to the reset at
    // 10:01:00 plus one second; the fifth from 10:01:01 to 10:02:00 plus one second.
    assertThat(okta.requestCount()).isEqualTo(7);
    assertThat(scheduler.waited()).isEqualTo(Duration.ofSeconds(31 + 60));
  }

  @Test
  void aWindowThatOutlastsTheDefaultBudgetIsNotWaitedFor() {
    sessions.close();
    okta.close();
    start(FakeOkta.builder().rateLimit(1, Duration.ofMinutes(1)));
    String id = okta.createSession(ada).id();
    sessions.getSession(id);

    // At 10:00:00 the window resets at 10:01:00: 60 s plus the margin is more than the 60 s budget.
    OktaApiException limited = assertThrows(OktaApiException.class, () -> sessions.getSession(id));

    assertThat(limited.isRateLimited()).isTrue();
    assertThat(limited.rateLimit().resetAt()).hasValue(START.plusSeconds(60));
    assertThat(scheduler.waited()).isEqualTo(Duration.ZERO);
  }

  @Test
  void rateLimitShapesThatBreakOktasSdkAreHandled() {
    String id = okta.createSession(ada).id();
    Instant now = clock.instant();
    okta.faults().next(1).tooManyRequests(TooManyRequests.resetAt(now.plusSeconds(30), now.plusSeconds(5)));
    okta.faults().next(1).tooManyRequests(TooManyRequests.resetAt(now.plusSeconds(20)).withoutDate());
    okta.faults().next(1).tooManyRequests(TooManyRequests.withoutReset());

    assertThat(sessions.getSession(id).id()).isEqualTo(id);

    // 5 s + 1 (smallest reset), then 20 - 6 + 1 by the local clock, then a backoff of 250 ms to 4 s.
    assertThat(scheduler.waited()).isAtLeast(Duration.ofSeconds(6 + 15).plusMillis(250));
    assertThat(scheduler.waited()).isAtMost(Duration.ofSeconds(6 + 15 + 4));
    assertThat(okta.requestCount()).isEqualTo(4);
  }

  @Test
  void aResetBeyondTheBudgetFailsAtOnceWithTheResetTime() {
    String id = okta.createSession(ada).id();
    Instant reset = clock.instant().plus(Duration.ofMinutes(10));
    okta.faults().next(1).tooManyRequests(TooManyRequests.resetAt(reset));

    OktaApiException limited = assertThrows(OktaApiException.class, () -> sessions.getSession(id));

    assertThat(limited.isRateLimited()).isTrue();
    assertThat(limited.rateLimit().resetAt()).hasValue(reset);
    assertThat(scheduler.waited()).isEqualTo(Duration.ZERO);
  }

  @Test
  void currentSessionByCookieWithoutTheApiToken() {
    String id = okta.createSession(ada).id();
    String cookie = "sid=" + id;

    Session current = sessions.getCurrentSession(cookie);
    Session refreshed = sessions.refreshCurrentSession(cookie);
    sessions.closeCurrentSession(cookie);
    OktaApiException gone = assertThrows(OktaApiException.class, () -> sessions.getCurrentSession(cookie));

    assertThat(current.id()).isEqualTo(id);
    assertThat(current.links().self().href()).endsWith("/api/v1/sessions/me");
    assertThat(refreshed.id()).isEqualTo(id);
    assertThat(gone.isNotFound()).isTrue();
    for (RecordedRequest request : okta.requests()) {
      assertThat(request.header("Authorization")).isNull();
      assertThat(request.header("Cookie")).isEqualTo(cookie);
    }
  }

  @Test
  void revokeUserSessionsEndsThemAll() {
    okta.createSession(ada);
    okta.createSession(ada);

    sessions.revokeUserSessions("00u1ada", true, null);

    assertThat(okta.sessions()).isEmpty();
    RecordedRequest request = okta.takeRequest();
    assertThat(request.route()).isEqualTo("/api/v1/users/{userId}/sessions");
    assertThat(request.queryParameter("oauthTokens")).isEqualTo("true");
    assertThat(request.queryParameter("forgetDevices")).isNull();
  }

  @Test
  void aWrongTokenIsInvalidToken() {
    sessions.close();
    sessions = OktaSessions.builder()
        .environment(name -> null, name -> null)
        .orgUrl(okta.orgUrl())
        .apiToken("not-the-token")
        .scheduler(scheduler)
        .build();

    OktaApiException e = assertThrows(OktaApiException.class, () -> sessions.getSession("anything"));

    assertThat(e.isInvalidToken()).isTrue();
    assertThat(e.getMessage()).doesNotContain("not-the-token");
  }

  @Test
  void anExpiredSessionIsNotFound() {
    String id = okta.createSession(ada).id();
    clock.advance(Duration.ofHours(2).plusSeconds(1));

    OktaApiException e = assertThrows(OktaApiException.class, () -> sessions.getSession(id));

    assertThat(e.isNotFound()).isTrue();
  }
}
