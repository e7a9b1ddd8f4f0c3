package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.OktaHttp.SESSION_ID;
import static io.typedclient.okta.OktaHttp.T0;
import static io.typedclient.okta.OktaHttp.example;
import static io.typedclient.okta.OktaHttp.status;
import static io.typedclient.okta.OktaHttp.take;
import static io.typedclient.okta.RetryPolicyTest.httpDate;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.TransportException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each retry rule over real HTTP. Time is a {@link FakeScheduler}: waits are recorded and skipped, so the exact
 * durations are asserted and no test sleeps.
 */
@Timeout(30)
class RetriesHttpTest {
  private static final CreateSessionRequest TOKEN = CreateSessionRequest.of("00HiohZYpJgMSHwmL9TQy7RRzuY-q9soKp1SPmYYow");

  @StartStop final MockWebServer server = new MockWebServer();
  private FakeScheduler scheduler = FakeScheduler.autoAdvancing(T0);
  private SessionApiClient sessions;

  private SessionApiClient client(OktaSessions.Builder builder) {
    if (sessions != null) {
      sessions.close();
    }
    sessions = builder.build();
    return sessions;
  }

  private SessionApiClient client() {
    return client(OktaHttp.clientFor(server, scheduler));
  }

  @AfterEach
  void tearDown() {
    if (sessions != null) {
      sessions.close();
    }
  }

  private static MockResponse rateLimited(Instant serverNow, long resetAfterSeconds, String requestId) {
    return example(429, "error-429-too-many-requests-E0000047.json",
        "Date", httpDate(serverNow),
        "X-Rate-Limit-Limit", "600",
        "X-Rate-Limit-Remaining", "0",
        "X-Rate-Limit-Reset", Long.toString(serverNow.getEpochSecond() + resetAfterSeconds),
        "X-Okta-Request-Id", requestId);
  }

  private static MockResponse session() {
    return example(200, "get-session-response.json", "X-Okta-Request-Id", "ok-id");
  }

  @Test
  void rateLimitedGetWaitsUntilTheResetByTheServersClockThenSucceeds() throws Exception {
    // Okta's clock is 7 minutes ahead of ours: waiting by our clock would wait 7 minutes too long.
    Instant serverNow = T0.plusSeconds(420);
    server.enqueue(rateLimited(serverNow, 9, "first-request-id"));
    server.enqueue(session());

    Session session = client().getSession(SESSION_ID);

    assertThat(session.id()).isEqualTo(SESSION_ID);
    assertThat(scheduler.sleeps()).containsExactly(Duration.ofSeconds(10));
    RecordedRequest first = take(server);
    RecordedRequest retry = take(server);
    assertThat(first.getHeaders().get("X-Okta-Retry-For")).isNull();
    assertThat(first.getHeaders().get("X-Okta-Retry-Count")).isNull();
    assertThat(retry.getHeaders().get("X-Okta-Retry-For")).isEqualTo("first-request-id");
    assertThat(retry.getHeaders().get("X-Okta-Retry-Count")).isEqualTo("1");
    assertThat(retry.getTarget()).isEqualTo(first.getTarget());
  }

  @Test
  void laterRetriesKeepTheFirstRequestIdAndCountUp() throws Exception {
    server.enqueue(rateLimited(T0, 1, "id-1"));
    server.enqueue(rateLimited(T0.plusSeconds(2), 1, "id-2"));
    server.enqueue(session());

    client().getSession(SESSION_ID);

    take(server);
    take(server);
    RecordedRequest third = take(server);
    assertThat(third.getHeaders().get("X-Okta-Retry-For")).isEqualTo("id-1");
    assertThat(third.getHeaders().get("X-Okta-Retry-Count")).isEqualTo("2");
  }

  @Test
  void severalResetHeadersWaitForTheSmallest() {
    server.enqueue(status(429,
        "Date", httpDate(T0),
        "X-Rate-Limit-Reset", Long.toString(T0.getEpochSecond() + 40),
        "X-Rate-Limit-Reset", Long.toString(T0.getEpochSecond() + 3),
        "X-Rate-Limit-Reset", Long.toString(T0.getEpochSecond() + 20)));
    server.enqueue(session());

    client().getSession(SESSION_ID);

    assertThat(scheduler.sleeps()).containsExactly(Duration.ofSeconds(4));
  }

  /** Okta's Java SDK 24.0.0 throws a raw NullPointerException on a 429 without Date. */
  @Test
  void rateLimitWithoutDateWaitsByTheLocalClockWithoutFailing() {
    server.enqueue(status(429, "X-Rate-Limit-Reset", Long.toString(T0.getEpochSecond() + 5)));
    server.enqueue(session());

    Session session = client().getSession(SESSION_ID);

    assertThat(session.id()).isEqualTo(SESSION_ID);
    assertThat(scheduler.sleeps()).containsExactly(Duration.ofSeconds(6));
  }

