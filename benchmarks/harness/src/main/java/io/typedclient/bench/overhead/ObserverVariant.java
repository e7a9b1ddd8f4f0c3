package io.typedclient.bench.overhead;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.typedclient.okta.OktaSessions;
import io.typedclient.opentelemetry.OpenTelemetryObserver;
import io.typedclient.runtime.CallListener;
import io.typedclient.runtime.CallObserver;

/**
 * The observers {@link CallOverheadBenchmark} compares: {@code noop-observer} (a listener that ignores every event:
 * the SPI's own cost), {@code otel-api-noop} ({@code typedclient-opentelemetry} on {@link OpenTelemetry#noop()}, as
 * an application without an SDK runs it) and {@code otel-sdk} (on an SDK that samples and records every span and
 * propagates W3C trace context, with no exporter and no metric reader: the cost up to the export).
 */
final class ObserverVariant {
  private ObserverVariant() {}

  /** Adds the observer named {@code name} to {@code builder}; returns what to close after the run. */
  static AutoCloseable addTo(OktaSessions.Builder builder, String name) {
    switch (name) {
      case "noop-observer":
        builder.addObserver(new IgnoringObserver());
        return () -> {};
      case "otel-api-noop":
        builder.addObserver(OpenTelemetryObserver.create(OpenTelemetry.noop()));
        return () -> {};
      case "otel-sdk":
        OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().build())
            .setMeterProvider(SdkMeterProvider.builder().build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
        builder.addObserver(OpenTelemetryObserver.create(sdk));
        return sdk;
      default:
        throw new IllegalArgumentException("unknown observer variant " + name);
    }
  }

  /** Wants every call and does nothing with its events. */
  private static final class IgnoringObserver implements CallObserver {
    @Override
    public CallListener callStarted(io.typedclient.runtime.ObservedRequest request) {
      return new CallListener() {};
    }
  }
}
