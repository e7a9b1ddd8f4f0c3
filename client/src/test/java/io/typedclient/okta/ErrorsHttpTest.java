package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.OktaHttp.SESSION_ID;
import static io.typedclient.okta.OktaHttp.T0;
import static io.typedclient.okta.OktaHttp.example;

import java.time.Instant;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Okta's error responses, and bodies that are not Okta's, over real HTTP, for every operation and form. */
@Timeout(30)
class ErrorsHttpTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private SessionApiClient sessions;

  @BeforeEach
  void setUp() {
    // No retries: these tests are about what one error response becomes.
    sessions = OktaHttp.clientFor(server, FakeScheduler.autoAdvancing(T0)).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    sessions.close();
  }

  static Stream<Arguments> examplesAndForms() {
    Stream.Builder<Arguments> all = Stream.builder();
    String[][] examples = {
      {"error-400-api-validation-failed-E0000001.json", "400", "E0000001"},
      {"error-401-invalid-token-E0000011.json", "401", "E0000011"},
      {"error-403-access-denied-E0000006.json", "403", "E0000006"},
      {"error-404-resource-not-found-E0000007.json", "404", "E0000007"},
      {"error-429-too-many-requests-E0000047.json", "429", "E0000047"},
    };
    for (String[] example : examples) {
      for (Form form : Form.values()) {
        all.add(Arguments.of(example[0], Integer.parseInt(example[1]), example[2], form));
      }
    }
    return all.build();
  }

  @ParameterizedTest
  @MethodSource("examplesAndForms")
  void everyErrorExampleBecomesAnOktaApiException(String file, int status, String code, Form form) {
    long reset = T0.getEpochSecond() + 60;
    server.enqueue(example(status, file,
        "X-Okta-Request-Id", "XkFz-request-id",
        "X-Rate-Limit-Limit", "600", "X-Rate-Limit-Remaining", "0", "X-Rate-Limit-Reset", Long.toString(reset)));

    OktaApiException e = form.failure(OktaApiException.class,
        SessionApiHttpTest.operation(sessions, "getSession", SESSION_ID));

    assertThat(e.status()).isEqualTo(status);
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(e.errorLink()).isEqualTo(code);
    assertThat(e.errorId()).startsWith("sample");
    assertThat(e.errorSummary()).isNotEmpty();
    assertThat(e.errorCauses()).isEmpty();
    assertThat(e.requestId()).isEqualTo("XkFz-request-id");
    assertThat(e.rateLimit().limit().getAsLong()).isEqualTo(600);
    assertThat(e.rateLimit().remaining().getAsLong()).isEqualTo(0);
    assertThat(e.rateLimit().resetAt()).hasValue(Instant.ofEpochSecond(reset));
    assertThat(e.isNotFound()).isEqualTo(status == 404);
    assertThat(e.isInvalidToken()).isEqualTo(status == 401);
    assertThat(e.isRateLimited()).isEqualTo(status == 429);
    assertThat(e).hasMessageThat()
        .startsWith("HTTP " + status + " for GET " + server.url("/").toString().replaceAll("/$", "")
            + "/api/v1/sessions/{sessionId} (SessionApi.getSession");
    assertThat(e).hasMessageThat().doesNotContain(SESSION_ID);
  }

  static Stream<Arguments> operationsAndForms() {
    Stream.Builder<Arguments> all = Stream.builder();
    for (String operation : SessionApiHttpTest.operations()) {
      for (Form form : Form.values()) {
        all.add(Arguments.of(operation, form));
      }
    }
    return all.build();
  }

  @ParameterizedTest
  @MethodSource("operationsAndForms")
  void everyOperationReportsNotFound(String operation, Form form) {
    server.enqueue(example(404, "error-404-resource-not-found-E0000007.json", "X-Okta-Request-Id", "r404"));

    OktaApiException e = form.failure(OktaApiException.class,
        SessionApiHttpTest.operation(sessions, operation, SESSION_ID));

    assertThat(e.isNotFound()).isTrue();
    assertThat(e.requestId()).isEqualTo("r404");
    assertThat(e).hasMessageThat().contains("SessionApi." + operation);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void htmlErrorPageFromAProxyGivesStatusAndExcerpt(Form form) {
    server.enqueue(new MockResponse.Builder()
        .code(502)
        .addHeader("Content-Type", "text/html; charset=utf-8")
        .body("<html><body><h1>502 Bad Gateway</h1><p>nginx</p>" + "<!-- pad -->".repeat(2000) + "</body></html>")
        .build());

    OktaApiException e = form.failure(OktaApiException.class,
        SessionApiHttpTest.operation(sessions, "getSession", SESSION_ID));

    assertThat(e.status()).isEqualTo(502);
    assertThat(e.errorCode()).isNull();
    assertThat(e.bodyExcerpt()).contains("502 Bad Gateway");
    assertThat(e.bodyExcerpt().length()).isAtMost(io.typedclient.runtime.HttpStatusException.MAX_EXCERPT_CHARS + 1);
    assertThat(e).hasMessageThat().contains("text/html");
    assertThat(e.getMessage().length()).isLessThan(600);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void emptyErrorBodyGivesStatus(Form form) {
    server.enqueue(new MockResponse.Builder().code(404).build());

    OktaApiException e = form.failure(OktaApiException.class,
        SessionApiHttpTest.operation(sessions, "getSession", SESSION_ID));

    assertThat(e.status()).isEqualTo(404);
    assertThat(e.isNotFound()).isTrue();
    assertThat(e).hasMessageThat().contains("empty body");
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void oktaSummaryThatRepeatsTheSessionIdIsMaskedInTheMessage(Form form) {
    server.enqueue(OktaHttp.json(404, "{\"errorCode\":\"E0000007\",\"errorSummary\":\"Not found: Resource not found: "
        + SESSION_ID + " (Session)\",\"errorLink\":\"E0000007\",\"errorId\":\"oae1\",\"errorCauses\":[]}"));

    OktaApiException e = form.failure(OktaApiException.class,
        SessionApiHttpTest.operation(sessions, "getSession", SESSION_ID));

    assertThat(e.getMessage()).doesNotContain(SESSION_ID);
    assertThat(e.getMessage()).contains("Not found: Resource not found: ██ (Session)");
  }
}
