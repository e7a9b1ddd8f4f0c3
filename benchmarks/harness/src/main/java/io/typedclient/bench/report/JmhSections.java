package io.typedclient.bench.report;

import static io.typedclient.bench.report.Cells.bytes;
import static io.typedclient.bench.report.Cells.micros;
import static io.typedclient.bench.report.Cells.ops;
import static io.typedclient.bench.report.Contenders.FLOOR;
import static io.typedclient.bench.report.Contenders.JSON_LABELS;
import static io.typedclient.bench.report.Contenders.OKTA_SDK_JACKSON;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The JMH sections of the report: JSON decode and encode, and the loopback server's own cost. The JSON section adds
 * the targets of issue 7 it can check.
 */
final class JmhSections {
  private static final ToDoubleFunction<JmhResults.RoundValue> OPS = JmhResults.RoundValue::opsPerSecond;
  private static final ToDoubleFunction<JmhResults.RoundValue> BYTES = JmhResults.RoundValue::bytesPerOp;
  private static final ToDoubleFunction<JmhResults.RoundValue> MEAN = JmhResults.RoundValue::meanMicros;

  private final Path results;
  private final JmhResults jmh;
  private final List<Target> targets;

  JmhSections(Path results, JmhResults jmh, List<Target> targets) {
    this.results = results;
    this.jmh = jmh;
    this.targets = targets;
  }

  void json(StringBuilder md) {
    md.append("## 1. JSON: decode and encode one session (JMH, `-prof gc`)\n\n");
    md.append("The payload every HTTP contender receives (").append(payloadSize())
        .append(" bytes, compact UTF-8), decoded from a `byte[]` into each contender's own model and encoded back. ")
        .append(roundsNote()).append(" B/op is `gc.alloc.rate.norm`.\n\n");
    Map<String, Optional<JmhResults.Row>> decode = new LinkedHashMap<>();
    Map<String, Optional<JmhResults.Row>> encode = new LinkedHashMap<>();
    for (String name : JSON_LABELS.keySet()) {
      Optional<JmhResults.Row> d = jmh.find("JsonBenchmark.decode", "thrpt", "codec", name);
      if (d.isPresent()) {
        decode.put(name, d);
        encode.put(name, jmh.find("JsonBenchmark.encode", "thrpt", "codec", name));
      }
    }
    Optional<JmhResults.Row> none = Optional.empty();
    if (decode.isEmpty()) {
      md.append("_Not run._\n\n");
    } else {
      md.append("| mapping | decode ops/s | × floor | × okta-sdk | decode B/op | encode ops/s | × floor | × okta-sdk "
          + "| encode B/op |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (String name : decode.keySet()) {
        Optional<JmhResults.Row> d = decode.get(name);
        Optional<JmhResults.Row> e = encode.get(name);
        md.append("| ").append(JSON_LABELS.get(name)).append(" | ").append(ops(median(d, OPS))).append(" | ")
            .append(JmhResults.ratio(d, decode.getOrDefault(FLOOR, none), OPS).cell()).append(" | ")
            .append(JmhResults.ratio(d, decode.getOrDefault(OKTA_SDK_JACKSON, none), OPS).cell()).append(" | ")
            .append(bytes(median(d, BYTES))).append(" | ").append(ops(median(e, OPS))).append(" | ")
            .append(JmhResults.ratio(e, encode.getOrDefault(FLOOR, none), OPS).cell()).append(" | ")
            .append(JmhResults.ratio(e, encode.getOrDefault(OKTA_SDK_JACKSON, none), OPS).cell()).append(" | ")
            .append(bytes(median(e, BYTES))).append(" |\n");
      }
      md.append('\n');
    }
    Optional<JmhResults.Row> ours = decode.getOrDefault("ours", none);
    targets.add(Target.atLeast("JSON decode ≥ 1.3× Moshi reflective",
        JmhResults.ratio(ours, decode.getOrDefault("moshi-reflective", none), OPS), 1.3));
    targets.add(Target.atLeast("JSON decode ≥ 1.5× okta-sdk Jackson",
        JmhResults.ratio(ours, decode.getOrDefault(OKTA_SDK_JACKSON, none), OPS), 1.5));
    targets.add(Target.atLeast("JSON decode ≥ 0.95× hand-written",
        JmhResults.ratio(ours, decode.getOrDefault(FLOOR, none), OPS), 0.95));
  }

