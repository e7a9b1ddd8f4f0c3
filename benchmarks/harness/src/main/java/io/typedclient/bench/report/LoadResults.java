package io.typedclient.bench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The getSession measurements under load ({@code load.tsv}, written by {@code Bench load}): one value per suite,
 * JDK, contender, phase and round, compared round by round as the JMH results are.
 */
final class LoadResults {
  /** What one child measured in one phase. */
  record Value(double callsPerSecond, double bytesPerCall, double cpuMicrosPerCall, double p50Micros,
      double p99Micros, long errors, double serverCpuMicrosPerRequest, double connections, double http2Share,
      double pinned, double pinnedOurs) {}

  /** One setting over its rounds. */
  record Series(Map<Integer, Value> rounds) {
    double median(ToDoubleFunction<Value> figure) {
      return JmhResults.median(rounds.values().stream().mapToDouble(figure).toArray());
    }

    double sum(ToDoubleFunction<Value> figure) {
      return rounds.values().stream().mapToDouble(figure).filter(v -> !Double.isNaN(v)).sum();
    }

    long errors() {
      return rounds.values().stream().mapToLong(Value::errors).sum();
    }
  }

  private final Map<String, Series> series = new LinkedHashMap<>();
  private final List<String> jdks = new ArrayList<>();
  private final Map<String, String> jdkVersions = new LinkedHashMap<>();
  private final List<Map<String, String>> pinnedStacks;

  private LoadResults(Path results) {
    Tsv tsv = Tsv.read(results.resolve("load.tsv"));
    for (Map<String, String> row : tsv.rows) {
      String key = key(row.get("suite"), row.get("jdk"), row.get("contender"), row.get("phase"));
      Value value = new Value(number(row, "callsPerSecond"), number(row, "bytesPerCall"), number(row, "cpuMicrosPerCall"),
          number(row, "p50Micros"), number(row, "p99Micros"), (long) number(row, "errors"),
          number(row, "serverCpuMicrosPerRequest"), number(row, "connections"), number(row, "http2Share"),
          number(row, "pinned"), number(row, "pinnedOurs"));
      series.computeIfAbsent(key, k -> new Series(new TreeMap<>())).rounds().put(Integer.parseInt(row.get("round")), value);
      if (!jdks.contains(row.get("jdk"))) {
        jdks.add(row.get("jdk"));
      }
    }
    for (Map<String, String> row : Tsv.read(results.resolve("jdks.tsv")).rows) {
      jdkVersions.put(row.get("jdk"), row.get("version"));
    }
    pinnedStacks = Tsv.read(results.resolve("pinned.tsv")).rows;
  }

  static LoadResults read(Path results) {
    return new LoadResults(results);
  }

  boolean isEmpty() {
    return series.isEmpty();
  }

  /** Whether anything of {@code suite} was measured. */
  boolean has(String suite) {
    return series.keySet().stream().anyMatch(key -> key.startsWith(suite + "|"));
  }

  /** The JDK names, in the order the run met them. */
  List<String> jdks() {
    return jdks;
  }

  /** The exact version of the JDK named {@code jdk}, or its name. */
  String version(String jdk) {
    return jdkVersions.getOrDefault(jdk, jdk);
  }

  Map<String, String> versions() {
    return jdkVersions;
  }

  /** The stacks of pinned virtual threads: suite, jdk, round, contender, count, ours, stack. */
  List<Map<String, String>> pinnedStacks() {
    return pinnedStacks;
  }

  Optional<Series> find(String suite, String jdk, String contender, String phase) {
    return Optional.ofNullable(series.get(key(suite, jdk, contender, phase)));
  }

  /** {@code figure(a) / figure(b)} round by round, and the ratio of their medians; {@link Ratio#NONE} if one is missing. */
  static Ratio ratio(Optional<Series> a, Optional<Series> b, ToDoubleFunction<Value> figure) {
    if (a.isEmpty() || b.isEmpty()) {
      return Ratio.NONE;
    }
    List<Double> ratios = new ArrayList<>();
    for (Map.Entry<Integer, Value> e : a.get().rounds().entrySet()) {
      Value other = b.get().rounds().get(e.getKey());
      if (other != null) {
        double ratio = figure.applyAsDouble(e.getValue()) / figure.applyAsDouble(other);
        if (!Double.isNaN(ratio) && !Double.isInfinite(ratio)) {
          ratios.add(ratio);
        }
      }
    }
    return new Ratio(ratios, a.get().median(figure) / b.get().median(figure));
  }

  private static String key(String suite, String jdk, String contender, String phase) {
    return suite + "|" + jdk + "|" + contender + "|" + phase;
  }

  private static double number(Map<String, String> row, String column) {
    String text = row.get(column);
    if (text == null || text.isEmpty() || text.equals("-") || text.equals("NaN")) {
      return Double.NaN;
    }
    return Double.parseDouble(text);
  }
}
