package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.OktaHttp.API_TOKEN;
import static io.typedclient.okta.OktaHttp.T0;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.ApiResponse;
import io.typedclient.runtime.TypedClientException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The API token, session ids, session tokens and cookies never reach logs, exception messages, stack traces or
 * {@code toString}, through a run of calls that succeed, fail, retry and are rate-limited.
 */
@Timeout(30)
class SecretsHttpTest {
  private static final String SESSION_ID = "102SecretSessionIdValue77";
  private static final String SESSION_TOKEN = "20111SecretSessionTokenValue";
  private static final String COOKIE_VALUE = "SecretCookieValue9090";
  /** The sid cookie's value is the session id. */
  private static final String COOKIE = "sid=" + SESSION_ID + "; DT=" + COOKIE_VALUE;

  @StartStop final MockWebServer server = new MockWebServer();
  /** Held so the configured loggers are not collected while the test runs. */
  private final List<Logger> loggers = new ArrayList<>();
  private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
  private final List<String> printed = new ArrayList<>();
  private final Handler capture = new Handler() {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      logged.add(formatter.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private final List<Level> levels = new ArrayList<>();

  @BeforeEach
  void captureLogs() {
    for (String name : List.of("io.typedclient", "io.typedclient.okta")) {
      Logger logger = Logger.getLogger(name);
      loggers.add(logger);
      levels.add(logger.getLevel());
      logger.setLevel(Level.ALL);
    }
    // On the parent only: the client's records reach it from io.typedclient.okta too.
    loggers.get(0).addHandler(capture);
  }

  @AfterEach
  void restoreLogs() {
    loggers.get(0).removeHandler(capture);
    for (int i = 0; i < loggers.size(); i++) {
      loggers.get(i).setLevel(levels.get(i));
    }
  }

  private void print(Object value) {
    printed.add(String.valueOf(value));
    if (value instanceof Throwable) {
      StringWriter trace = new StringWriter();
      ((Throwable) value).printStackTrace(new PrintWriter(trace));
      printed.add(trace.toString());
    }
  }

  private static String summaryEchoing(String value) {
    return "{\"errorCode\":\"E0000007\",\"errorSummary\":\"Not found: Resource not found: " + value
        + " (Session)\",\"errorLink\":\"E0000007\",\"errorId\":\"oae\",\"errorCauses\":[{\"errorSummary\":\"" + value
        + "\"}]}";
  }

  @Test
  void secretsAppearNowhereAPersonOrALogCouldSeeThem() throws Exception {
    FakeScheduler scheduler = FakeScheduler.autoAdvancing(T0);
    String session = "{\"id\":\"" + SESSION_ID + "\",\"login\":\"a@example.com\",\"_links\":{\"self\":{\"href\":"
        + "\"https://x/api/v1/sessions/" + SESSION_ID + "\"}}}";
    server.enqueue(OktaHttp.status(429, "X-Rate-Limit-Reset", Long.toString(T0.getEpochSecond() + 1)));
    server.enqueue(OktaHttp.json(200, session));
    server.enqueue(OktaHttp.json(400, summaryEchoing(SESSION_TOKEN)));
    server.enqueue(OktaHttp.status(503));
    server.enqueue(OktaHttp.json(404, summaryEchoing(SESSION_ID)));
    server.enqueue(OktaHttp.json(200, session));
    server.enqueue(OktaHttp.json(404, summaryEchoing(SESSION_ID)));
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build());
    server.enqueue(new MockResponse.Builder()
        .code(502).addHeader("Content-Type", "text/html")
        .body("<html>upstream failed for /api/v1/sessions/" + SESSION_ID + "</html>").build());

    try (SessionApiClient sessions = OktaHttp.clientFor(server, scheduler).maxRetries(1).build()) {
      print(sessions);
      ApiResponse<Session> created = sessions.createSessionWithResponse(CreateSessionRequest.of(SESSION_TOKEN));
      print(created);
      print(created.body());
      print(created.body().links());
      print(created.request());
      print(created.request().headers());
      print(CreateSessionRequest.of(SESSION_TOKEN));
      print(assertThrows(OktaApiException.class, () -> sessions.createSession(CreateSessionRequest.of(SESSION_TOKEN))));
      print(assertThrows(OktaApiException.class, () -> sessions.getSession(SESSION_ID)));
      print(sessions.getCurrentSessionWithResponse(COOKIE));
      ExecutionException async = assertThrows(ExecutionException.class,
          () -> sessions.refreshCurrentSessionAsync(COOKIE).get(10, TimeUnit.SECONDS));
      print(async.getCause());
      print(assertThrows(TypedClientException.class, () -> sessions.endSession(SESSION_ID)));
    }

    assertThat(server.getRequestCount()).isEqualTo(9);
    // The capture works: retries and calls were logged.
    assertThat(String.join("\n", logged)).contains("retry 1");
    assertThat(String.join("\n", logged)).contains("/api/v1/sessions/{sessionId}");
    List<String> everything = new ArrayList<>(logged);
    everything.addAll(printed);
    for (String text : everything) {
      assertThat(text).doesNotContain(API_TOKEN);
      assertThat(text).doesNotContain(SESSION_ID);
      assertThat(text).doesNotContain(SESSION_TOKEN);
      assertThat(text).doesNotContain(COOKIE_VALUE);
    }
  }
}
