package io.typedclient.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An OpenTelemetry SDK that keeps what it records in memory (the SDK's testing exporters), with W3C trace-context
 * propagation, as an application configures it.
 */
final class Telemetry implements AutoCloseable {
  final InMemorySpanExporter spans = InMemorySpanExporter.create();
  final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
      .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
      .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
      .build();

  /** The finished client spans, in the order they ended. */
  List<SpanData> clientSpans() {
    return spans.getFinishedSpanItems().stream()
        .filter(span -> span.getKind() == SpanKind.CLIENT)
        .collect(Collectors.toList());
  }

  /** The metric named {@code name}, collected now; fails when there is none. */
  MetricData metric(String name) {
    for (MetricData metric : metrics.collectAllMetrics()) {
      if (metric.getName().equals(name)) {
        return metric;
      }
    }
    throw new AssertionError("no metric " + name);
  }

  /** Every attribute value of every finished span, as text: where a secret must never be. */
  List<String> everyRecordedValue() {
    List<String> values = new ArrayList<>();
    for (SpanData span : spans.getFinishedSpanItems()) {
      values.add(span.getName());
      for (Map.Entry<AttributeKey<?>, Object> attribute : span.getAttributes().asMap().entrySet()) {
        values.add(attribute.getKey().getKey() + "=" + attribute.getValue());
      }
    }
    for (MetricData metric : metrics.collectAllMetrics()) {
      values.add(metric.toString());
    }
    return values;
  }

  @Override
  public void close() {
    sdk.close();
  }
}
