package io.typedclient.it.retry;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.ClientConfig;
import io.typedclient.runtime.HttpStatusException;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.JdkHttpTransport;
import io.typedclient.runtime.StandardRetryPolicy;
import io.typedclient.runtime.TransportException;
import io.typedclient.runtime.UrlConnectionTransport;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The standard retry policy, turned on in {@link ClientConfig}, for the client the processor generated from
 * {@link JobsApi}: over real HTTP, on both transports, blocking and asynchronous. Waits run on a
 * {@link TestScheduler}, so each test asserts the exact waits and takes no real time; the jitter is fixed at the
 * middle of its range (backoffs of 625 ms, 1125 ms, ...).
 */
@Timeout(value = 30, unit = SECONDS)
class RetriesEndToEndTest {
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(625);
  private static final Duration SECOND_BACKOFF = Duration.ofMillis(1125);

  /** The transports a client can be built with. */
  enum Transport {
    JDK(() -> JdkHttpTransport.builder().connectTimeout(Duration.ofSeconds(5)).build()),
    URL_CONNECTION(() -> UrlConnectionTransport.builder().connectTimeout(Duration.ofSeconds(5)).build());

    private final Supplier<HttpTransport> factory;

    Transport(Supplier<HttpTransport> factory) {
      this.factory = factory;
    }
  }

  @StartStop final MockWebServer server = new MockWebServer();

  private final AttemptCounter counter = new AttemptCounter();
  private TestScheduler scheduler = TestScheduler.instant();
  private HttpTransport transport;
  private JobsApiClient client;

  private JobsApiClient client(Transport kind) {
    return client(kind, StandardRetryPolicy.builder());
  }

