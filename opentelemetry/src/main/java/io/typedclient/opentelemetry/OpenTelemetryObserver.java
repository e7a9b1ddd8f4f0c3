package io.typedclient.opentelemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongGauge;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.typedclient.runtime.CallListener;
import io.typedclient.runtime.CallObserver;
import io.typedclient.runtime.ObservedRequest;
import java.util.Objects;

/**
 * Records the calls of a typedclient client with OpenTelemetry, following the stable HTTP semantic conventions:
 *
 * <pre>
 * SessionApiClient sessions = OktaSessions.builder()
 *     .orgUrl(...)
 *     .apiToken(...)
 *     .addObserver(OpenTelemetryObserver.create(openTelemetry))
 *     .build();
 * // or, for any @HttpApi client: ClientConfig.builder()...addObserver(OpenTelemetryObserver.create(openTelemetry))
 * </pre>
 *
 * <ul>
 *   <li><b>A client span per attempt</b> (kind {@code CLIENT}), a child of the span that was current when the
 *       call was made (also for an asynchronous call's retries, which run on other threads), named
 *       {@code GET /api/v1/sessions/{sessionId}}: {@code http.request.method} ({@code _OTHER} with
 *       {@code http.request.method_original} for a method the conventions do not know), {@code url.template},
 *       {@code server.address}, {@code server.port}, {@code url.full}, {@code http.response.status_code},
 *       {@code error.type} (the status of a 4xx or 5xx, or the failure's class name, such as
 *       {@code io.typedclient.runtime.TransportException}; the span's status is then {@code ERROR}), and
 *       {@code http.request.resend_count} on every attempt after the first of the same request. The span starts
 *       as the attempt is handed to the transport and ends once its whole body has been read. No span wraps the
 *       attempts of one call, as the conventions ask of instrumentation that sees each attempt.
 *   <li><b>Trace context on each attempt</b>: the attempt's span is injected into its headers by the
 *       {@link OpenTelemetry#getPropagators() propagators} of {@code openTelemetry}; configured with
 *       {@code W3CTraceContextPropagator} (as the SDK's autoconfiguration is by default), every attempt carries
 *       its own {@code traceparent}.
 *   <li><b>{@code http.client.request.duration}</b>: a histogram in seconds, per attempt, with the conventions'
 *       bucket boundaries and attributes: {@code http.request.method}, {@code server.address},
 *       {@code server.port}, {@code http.response.status_code}, {@code error.type}, and {@code url.template}
 *       (opt-in in the conventions; recorded here because a client's templates are its interface methods, few
 *       and known, and they are what the operator asks about).
 *   <li><b>The API's rate limit</b>, where the client reads it (the Okta client does): the gauges
 *       {@value SemanticConventions#RATE_LIMIT_REMAINING} and {@value SemanticConventions#RATE_LIMIT_LIMIT}
 *       ({@code {request}}, with {@code server.address}, {@code server.port} and {@code url.template}), set after
 *       every response that reports them, so that an alert can fire before the API answers 429.
 * </ul>
 *
 * <p><b>Never recorded:</b> the filled path, the query, header values and bodies. {@code url.full}, which the
 * conventions require, is the URL with {@code REDACTED} in place of every path value and without the query
 * ({@link ObservedRequest#redactedUrl()}): a session id in a path is as good as the session's cookie.
 *
 * <p><b>Cost.</b> With the API's no-op ({@link OpenTelemetry#noop()}), or any tracer and histogram that are not
 * enabled and no propagator, a call returns {@link CallListener#none()} at its start and nothing else is done.
 * A client without this observer pays nothing at all: typedclient's runtime never refers to OpenTelemetry.
 * Measured in benchmarks/FINDINGS.md.
 *
 * <p>Thread-safe; one instance serves any number of clients.
 */
public final class OpenTelemetryObserver implements CallObserver {
  /** The instrumentation scope of the spans and metrics. */
  public static final String INSTRUMENTATION_NAME = "io.typedclient.opentelemetry";

  private final Tracer tracer;
  private final DoubleHistogram duration;
  private final LongGauge rateLimitRemaining;
  private final LongGauge rateLimitLimit;
  private final TextMapPropagator propagator;

  private OpenTelemetryObserver(OpenTelemetry openTelemetry) {
    this.tracer = openTelemetry.getTracer(INSTRUMENTATION_NAME);
    Meter meter = openTelemetry.getMeter(INSTRUMENTATION_NAME);
    this.duration = meter.histogramBuilder(SemanticConventions.REQUEST_DURATION)
        .setUnit("s")
        .setDescription("Duration of HTTP client requests.")
        .setExplicitBucketBoundariesAdvice(SemanticConventions.REQUEST_DURATION_BUCKETS)
        .build();
    this.rateLimitRemaining = meter.gaugeBuilder(SemanticConventions.RATE_LIMIT_REMAINING)
        .ofLongs()
        .setUnit("{request}")
        .setDescription("Requests the API still allows in its current rate-limit window, as its last response said.")
        .build();
    this.rateLimitLimit = meter.gaugeBuilder(SemanticConventions.RATE_LIMIT_LIMIT)
        .ofLongs()
        .setUnit("{request}")
        .setDescription("Requests the API allows in a rate-limit window, as its last response said.")
        .build();
    this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
  }

  /** An observer recording to {@code openTelemetry}'s tracer, meter and propagators. */
  public static OpenTelemetryObserver create(OpenTelemetry openTelemetry) {
    return new OpenTelemetryObserver(Objects.requireNonNull(openTelemetry, "openTelemetry"));
  }

  /** Starts the call's telemetry, under the context current on the calling thread. */
  @Override
  public CallListener callStarted(ObservedRequest request) {
    if (!tracer.isEnabled() && !duration.isEnabled() && !rateLimitRemaining.isEnabled()
        && propagator.fields().isEmpty()) {
      return CallListener.none();
    }
    return new CallTelemetry(this, Context.current());
  }

  Tracer tracer() {
    return tracer;
  }

  DoubleHistogram duration() {
    return duration;
  }

  LongGauge rateLimitRemaining() {
    return rateLimitRemaining;
  }

  LongGauge rateLimitLimit() {
    return rateLimitLimit;
  }

  TextMapPropagator propagator() {
    return propagator;
  }

  @Override
  public String toString() {
    return "OpenTelemetryObserver{" + INSTRUMENTATION_NAME + "}";
  }
}
