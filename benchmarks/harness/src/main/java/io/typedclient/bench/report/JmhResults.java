package io.typedclient.bench.report;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okio.Okio;

/** The rows of a JMH {@code -rf json} result file, with scores in fixed units. */
final class JmhResults {
  /**
   * One benchmark run.
   *
   * @param method {@code Class.method}
   * @param mode {@code thrpt}, {@code avgt} or {@code sample}
   * @param medianOpsPerSecond for {@code thrpt}: the median of the measured iterations, in operations per second
   * @param meanMicros for {@code avgt} and {@code sample}: the mean time per operation in microseconds
   * @param p50Micros for {@code sample}: the median latency in microseconds
   * @param p99Micros for {@code sample}: the 99th percentile latency in microseconds
   * @param bytesPerOp {@code gc.alloc.rate.norm} when run with {@code -prof gc}, else NaN
   */
  record Row(String method, String mode, int threads, Map<String, Object> params, double medianOpsPerSecond,
      double meanMicros, double p50Micros, double p99Micros, double bytesPerOp) {

    String param(String key) {
      Object value = params.get(key);
      return value == null ? null : value.toString();
    }
  }

  private final List<Row> rows;

  private JmhResults(List<Row> rows) {
    this.rows = rows;
  }

  static JmhResults read(Path file) {
    if (!Files.isRegularFile(file)) {
      return new JmhResults(List.of());
    }
    try (JsonReader reader = JsonReader.of(Okio.buffer(Okio.source(file)))) {
      List<Row> rows = new ArrayList<>();
      for (Object item : (List<?>) reader.readJsonValue()) {
        rows.add(row((Map<?, ?>) item));
      }
      return new JmhResults(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Row> rows() {
    return rows;
  }

  /** The row of {@code method} (simple {@code Class.method}) in {@code mode} with {@code key=value}. */
  Optional<Row> find(String method, String mode, String key, String value) {
    return rows.stream()
        .filter(r -> r.method.equals(method) && r.mode.equals(mode) && value.equals(r.param(key)))
        .findFirst();
  }

  @SuppressWarnings("unchecked")
  private static Row row(Map<?, ?> json) {
    String benchmark = (String) json.get("benchmark");
    String[] parts = benchmark.split("\\.");
    String method = parts[parts.length - 2] + "." + parts[parts.length - 1];
    String mode = (String) json.get("mode");
    int threads = ((Number) json.get("threads")).intValue();
    Map<String, Object> params = json.get("params") == null ? Map.of() : (Map<String, Object>) json.get("params");
    Map<?, ?> primary = (Map<?, ?>) json.get("primaryMetric");
    String unit = (String) primary.get("scoreUnit");
    double score = ((Number) primary.get("score")).doubleValue();
    double median = Double.NaN;
    double mean = Double.NaN;
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    if (mode.equals("thrpt")) {
      median = median(rawData(primary)) * opsPerSecondFactor(unit);
    } else {
      double factor = microsFactor(unit);
      mean = score * factor;
      Map<?, ?> percentiles = (Map<?, ?>) primary.get("scorePercentiles");
      if (percentiles != null && mode.equals("sample")) {
        p50 = ((Number) percentiles.get("50.0")).doubleValue() * factor;
        p99 = ((Number) percentiles.get("99.0")).doubleValue() * factor;
      }
    }
    double bytes = Double.NaN;
    Map<?, ?> secondary = (Map<?, ?>) json.get("secondaryMetrics");
    if (secondary != null && secondary.get("gc.alloc.rate.norm") != null) {
      bytes = ((Number) ((Map<?, ?>) secondary.get("gc.alloc.rate.norm")).get("score")).doubleValue();
    }
    return new Row(method, mode, threads, params, median, mean, p50, p99, bytes);
  }

  private static double[] rawData(Map<?, ?> primary) {
    List<Double> values = new ArrayList<>();
    Object raw = primary.get("rawData");
    if (raw instanceof List) {
      for (Object fork : (List<?>) raw) {
        for (Object v : (List<?>) fork) {
          values.add(((Number) v).doubleValue());
        }
      }
    }
    if (values.isEmpty()) {
      values.add(((Number) primary.get("score")).doubleValue());
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double opsPerSecondFactor(String unit) {
    switch (unit) {
      case "ops/s": return 1;
      case "ops/ms": return 1e3;
      case "ops/us": return 1e6;
      case "ops/ns": return 1e9;
      default: throw new IllegalArgumentException("unexpected throughput unit " + unit);
    }
  }

  private static double microsFactor(String unit) {
    switch (unit) {
      case "s/op": return 1e6;
      case "ms/op": return 1e3;
      case "us/op": return 1;
      case "ns/op": return 1e-3;
      default: throw new IllegalArgumentException("unexpected time unit " + unit);
    }
  }
}
