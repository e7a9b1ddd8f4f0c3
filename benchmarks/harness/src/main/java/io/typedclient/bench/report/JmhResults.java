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
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okio.Okio;

/**
 * The JMH results of a run, kept per round. {@code benchmarks/run} runs each group of benchmarks several times in a
 * row (A B C D, A B C D, ...) and writes one {@code jmh-r<round>-<group>.json} per round; contenders of one round ran
 * minutes apart at most, so the report compares them round by round ({@link #ratio}) before taking medians.
 */
final class JmhResults {
  private static final Pattern ROUND = Pattern.compile("jmh-r(\\d+)-.*\\.json");

  /** One round's figures for one benchmark; NaN where the mode does not give it. */
  record RoundValue(double opsPerSecond, double meanMicros, double p50Micros, double p99Micros, double bytesPerOp) {}

  /** One benchmark ({@code Class.method}, mode, parameters) over all rounds, by round number. */
  record Row(String method, String mode, Map<String, Object> params, Map<Integer, RoundValue> rounds) {

    String param(String key) {
      Object value = params.get(key);
      return value == null ? null : value.toString();
    }

    /** The median over the rounds of {@code figure}. */
    double median(ToDoubleFunction<RoundValue> figure) {
      return JmhResults.median(rounds.values().stream().mapToDouble(figure).toArray());
    }
  }

  private final List<Row> rows;

  private JmhResults(List<Row> rows) {
    this.rows = rows;
  }

  /** Reads every {@code jmh-r<round>-*.json} in {@code dir}. */
  static JmhResults readAll(Path dir) {
    Map<String, Row> rows = new LinkedHashMap<>();
    if (!Files.isDirectory(dir)) {
      return new JmhResults(List.of());
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> ROUND.matcher(p.getFileName().toString()).matches()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path file : files) {
      Matcher matcher = ROUND.matcher(file.getFileName().toString());
      matcher.matches();
      int round = Integer.parseInt(matcher.group(1));
      try (JsonReader reader = JsonReader.of(Okio.buffer(Okio.source(file)))) {
        for (Object item : (List<?>) reader.readJsonValue()) {
          Map<?, ?> json = (Map<?, ?>) item;
          String key = json.get("benchmark") + " " + json.get("mode") + " " + json.get("params");
          Row row = rows.computeIfAbsent(key, k -> newRow(json));
          row.rounds.put(round, roundValue(json));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new JmhResults(new ArrayList<>(rows.values()));
  }

  /** The number of rounds of the benchmark that ran most often. */
  int rounds() {
    return rows.stream().mapToInt(r -> r.rounds.size()).max().orElse(0);
  }

  /** The row of {@code method} (simple {@code Class.method}) in {@code mode} with {@code key=value}. */
  Optional<Row> find(String method, String mode, String key, String value) {
    return rows.stream()
        .filter(r -> r.method.equals(method) && r.mode.equals(mode) && value.equals(r.param(key)))
        .findFirst();
  }

  /**
   * {@code figure(a) / figure(b)} round by round, over the rounds both rows ran (each compares two runs made
   * minutes apart, so the load of a shared machine, which drifts over a whole run, largely cancels out), and the
   * ratio of their medians over all their rounds. {@link Ratio#NONE} when either row is missing.
   */
  static Ratio ratio(Optional<Row> a, Optional<Row> b, ToDoubleFunction<RoundValue> figure) {
    if (a.isEmpty() || b.isEmpty()) {
      return Ratio.NONE;
    }
    List<Double> ratios = new ArrayList<>();
    for (Map.Entry<Integer, RoundValue> e : a.get().rounds.entrySet()) {
      RoundValue other = b.get().rounds.get(e.getKey());
      if (other != null) {
        double ratio = figure.applyAsDouble(e.getValue()) / figure.applyAsDouble(other);
        if (!Double.isNaN(ratio)) {
          ratios.add(ratio);
        }
      }
    }
    return new Ratio(ratios, a.get().median(figure) / b.get().median(figure));
  }

  /** The median of the values that are not NaN; NaN when there are none. */
  static double median(double[] values) {
    double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    Arrays.sort(sorted);
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  @SuppressWarnings("unchecked")
  private static Row newRow(Map<?, ?> json) {
    String[] parts = ((String) json.get("benchmark")).split("\\.");
    String method = parts[parts.length - 2] + "." + parts[parts.length - 1];
    Map<String, Object> params = json.get("params") == null ? Map.of() : (Map<String, Object>) json.get("params");
    return new Row(method, (String) json.get("mode"), params, new TreeMap<>());
  }

  private static RoundValue roundValue(Map<?, ?> json) {
    String mode = (String) json.get("mode");
    Map<?, ?> primary = (Map<?, ?>) json.get("primaryMetric");
    String unit = (String) primary.get("scoreUnit");
    double ops = Double.NaN;
    double mean = Double.NaN;
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    if (mode.equals("thrpt")) {
      ops = median(rawData(primary)) * opsPerSecondFactor(unit);
    } else {
      double factor = microsFactor(unit);
      mean = ((Number) primary.get("score")).doubleValue() * factor;
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
    return new RoundValue(ops, mean, p50, p99, bytes);
  }

  /** The measured iterations of every fork. */
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