  private String roundsNote() {
    int rounds = jmh.rounds();
    return "Each group of benchmarks ran " + rounds + (rounds == 1 ? " round" : " rounds") + " in a row (A B C D, "
        + "A B C D, ...), one JMH fork per contender and round. Figures are medians over the rounds (a round's "
        + "throughput is the median of its iterations); every ratio is the median of the per-round ratios, so that "
        + "the load of the shared machine, which drifts over minutes, hits both sides of a ratio alike. Where that "
        + "ratio and the ratio of the two medians in the table differ by more than 10 % (the rounds disagree), the "
        + "cell shows both: `1.04× (medians 0.68×)`.";
  }

  private String payloadSize() {
    return Integer.toString(io.typedclient.bench.server.SessionPayload.session().length);
  }

  /** The loopback server's own cost (JMH {@code LoopbackServerBenchmark}), after the plain getSession tables. */
  void serverRows(StringBuilder md) {
    md.append("### The loopback server's own cost\n\n");
    Map<String, Optional<JmhResults.Row>> rows = new LinkedHashMap<>();
    for (String server : List.of("raw", "jdk")) {
      Optional<JmhResults.Row> row = jmh.find("LoopbackServerBenchmark.roundTrip", "avgt", "server", server);
      if (row.isPresent()) {
        rows.put(server, row);
      }
    }
    if (rows.isEmpty()) {
      md.append("_Not run._\n\n");
      return;
    }
    md.append("A bare keep-alive socket sends the same request head and reads the response by `Content-Length`: "
        + "no HTTP client, so this is the part of every getSession call that no client can remove (JMH, in one JVM "
        + "with the server). The plain and HTTPS getSession tables use the raw server.\n\n");
    md.append("| server | round trip µs (mean) | B/round trip | server CPU µs/req |\n|---|---:|---:|---:|\n");
    for (Map.Entry<String, Optional<JmhResults.Row>> e : rows.entrySet()) {
      String label = e.getKey().equals("raw") ? "raw `ServerSocket`, one thread per connection (used)"
          : "JDK `com.sun.net.httpserver` + thread pool, TCP_NODELAY";
      md.append("| ").append(label).append(" | ").append(micros(median(e.getValue(), MEAN))).append(" | ")
          .append(bytes(median(e.getValue(), BYTES))).append(" | ")
          .append(serverCpu("roundTrip", "server=" + e.getKey())).append(" |\n");
    }
    md.append('\n');
  }

  /** CPU µs per request of the server during the throughput run of {@code method} with {@code params}. */
  private String serverCpu(String method, String params) {
    Tsv tsv = Tsv.read(results.resolve("server-cost.tsv"), "method", "params", "mode", "threads", "requests", "cpuNanos");
    double requests = 0;
    double cpu = 0;
    for (Map<String, String> row : tsv.rows) {
      if (row.get("method").equals(method) && row.get("params").equals(params)
          && (row.get("mode").equals("thrpt") || row.get("mode").equals("avgt"))) {
        requests += Double.parseDouble(row.get("requests"));
        cpu += Double.parseDouble(row.get("cpuNanos"));
      }
    }
    return requests == 0 ? "–" : micros(cpu / requests / 1000);
  }

  private static double median(Optional<JmhResults.Row> row, ToDoubleFunction<JmhResults.RoundValue> figure) {
    return row.map(r -> r.median(figure)).orElse(Double.NaN);
  }
}
