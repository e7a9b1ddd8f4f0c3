package io.typedclient.opentelemetry;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.opentelemetry.SemanticConventions.HTTP_REQUEST_RESEND_COUNT;
import static io.typedclient.opentelemetry.SemanticConventions.HTTP_RESPONSE_STATUS_CODE;
import static io.typedclient.opentelemetry.SemanticConventions.URL_FULL;
import static io.typedclient.opentelemetry.SemanticConventions.URL_TEMPLATE;
import static java.util.concurrent.TimeUnit.SECONDS;

import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.typedclient.okta.CreateSessionRequest;
import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeUser;
import io.typedclient.runtime.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Okta client with the observer, against FakeOkta: a span per attempt with the operation's template (never the
 * session id), the retry's resend count, and Okta's rate-limit state as gauges.
 */
@Timeout(value = 30, unit = SECONDS)
class OktaTelemetryTest {
  private final Telemetry telemetry = new Telemetry();
  private FakeOkta okta;

  /** Retries without waiting: the spans, not the waits, are under test here. */
  private static final class NoWaiting implements Scheduler {
    @Override
    public Instant now() {
      return Instant.now();
    }

    @Override
    public void sleep(Duration duration) {}

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
      return CompletableFuture.completedFuture(null);
    }
  }

  @AfterEach
  void tearDown() {
    telemetry.close();
    if (okta != null) {
      okta.close();
    }
  }

  @Test
  void oktaCallsGiveSpansPerAttemptAndTheRateLimitGauges() {
    okta = FakeOkta.builder().rateLimit(10, Duration.ofMinutes(1)).start();
    FakeUser ada = okta.addUser("00u1ada", "ada@example.com", "Ada Lovelace");
    String id;
    try (SessionApiClient sessions = OktaSessions.builder()
        .orgUrl(okta.orgUrl())
        .apiToken(okta.apiToken())
        .scheduler(new NoWaiting())
        .addObserver(OpenTelemetryObserver.create(telemetry.sdk))
        .build()) {
      id = sessions.createSession(CreateSessionRequest.of(okta.issueSessionToken(ada))).id();
      okta.faults().next(1).respond(503);
      sessions.getSession(id);
    }

    List<SpanData> attempts = telemetry.clientSpans();
    assertThat(attempts.stream().map(SpanData::getName).collect(Collectors.toList()))
        .containsExactly("POST /api/v1/sessions", "GET /api/v1/sessions/{sessionId}",
            "GET /api/v1/sessions/{sessionId}")
        .inOrder();
    assertThat(attempts.get(1).getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(503);
    assertThat(attempts.get(2).getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(200);
    assertThat(attempts.get(2).getAttributes().get(HTTP_REQUEST_RESEND_COUNT)).isEqualTo(1);
    assertThat(attempts.get(2).getAttributes().get(URL_TEMPLATE)).isEqualTo("/api/v1/sessions/{sessionId}");
    assertThat(attempts.get(2).getAttributes().get(URL_FULL)).endsWith("/api/v1/sessions/REDACTED");
    for (String value : telemetry.everyRecordedValue()) {
      assertThat(value).doesNotContain(id);
      assertThat(value).doesNotContain(okta.apiToken());
    }

    MetricData remaining = telemetry.metric("typedclient.client.rate_limit.remaining");
    MetricData limit = telemetry.metric("typedclient.client.rate_limit.limit");
    assertThat(remaining.getUnit()).isEqualTo("{request}");
    LongPointData lastGet = remaining.getLongGaugeData().getPoints().stream()
        .filter(point -> "/api/v1/sessions/{sessionId}".equals(point.getAttributes().get(URL_TEMPLATE)))
        .findFirst()
        .orElseThrow();
    // Two requests spent the org's window of 10: the create and the retry (FakeOkta's injected 503 answers
    // before its rate limiter counts).
    assertThat(lastGet.getValue()).isEqualTo(8);
    assertThat(limit.getLongGaugeData().getPoints().iterator().next().getValue()).isEqualTo(10);
  }
}