  private JobsApiClient client(Transport kind, StandardRetryPolicy.Builder policy) {
    transport = kind.factory.get();
    client = new JobsApiClient(ClientConfig.builder()
        .baseUrl(server.url("/").toString())
        .transport(transport)
        .requestTimeout(Duration.ofSeconds(5))
        .scheduler(scheduler)
        .retryPolicy(policy.random(() -> 0.5).build())
        .addInterceptor(counter)
        .build());
    return client;
  }

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
    if (transport != null) {
      transport.close();
    }
  }

  private static MockResponse json(int status, String body, String... headers) {
    MockResponse.Builder response = new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(body);
    for (int i = 0; i < headers.length; i += 2) {
      response.addHeader(headers[i], headers[i + 1]);
    }
    return response.build();
  }

  private static MockResponse status(int status, String... headers) {
    return json(status, "{}", headers);
  }

  /** The connection closes once the request is read, before any byte of an answer. */
  private static MockResponse dropped() {
    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build();
  }

  private static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  private RecordedRequest taken() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, SECONDS);
    assertThat(request).isNotNull();
    return request;
  }

  // ---- idempotent methods ----

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aGetHonoursRetryAfterInSecondsAndAsADateByTheServersClock(Transport kind) {
    // The server's clock is 20 years behind the test clock: a date is measured against its Date header.
    Instant serverNow = Instant.parse("2006-01-02T15:04:05Z");
    server.enqueue(status(503, "Retry-After", "2"));
    server.enqueue(status(429, "Date", httpDate(serverNow), "Retry-After", httpDate(serverNow.plusSeconds(3))));
    server.enqueue(json(200, "\"done\""));

    assertThat(client(kind).status("job-1")).isEqualTo("done");

    assertThat(scheduler.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3)).inOrder();
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(counter.attempts()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anAsyncGetWaitsOnTheSchedulerNeverBySleeping(Transport kind) throws Exception {
    server.enqueue(status(502));
    server.enqueue(status(504));
    server.enqueue(json(200, "\"done\""));

    assertThat(client(kind).statusAsync("job-1").get(10, SECONDS)).isEqualTo("done");

    assertThat(scheduler.delays()).containsExactly(FIRST_BACKOFF, SECOND_BACKOFF).inOrder();
    assertThat(scheduler.sleeps()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aPutAndADeleteAreRetriedAfterServerErrors(Transport kind) throws Exception {
    server.enqueue(status(500));
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(status(503));
    server.enqueue(new MockResponse.Builder().code(204).build());
    JobsApiClient jobs = client(kind);

    jobs.replace("job-1", "nightly");
    jobs.cancelAsync("job-1").get(10, SECONDS);

    RecordedRequest put = taken();
    RecordedRequest putAgain = taken();
    assertThat(putAgain.getMethod()).isEqualTo("PUT");
    assertThat(putAgain.getBody().utf8()).isEqualTo(put.getBody().utf8());
    assertThat(taken().getMethod()).isEqualTo("DELETE");
    assertThat(taken().getMethod()).isEqualTo("DELETE");
    assertThat(scheduler.waitsInAll()).isEqualTo(2);
  }

  // ---- POST: once, unless marked ----

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aPostIsNotRetriedOn503(Transport kind) {
    server.enqueue(status(503, "Retry-After", "1"));
    server.enqueue(status(503, "Retry-After", "1"));
    JobsApiClient jobs = client(kind);

    HttpStatusException blocking = assertThrows(HttpStatusException.class, () -> jobs.submit("nightly"));
    ExecutionException async =
        assertThrows(ExecutionException.class, () -> jobs.submitAsync("nightly").get(10, SECONDS));

    assertThat(blocking.status()).isEqualTo(503);
    assertThat(async).hasCauseThat().isInstanceOf(HttpStatusException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(scheduler.waitsInAll()).isEqualTo(0);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aPostIsNotRetriedAfterALostConnection(Transport kind) {
    server.enqueue(dropped());
    server.enqueue(json(201, "\"job-2\""));

    assertThrows(TransportException.class, () -> client(kind).submit("nightly"));

    assertThat(counter.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(scheduler.waitsInAll()).isEqualTo(0);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aRateLimitedPostIsRetriedBecauseTheServerRefusedItUnread(Transport kind) {
    server.enqueue(status(429, "Retry-After", "4"));
    server.enqueue(json(201, "\"job-2\""));

    assertThat(client(kind).submit("nightly")).isEqualTo("job-2");

    assertThat(scheduler.sleeps()).containsExactly(Duration.ofSeconds(4));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aPostMarkedIdempotentIsRetriedAfter503AndALostConnection(Transport kind) throws Exception {
    server.enqueue(status(503));
    server.enqueue(dropped());
    server.enqueue(json(200, "\"3 jobs\""));

    assertThat(client(kind).search("nightly", "{\"state\":\"done\"}")).isEqualTo("3 jobs");

    assertThat(scheduler.sleeps()).containsExactly(FIRST_BACKOFF, SECOND_BACKOFF).inOrder();
    for (int attempt = 1; attempt <= 3; attempt++) {
      RecordedRequest request = taken();
      assertThat(request.getMethod()).isEqualTo("POST");
      assertThat(request.getTarget()).isEqualTo("/jobs/search?q=nightly");
      assertThat(request.getBody().utf8()).isEqualTo("\"{\\\"state\\\":\\\"done\\\"}\"");
      assertThat(request.getHeaders().get("X-Attempt")).isEqualTo(Integer.toString(attempt));
    }
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anAsyncPostMarkedIdempotentIsRetriedWithoutHoldingAThread(Transport kind) throws Exception {
    server.enqueue(dropped());
    server.enqueue(status(503, "Retry-After", "3"));
    server.enqueue(json(200, "\"3 jobs\""));

    assertThat(client(kind).searchAsync("nightly", "{}").get(10, SECONDS)).isEqualTo("3 jobs");

    assertThat(scheduler.delays()).containsExactly(FIRST_BACKOFF, Duration.ofSeconds(3)).inOrder();
    assertThat(scheduler.sleeps()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  // ---- bounds ----

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aRetryAfterYearsAwayOrHugeIsNeverWaited(Transport kind) {
    server.enqueue(status(503, "Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT"));
    server.enqueue(status(503, "Retry-After", "99999999999999999999999999"));
    server.enqueue(status(429, "Retry-After", "86400"));
    JobsApiClient jobs = client(kind);

    for (int call = 0; call < 3; call++) {
      assertThrows(HttpStatusException.class, () -> jobs.status("job-1"));
    }

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(scheduler.waitsInAll()).isEqualTo(0);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aRetryAfterThatCannotBeReadFallsBackToTheBackoff(Transport kind) {
    server.enqueue(status(503, "Retry-After", "-30"));
    server.enqueue(status(503, "Retry-After", "soon"));
    server.enqueue(json(200, "\"done\""));

    assertThat(client(kind).status("job-1")).isEqualTo("done");

    assertThat(scheduler.sleeps()).containsExactly(FIRST_BACKOFF, SECOND_BACKOFF).inOrder();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void theRetryCountEndsTheRetriesWithTheLastAnswer(Transport kind) {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(503, "X-Answer", Integer.toString(i + 1)));
    }

    HttpStatusException thrown =
        assertThrows(HttpStatusException.class, () -> client(kind, StandardRetryPolicy.builder().maxRetries(2)).status("job-1"));

    assertThat(thrown.headers().first("X-Answer")).isEqualTo("3");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(scheduler.sleeps()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aWaitThatWouldEndAfterTheTimeBudgetIsNotStarted(Transport kind) {
    server.enqueue(status(503, "Retry-After", "40"));
    server.enqueue(status(503, "Retry-After", "40"));
    StandardRetryPolicy.Builder patient = StandardRetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(60));

    assertThrows(HttpStatusException.class, () -> client(kind, patient).status("job-1"));

    // 40 s fits in the 60 s budget; 40 s more would end at 80 s.
    assertThat(scheduler.sleeps()).containsExactly(Duration.ofSeconds(40));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  // ---- cancellation ----

  @ParameterizedTest
  @EnumSource(Transport.class)
  void cancellingAnAsyncCallDuringItsWaitCancelsTheWaitAndStopsTheRetries(Transport kind) throws Exception {
    scheduler = TestScheduler.holding();
    server.enqueue(status(503, "Retry-After", "5"));
    server.enqueue(json(200, "\"too late\""));

    CompletableFuture<String> call = client(kind).statusAsync("job-1");
    CompletableFuture<Void> wait = scheduler.awaitHeld();
    assertThat(call.cancel(true)).isTrue();

    // The wait is cancelled by the cancel, or, if the transport's thread had not yet handed it to the call, as
    // soon as it does.
    assertThrows(CancellationException.class, () -> wait.get(5, SECONDS));
    assertThrows(CancellationException.class, call::join);
    assertThat(counter.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void cancellingAnAsyncCallDuringAnAttemptStartsNoRetry(Transport kind) throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    server.enqueue(json(200, "\"too late\""));

    CompletableFuture<String> call = client(kind).searchAsync("nightly", "{}");
    taken();
    assertThat(call.cancel(true)).isTrue();

    assertThrows(CancellationException.class, call::join);
    assertThat(counter.attempts()).isEqualTo(1);
    assertThat(scheduler.waitsInAll()).isEqualTo(0);
  }
}
