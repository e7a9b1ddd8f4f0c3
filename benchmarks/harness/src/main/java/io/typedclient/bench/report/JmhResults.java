package io.typedclient.bench.report;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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
   * @param rounds how many rounds were merged into this row
   */
  record Row(String method, String mode, int threads, Map<String, Object> params, double medianOpsPerSecond,
      double meanMicros, double p50Micros, double p99Micros, double bytesPerOp, int rounds) {

    String param(String key) {
      Object value = params.get(key);
      return value == null ? null : value.toString();
    }
  }

  private final List<Row> rows;
  private final int rounds;

  private JmhResults(List<Row> rows) {
    this.rows = rows;
    this.rounds = rows.stream().mapToInt(Row::rounds).max().orElse(0);
  }

  /**
   * Reads every {@code jmh*.json} in {@code dir} (one per round of {@code benchmarks/run}) and merges the rounds of
   * each benchmark: throughput is the median of all measured iterations of all rounds; the time figures, the
   * percentiles and the allocation are the medians of the rounds' figures.
   */
  static JmhResults readAll(Path dir) {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> p.getFileName().toString().matches("jmh.*\\.json")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Map<String, List<Map<?, ?>>> rounds = new LinkedHashMap<>();
    for (Path file : files) {
      try (JsonReader reader = JsonReader.of(Okio.buffer(Okio.source(file)))) {
        for (Object item : (List<?>) reader.readJsonValue()) {
          Map<?, ?> json = (Map<?, ?>) item;
          String key = json.get("benchmark") + " " + json.get("mode") + " " + json.get("params");
          rounds.computeIfAbsent(key, k -> new ArrayList<>()).add(json);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (List<Map<?, ?>> sameBenchmark : rounds.values()) {
      rows.add(merge(sameBenchmark));
    }
    return new JmhResults(rows);
  }

  /** How many rounds each benchmark ran (the largest count, normally the same for all). */
  int rounds() {
    return rounds;
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
  private static Row merge(List<Map<?, ?>> rounds) {
    Map<?, ?> first = rounds.get(0);
    String benchmark = (String) first.get("benchmark");
    String[] parts = benchmark.split("\\.");
    String method = parts[parts.length - 2] + "." + parts[parts.length - 1];
    String mode = (String) first.get("mode");
    int threads = ((Number) first.get("threads")).intValue();
    Map<String, Object> params = first.get("params") == null ? Map.of() : (Map<String, Object>) first.get("params");
    List<Double> iterations = new ArrayList<>();
    double[] means = new double[rounds.size()];
    double[] p50s = new double[rounds.size()];
    double[] p99s = new double[rounds.size()];
    double[] bytes = new double[rounds.size()];
    for (int i = 0; i < rounds.size(); i++) {
      Map<?, ?> json = rounds.get(i);
      Map<?, ?> primary = (Map<?, ?>) json.get("primaryMetric");
      String unit = (String) primary.get("scoreUnit");
      p50s[i] = Double.NaN;
      p99s[i] = Double.NaN;
      if (mode.equals("thrpt")) {
        for (double v : rawData(primary)) {
          iterations.add(v * opsPerSecondFactor(unit));
        }
        means[i] = Double.NaN;
      } else {
        double factor = microsFactor(unit);
        means[i] = ((Number) primary.get("score")).doubleValue() * factor;
        Map<?, ?> percentiles = (Map<?, ?>) primary.get("scorePercentiles");
        if (percentiles != null && mode.equals("sample")) {
          p50s[i] = ((Number) percentiles.get("50.0")).doubleValue() * factor;
          p99s[i] = ((Number) percentiles.get("99.0")).doubleValue() * factor;
        }
      }
      bytes[i] = Double.NaN;
      Map<?, ?> secondary = (Map<?, ?>) json.get("secondaryMetrics");
      if (secondary != null && secondary.get("gc.alloc.rate.norm") != null) {
        bytes[i] = ((Number) ((Map<?, ?>) secondary.get("gc.alloc.rate.norm")).get("score")).doubleValue();
      }
    }
    double ops = median(iterations.stream().mapToDouble(Double::doubleValue).toArray());
    return new Row(method, mode, threads, params, ops, median(means), median(p50s), median(p99s), median(bytes),
        rounds.size());
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

  /** The median of the values that are not NaN; NaN when there are none. */
  static double median(double[] values) {
    double[] sorted = java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
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
