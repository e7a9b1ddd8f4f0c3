package io.typedclient.opentelemetry;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.opentelemetry.SemanticConventions.ERROR_TYPE;
import static io.typedclient.opentelemetry.SemanticConventions.HTTP_REQUEST_METHOD;
import static io.typedclient.opentelemetry.SemanticConventions.HTTP_REQUEST_METHOD_ORIGINAL;
import static io.typedclient.opentelemetry.SemanticConventions.HTTP_REQUEST_RESEND_COUNT;
import static io.typedclient.opentelemetry.SemanticConventions.HTTP_RESPONSE_STATUS_CODE;
import static io.typedclient.opentelemetry.SemanticConventions.SERVER_ADDRESS;
import static io.typedclient.opentelemetry.SemanticConventions.SERVER_PORT;
import static io.typedclient.opentelemetry.SemanticConventions.URL_FULL;
import static io.typedclient.opentelemetry.SemanticConventions.URL_TEMPLATE;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.typedclient.runtime.CallListener;
import io.typedclient.runtime.CallObserver;
import io.typedclient.runtime.ClientConfig;
import io.typedclient.runtime.ClientRuntime;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.ObservedRequest;
import io.typedclient.runtime.StandardRetryPolicy;
import io.typedclient.runtime.TransportException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The spans, trace context and metric a call gives, for any client on the runtime, checked with the SDK's
 * in-memory exporters and a real HTTP server that records the headers each attempt carried.
 */
@Timeout(value = 30, unit = SECONDS)
class OpenTelemetryObserverTest {
  private static final String ITEM_ID = "item-secret-42";

  @StartStop final MockWebServer server = new MockWebServer();
  private final Telemetry telemetry = new Telemetry();

  @AfterEach
  void tearDown() {
    telemetry.close();
  }

  /** Retries at once (a millisecond or two), on the system scheduler's timer for asynchronous calls. */
  private static final StandardRetryPolicy QUICK_RETRIES = StandardRetryPolicy.builder()
      .minDelay(Duration.ofMillis(1))
      .initialBackoff(Duration.ofMillis(1))
      .maxBackoff(Duration.ofMillis(2))
      .build();

  private ClientRuntime runtime(CallObserver... observers) {
    ClientConfig.Builder config = ClientConfig.builder()
        .baseUrl(server.url("/").toString())
        .retryPolicy(QUICK_RETRIES)
        .requestTimeout(Duration.ofSeconds(5));
    for (CallObserver observer : observers) {
      config.addObserver(observer);
    }
    return new ClientRuntime(config.build());
  }