  /** Okta's Java SDK 24.0.0 retries at once on a 429 without X-Rate-Limit-Reset. */
  @Test
  void rateLimitWithoutResetBacksOffInsteadOfRetryingAtOnce() {
    server.enqueue(status(429, "Date", httpDate(T0)));
    server.enqueue(status(429, "Date", httpDate(T0)));
    server.enqueue(session());

    client().getSession(SESSION_ID);

    // Full jitter (fixed at 0.5 here) between 250 ms and 1 s, then between 250 ms and 2 s.
    assertThat(scheduler.sleeps()).containsExactly(Duration.ofMillis(625), Duration.ofMillis(1125)).inOrder();
  }

  /** Okta's Java SDK 24.0.0 retries POSTs on 503, which would spend the single-use session token twice. */
  @ParameterizedTest
  @ValueSource(ints = {503, 504})
  void createSessionIsNeverRetriedOnUnavailable(int code) {
    server.enqueue(status(code));
    server.enqueue(session());

    OktaApiException e = assertThrows(OktaApiException.class, () -> client().createSession(TOKEN));

    assertThat(e.status()).isEqualTo(code);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(scheduler.sleeps()).isEmpty();
  }

  @Test
  void refreshSessionIsNeverRetriedOnUnavailable() {
    server.enqueue(status(503));
    server.enqueue(session());

    assertThrows(OktaApiException.class, () -> client().refreshSession(SESSION_ID));

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  /** Drops the connection of every first attempt; retries (which carry X-Okta-Retry-Count) get a session. */
  private void dropConnectionsOfFirstAttempts() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getHeaders().get("X-Okta-Retry-Count") == null) {
          return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build();
        }
        return session();
      }
    });
  }

  @Test
  void createSessionIsNeverRetriedAfterAConnectionFailure() throws Exception {
    dropConnectionsOfFirstAttempts();

    assertThrows(TransportException.class, () -> client().createSession(TOKEN));

    // Not by us, and not by the JDK's HttpClient underneath either: the token reached the server once.
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(scheduler.sleeps()).isEmpty();
  }

  @Test
  void rateLimitedCreateSessionIsRetriedWithTheSameBody() throws Exception {
    server.enqueue(rateLimited(T0, 2, "limited"));
    server.enqueue(example(200, "create-session-response.json"));

    client().createSession(TOKEN);

    assertThat(OktaHttp.body(take(server))).isEqualTo(OktaHttp.body(take(server)));
    assertThat(scheduler.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @ParameterizedTest
  @ValueSource(ints = {503, 504})
  void getAndDeleteAreRetriedOnUnavailable(int code) throws Exception {
    server.enqueue(status(code, "X-Okta-Request-Id", "unavailable-id"));
    server.enqueue(session());
    server.enqueue(status(code));
    server.enqueue(status(204));

    client().getSession(SESSION_ID);
    sessions.endSession(SESSION_ID);

    assertThat(server.getRequestCount()).isEqualTo(4);
    take(server);
    assertThat(take(server).getHeaders().get("X-Okta-Retry-For")).isEqualTo("unavailable-id");
  }

  @Test
  void getAndDeleteAreRetriedAfterAConnectionFailure() throws Exception {
    dropConnectionsOfFirstAttempts();

    Session session = client().getSession(SESSION_ID);
    sessions.endSession(SESSION_ID);

    assertThat(session.id()).isEqualTo(SESSION_ID);
    assertThat(scheduler.sleeps()).containsExactly(Duration.ofMillis(625), Duration.ofMillis(625));
  }

  @Test
  void retryAfterOnUnavailableIsHonoured() {
    server.enqueue(status(503, "Retry-After", "12"));
    server.enqueue(session());

    client().getSession(SESSION_ID);

    assertThat(scheduler.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void aWaitLongerThanTheBudgetIsNotStartedAndThe429CarriesItsReset() {
    long reset = T0.getEpochSecond() + 3600;
    server.enqueue(status(429, "Date", httpDate(T0), "X-Rate-Limit-Reset", Long.toString(reset)));
    server.enqueue(session());

    OktaApiException e = assertThrows(OktaApiException.class, () -> client().getSession(SESSION_ID));

    assertThat(e.isRateLimited()).isTrue();
    assertThat(e.rateLimit().resetAt()).hasValue(Instant.ofEpochSecond(reset));
    assertThat(e).hasMessageThat().contains("rate limit resets at");
    assertThat(scheduler.sleeps()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aShorterBudgetIsRespected() {
    server.enqueue(rateLimited(T0, 20, "a"));
    server.enqueue(session());

    client(OktaHttp.clientFor(server, scheduler).maxElapsedTime(Duration.ofSeconds(15)));

    assertThrows(OktaApiException.class, () -> sessions.getSession(SESSION_ID));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retriesStopAfterFourByDefault() {
    for (int i = 0; i < 6; i++) {
      server.enqueue(status(503));
    }

    OktaApiException e = assertThrows(OktaApiException.class, () -> client().getSession(SESSION_ID));

    assertThat(e.status()).isEqualTo(503);
    assertThat(server.getRequestCount()).isEqualTo(5);
    assertThat(scheduler.sleeps()).hasSize(4);
  }

  @Test
  void maxRetriesIsConfigurable() {
    server.enqueue(status(503));
    server.enqueue(status(503));
    server.enqueue(session());
    client(OktaHttp.clientFor(server, scheduler).maxRetries(1));

    assertThrows(OktaApiException.class, () -> sessions.getSession(SESSION_ID));

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void zeroRetriesTurnsRetriesOff() {
    server.enqueue(status(429, "X-Rate-Limit-Reset", Long.toString(T0.getEpochSecond() + 1)));
    server.enqueue(session());
    client(OktaHttp.clientFor(server, scheduler).maxRetries(0));

    assertThrows(OktaApiException.class, () -> sessions.getSession(SESSION_ID));

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(scheduler.sleeps()).isEmpty();
  }

  @Test
  void zeroElapsedTimeTurnsRetriesOff() {
    server.enqueue(status(503));
    server.enqueue(session());
    client(OktaHttp.clientFor(server, scheduler).maxElapsedTime(Duration.ZERO));

    assertThrows(OktaApiException.class, () -> sessions.getSession(SESSION_ID));

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theTokenSupplierIsAskedOnEveryAttempt() throws Exception {
    AtomicInteger issued = new AtomicInteger();
    assertEachAttemptSends(
        OktaSessions.builder().accessToken(() -> "access-token-" + issued.incrementAndGet()),
        "Bearer access-token-1", "Bearer access-token-2");
  }

  @Test
  void theApiTokenSupplierIsAskedOnEveryAttempt() throws Exception {
    AtomicInteger issued = new AtomicInteger();
    assertEachAttemptSends(
        OktaSessions.builder().apiToken(() -> "api-token-" + issued.incrementAndGet()),
        "SSWS api-token-1", "SSWS api-token-2");
  }

  /** A 503 then a session: the first and the retried request carry {@code first} and {@code second}. */
  private void assertEachAttemptSends(OktaSessions.Builder builder, String first, String second) throws Exception {
    server.enqueue(status(503));
    server.enqueue(session());
    client(builder
        .environment(name -> null, name -> null)
        .orgUrl(server.url("/").toString())
        .scheduler(scheduler)
        .random(() -> 0.5));

    sessions.getSession(SESSION_ID);

    assertThat(take(server).getHeaders().get("Authorization")).isEqualTo(first);
    assertThat(take(server).getHeaders().get("Authorization")).isEqualTo(second);
  }

  @ParameterizedTest
  @EnumSource(value = Form.class, names = {"ASYNC", "WITH_RESPONSE_ASYNC"})
  void asyncRetriesWaitWithTheSchedulerNeverASleepingThread(Form form) throws Exception {
    scheduler = FakeScheduler.asyncOnly(T0);
    server.enqueue(rateLimited(T0.plusSeconds(30), 4, "first"));
    server.enqueue(status(503));
    server.enqueue(session());
    client();

    @SuppressWarnings("unchecked")
    Form.Calls<Session> getSession = (Form.Calls<Session>) SessionApiHttpTest.operation(sessions, "getSession", SESSION_ID);
    Session session = form.call(getSession).body();

    assertThat(session.id()).isEqualTo(SESSION_ID);
    assertThat(scheduler.sleeps()).isEmpty();
    assertThat(scheduler.delays()).containsExactly(Duration.ofSeconds(5), Duration.ofMillis(1125)).inOrder();
    take(server);
    take(server);
    RecordedRequest third = take(server);
    assertThat(third.getHeaders().get("X-Okta-Retry-For")).isEqualTo("first");
    assertThat(third.getHeaders().get("X-Okta-Retry-Count")).isEqualTo("2");
  }

  @Test
  void asyncCreateSessionIsNeverRetriedOnUnavailable() {
    scheduler = FakeScheduler.asyncOnly(T0);
    server.enqueue(status(503));
    server.enqueue(session());

    OktaApiException e = Form.ASYNC.failure(OktaApiException.class,
        SessionApiHttpTest.operation(client(), "createSession", SESSION_ID));

    assertThat(e.status()).isEqualTo(503);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(scheduler.delays()).isEmpty();
  }

  @Test
  void cancellingAnAsyncCallWhileItWaitsStopsItsRetries() throws Exception {
    scheduler = FakeScheduler.manual(T0);
    server.enqueue(rateLimited(T0, 30, "limited"));
    server.enqueue(session());
    client();

    CompletableFuture<Session> call = sessions.getSessionAsync(SESSION_ID);
    take(server);
    waitForPendingDelay();
    CompletableFuture<Void> wait = scheduler.pendingDelays().get(0);

    call.cancel(true);

    // The wait may have been handed out a moment before the interceptor recorded it; it is cancelled then.
    awaitTrue(wait::isCancelled);
    assertThat(call.isCancelled()).isTrue();
    assertThat(server.takeRequest(200, TimeUnit.MILLISECONDS)).isNull();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  /** The first response arrives on the transport's thread; the wait is scheduled right after it. */
  private void waitForPendingDelay() throws InterruptedException {
    awaitTrue(() -> !scheduler.pendingDelays().isEmpty());
  }

  /** Polls {@code condition} for up to 5 s: for what another thread does right after the test's last step. */
  private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 5 s");
      }
      Thread.sleep(5);
    }
  }
}