  private static HttpRequest getItem(ClientRuntime runtime) {
    return runtime.request("GET", "/items/{id}", "ItemsApi", "get")
        .appendPath("/items/")
        .appendPathSegment("id", ITEM_ID)
        .query("secret", "query-secret")
        .header("X-Api-Key", "header-secret")
        .build();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{\"id\":\"x\"}").build();
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, SECONDS);
    assertThat(request).isNotNull();
    return request;
  }

  private static String traceparent(SpanData span) {
    return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getSpanContext().getTraceFlags().asHex();
  }

  @Test
  @SuppressWarnings("try") // the scope makes a context current; the body never names it
  void eachAttemptIsAClientSpanWithTheHttpConventionsAndSendsItsOwnTraceparent() throws Exception {
    server.enqueue(status(503));
    server.enqueue(status(200));
    Span caller = telemetry.sdk.getTracer("test").spanBuilder("caller").startSpan();
    try (ClientRuntime runtime = runtime(OpenTelemetryObserver.create(telemetry.sdk));
        Scope scope = caller.makeCurrent()) {
      assertThat(runtime.send(getItem(runtime)).status()).isEqualTo(200);
    } finally {
      caller.end();
    }

    List<SpanData> attempts = telemetry.clientSpans();
    assertThat(attempts).hasSize(2);
    SpanData first = attempts.get(0);
    SpanData retry = attempts.get(1);
    String host = server.getHostName();
    for (SpanData attempt : attempts) {
      assertThat(attempt.getName()).isEqualTo("GET /items/{id}");
      assertThat(attempt.getParentSpanId()).isEqualTo(caller.getSpanContext().getSpanId());
      assertThat(attempt.getTraceId()).isEqualTo(caller.getSpanContext().getTraceId());
      assertThat(attempt.getInstrumentationScopeInfo().getName()).isEqualTo("io.typedclient.opentelemetry");
      Attributes attributes = attempt.getAttributes();
      assertThat(attributes.get(HTTP_REQUEST_METHOD)).isEqualTo("GET");
      assertThat(attributes.get(URL_TEMPLATE)).isEqualTo("/items/{id}");
      assertThat(attributes.get(SERVER_ADDRESS)).isEqualTo(host);
      assertThat(attributes.get(SERVER_PORT)).isEqualTo((long) server.getPort());
      assertThat(attributes.get(URL_FULL)).isEqualTo("http://" + host + ":" + server.getPort() + "/items/REDACTED");
    }
    assertThat(first.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(503);
    assertThat(first.getAttributes().get(ERROR_TYPE)).isEqualTo("503");
    assertThat(first.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(first.getAttributes().get(HTTP_REQUEST_RESEND_COUNT)).isNull();
    assertThat(retry.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(200);
    assertThat(retry.getAttributes().get(ERROR_TYPE)).isNull();
    assertThat(retry.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(retry.getAttributes().get(HTTP_REQUEST_RESEND_COUNT)).isEqualTo(1);

    // Each attempt told the server its own span, so the server's spans hang under the right attempt.
    assertThat(take().getHeaders().get("traceparent")).isEqualTo(traceparent(first));
    assertThat(take().getHeaders().get("traceparent")).isEqualTo(traceparent(retry));

    for (String value : telemetry.everyRecordedValue()) {
      assertThat(value).doesNotContain(ITEM_ID);
      assertThat(value).doesNotContain("query-secret");
      assertThat(value).doesNotContain("header-secret");
    }
  }

  @Test
  @SuppressWarnings("try") // the scope makes a context current; the body never names it
  void anAsyncCallsRetryOnAnotherThreadStaysUnderTheSpanThatMadeTheCall() throws Exception {
    server.enqueue(status(503));
    server.enqueue(status(200));
    Span caller = telemetry.sdk.getTracer("test").spanBuilder("caller").startSpan();
    CompletableFuture<HttpResponse> call;
    try (ClientRuntime runtime = runtime(OpenTelemetryObserver.create(telemetry.sdk))) {
      try (Scope scope = caller.makeCurrent()) {
        call = runtime.sendAsync(getItem(runtime));
      }
      caller.end();
      // The retry starts on the scheduler's timer thread, where no context is current.
      assertThat(call.get(10, SECONDS).status()).isEqualTo(200);
    }

    List<SpanData> attempts = telemetry.clientSpans();
    assertThat(attempts).hasSize(2);
    for (SpanData attempt : attempts) {
      assertThat(attempt.getParentSpanId()).isEqualTo(caller.getSpanContext().getSpanId());
    }
    assertThat(attempts.get(1).getAttributes().get(HTTP_REQUEST_RESEND_COUNT)).isEqualTo(1);
    assertThat(take().getHeaders().get("traceparent")).isEqualTo(traceparent(attempts.get(0)));
    assertThat(take().getHeaders().get("traceparent")).isEqualTo(traceparent(attempts.get(1)));
  }

  @Test
  void theDurationMetricIsAHistogramInSecondsWithTheConventionsAttributesAndBuckets() throws Exception {
    server.enqueue(status(503));
    server.enqueue(status(200));
    try (ClientRuntime runtime = runtime(OpenTelemetryObserver.create(telemetry.sdk))) {
      runtime.send(getItem(runtime));
    }

    MetricData duration = telemetry.metric("http.client.request.duration");
    assertThat(duration.getUnit()).isEqualTo("s");
    assertThat(duration.getInstrumentationScopeInfo().getName()).isEqualTo("io.typedclient.opentelemetry");
    List<Attributes> points = new ArrayList<>();
    for (HistogramPointData point : duration.getHistogramData().getPoints()) {
      assertThat(point.getCount()).isEqualTo(1);
      assertThat(point.getSum()).isAtLeast(0.0);
      assertThat(point.getSum()).isLessThan(10.0);
      assertThat(point.getBoundaries()).isEqualTo(SemanticConventions.REQUEST_DURATION_BUCKETS);
      points.add(point.getAttributes());
    }
    Attributes common = Attributes.builder()
        .put(HTTP_REQUEST_METHOD, "GET")
        .put(SERVER_ADDRESS, server.getHostName())
        .put(SERVER_PORT, server.getPort())
        .put(URL_TEMPLATE, "/items/{id}")
        .build();
    assertThat(points).containsExactly(
        common.toBuilder().put(HTTP_RESPONSE_STATUS_CODE, 503).put(ERROR_TYPE, "503").build(),
        common.toBuilder().put(HTTP_RESPONSE_STATUS_CODE, 200).build());
  }

  @Test
  void aFailureBelowHttpRecordsItsTypeAndNoStatus() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    ClientConfig config = ClientConfig.builder()
        .baseUrl("http://127.0.0.1:" + closedPort)
        .addObserver(OpenTelemetryObserver.create(telemetry.sdk))
        .build();
    TransportException failure;
    try (ClientRuntime runtime = new ClientRuntime(config)) {
      failure = assertThrows(TransportException.class,
          () -> runtime.send(runtime.request("POST", "/items", "ItemsApi", "create").appendPath("/items").build()));
    }

    SpanData attempt = telemetry.clientSpans().get(0);
    assertThat(attempt.getName()).isEqualTo("POST /items");
    assertThat(attempt.getAttributes().get(ERROR_TYPE)).isEqualTo(failure.getClass().getName());
    assertThat(attempt.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isNull();
    assertThat(attempt.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    HistogramPointData point =
        telemetry.metric("http.client.request.duration").getHistogramData().getPoints().iterator().next();
    assertThat(point.getAttributes().get(ERROR_TYPE)).isEqualTo(failure.getClass().getName());
    assertThat(point.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isNull();
  }

  @Test
  void aMethodTheConventionsDoNotKnowIsOtherAndTheSpanIsNamedHttp() {
    server.enqueue(status(200));
    try (ClientRuntime runtime = runtime(OpenTelemetryObserver.create(telemetry.sdk))) {
      runtime.send(runtime.request("PURGE", "/cache", "CacheApi", "purge").appendPath("/cache").build());
    }

    SpanData attempt = telemetry.clientSpans().get(0);
    assertThat(attempt.getName()).isEqualTo("HTTP /cache");
    assertThat(attempt.getAttributes().get(HTTP_REQUEST_METHOD)).isEqualTo("_OTHER");
    assertThat(attempt.getAttributes().get(HTTP_REQUEST_METHOD_ORIGINAL)).isEqualTo("PURGE");
  }

  @Test
  void withTheApisNoopACallIsNotObservedAtAllAndSendsNoTraceContext() throws Exception {
    List<ObservedRequest> seen = new ArrayList<>();
    OpenTelemetryObserver noop = OpenTelemetryObserver.create(OpenTelemetry.noop());
    server.enqueue(status(200));
    try (ClientRuntime runtime = runtime(request -> {
      seen.add(request);
      return CallListener.none();
    }, noop)) {
      assertThat(runtime.send(getItem(runtime)).status()).isEqualTo(200);
    }

    assertThat(noop.callStarted(seen.get(0))).isSameInstanceAs(CallListener.none());
    assertThat(take().getHeaders().get("traceparent")).isNull();
  }

  @Test
  @SuppressWarnings("try") // the scope makes a context current; the body never names it
  void propagationAloneForwardsTheCallersTraceContext() throws Exception {
    SpanContext incoming = SpanContext.createFromRemoteParent(
        "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", TraceFlags.getSampled(), TraceState.getDefault());
    OpenTelemetry propagating =
        OpenTelemetry.propagating(ContextPropagators.create(W3CTraceContextPropagator.getInstance()));
    server.enqueue(status(200));
    try (ClientRuntime runtime = runtime(OpenTelemetryObserver.create(propagating));
        Scope scope = Context.root().with(Span.wrap(incoming)).makeCurrent()) {
      runtime.send(getItem(runtime));
    }

    assertThat(take().getHeaders().get("traceparent")).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
  }

  @Test
  void theAttributeNamesAreTheStableConventionsOnes() {
    List<AttributeKey<?>> keys = List.of(HTTP_REQUEST_METHOD, HTTP_REQUEST_METHOD_ORIGINAL, HTTP_RESPONSE_STATUS_CODE,
        HTTP_REQUEST_RESEND_COUNT, SERVER_ADDRESS, SERVER_PORT, URL_FULL, URL_TEMPLATE, ERROR_TYPE);
    List<String> names = new ArrayList<>();
    for (AttributeKey<?> key : keys) {
      names.add(key.getKey() + ":" + key.getType());
    }
    assertThat(names).containsExactly("http.request.method:STRING", "http.request.method_original:STRING",
        "http.response.status_code:LONG", "http.request.resend_count:LONG", "server.address:STRING",
        "server.port:LONG", "url.full:STRING", "url.template:STRING", "error.type:STRING").inOrder();
    assertThat(SemanticConventions.address("[::1]")).isEqualTo("::1");
    assertThat(SemanticConventions.errorType(404, null)).isEqualTo("404");
    assertThat(SemanticConventions.errorType(302, null)).isNull();
  }
}
