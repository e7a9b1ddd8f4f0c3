package io.typedclient.bench.report;

import static io.typedclient.bench.report.Cells.bytes;
import static io.typedclient.bench.report.Cells.micros;
import static io.typedclient.bench.report.Cells.ops;
import static io.typedclient.bench.report.Contenders.FLOOR;
import static io.typedclient.bench.report.Contenders.FLOOR_DIRECT;
import static io.typedclient.bench.report.Contenders.FLOOR_URLCONNECTION;
import static io.typedclient.bench.report.Contenders.HTTP_LABELS;
import static io.typedclient.bench.report.Contenders.OKTA_SDK;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The getSession sections of the report, from {@code Bench load}: plain HTTP/1.1 (the tables of issue 7), HTTPS
 * (HTTP/1.1 over TLS 1.3) on each JDK with 1, 8 and 64 callers, h2, a thousand virtual threads, and OAuth 2.0. Each
 * adds the targets it can check.
 */
final class LoadSections {
  private static final ToDoubleFunction<LoadResults.Value> OPS = LoadResults.Value::callsPerSecond;
  private static final ToDoubleFunction<LoadResults.Value> BYTES = LoadResults.Value::bytesPerCall;
  private static final ToDoubleFunction<LoadResults.Value> CPU = LoadResults.Value::cpuMicrosPerCall;
  private static final ToDoubleFunction<LoadResults.Value> P50 = LoadResults.Value::p50Micros;
  private static final ToDoubleFunction<LoadResults.Value> P99 = LoadResults.Value::p99Micros;
  private static final ToDoubleFunction<LoadResults.Value> SERVER = LoadResults.Value::serverCpuMicrosPerRequest;
  private static final ToDoubleFunction<LoadResults.Value> CONNECTIONS = LoadResults.Value::connections;
  private static final ToDoubleFunction<LoadResults.Value> H2 = LoadResults.Value::http2Share;

  private final LoadResults load;
  private final List<Target> targets;
  private final List<Target> issue21 = new ArrayList<>();

  LoadSections(LoadResults load, List<Target> targets) {
    this.load = load;
    this.targets = targets;
  }

  /** The targets of issue 21 these sections checked, for their own part of the verdict table. */
  List<Target> issue21Targets() {
    return issue21;
  }

  static String method() {
    return "Each contender runs in a fresh JVM (`-Xms1g -Xmx1g`, nothing else) per JDK and round, on the harness's "
        + "classpath; the loopback server runs in the runner's JVM (JDK 17), the same server for every JDK column, so "
        + "**B/call** (bytes allocated by every thread of the client's JVM) and **CPU µs/call** (the client JVM's "
        + "process CPU time, JIT and GC included) are the client's alone. In a JVM, the callers (platform threads, "
        + "sharing one client) run phase after phase: the first phase is warmed up for a while after every caller "
        + "has had its first answer, each later phase briefly; then calls are counted in a measured window. "
        + "**calls/s** counts the calls that ended in the window; **p50/p99** are of every call in it. Rounds are "
        + "interleaved (suite by suite, JDK by JDK, A B C D, then again); figures are medians over the rounds, and "
        + "every ratio is the median of the per-round ratios, with the ratio of the medians beside it where the two "
        + "differ by more than 10 %. **conn.** counts the connections the server accepted during the windows of "
        + "all rounds (a client that keeps its connections opens none). **server µs/req**: the server's CPU per "
        + "request.";
  }

  void plain(StringBuilder md) {
    md.append("## 2. getSession over loopback, plain HTTP/1.1 (`Bench load`)\n\n");
    if (!load.has("plain")) {
      md.append("_Not run._\n\n");
      return;
    }
    md.append("`GET /api/v1/sessions/{id}` against the raw loopback server (HTTP/1.1, keep-alive), one shared client, ")
        .append("on JDK ").append(first()).append(". ").append(method()).append("\n\n");
    for (String phase : List.of("1", "8")) {
      md.append("### ").append(callers(phase)).append("\n\n");
      md.append("| client | calls/s | × floor | × okta-sdk | p50 µs | p99 µs | B/call | B/call × okta-sdk | CPU µs/call "
          + "| conn. | server µs/req |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (String name : contenders("plain", first(), phase)) {
        Optional<LoadResults.Series> s = load.find("plain", first(), name, phase);
        Optional<LoadResults.Series> floor = load.find("plain", first(), FLOOR, phase);
        Optional<LoadResults.Series> sdk = load.find("plain", first(), OKTA_SDK, phase);
        md.append("| ").append(label(name)).append(" | ").append(callsCell(s)).append(" | ")
            .append(LoadResults.ratio(s, floor, OPS).cell()).append(" | ").append(LoadResults.ratio(s, sdk, OPS).cell())
            .append(" | ").append(micros(median(s, P50))).append(" | ").append(micros(median(s, P99))).append(" | ")
            .append(bytes(median(s, BYTES))).append(" | ").append(LoadResults.ratio(s, sdk, BYTES).cell()).append(" | ")
            .append(micros(median(s, CPU))).append(" | ").append(count(s, CONNECTIONS)).append(" | ")
            .append(micros(median(s, SERVER))).append(" |\n");
      }
      md.append('\n');
      for (String ours : List.of("ours-jdk", "ours-urlconnection")) {
        Optional<LoadResults.Series> o = load.find("plain", first(), ours, phase);
        String label = ours + ", " + callers(phase);
        targets.add(Target.atLeast("getSession throughput ≥ 0.95× floor (" + label + ")",
            LoadResults.ratio(o, load.find("plain", first(), FLOOR, phase), OPS), 0.95));
        targets.add(Target.atLeast("getSession throughput ≥ 2× okta-sdk (" + label + ")",
            LoadResults.ratio(o, load.find("plain", first(), OKTA_SDK, phase), OPS), 2));
        targets.add(Target.atMost("allocation per call ≤ 0.5× okta-sdk (" + label + ")",
            LoadResults.ratio(o, load.find("plain", first(), OKTA_SDK, phase), BYTES), 0.5));
      }
    }
  }

  void https(StringBuilder md) {
    md.append("## 3. getSession over HTTPS: HTTP/1.1 over TLS 1.3, JDK ").append(String.join(" and JDK ", load.jdks()))
        .append(" (`Bench load`)\n\n");
    if (!load.has("tls")) {
      md.append("_Not run._\n\n");
      return;
    }
    md.append("What every real call to Okta is: HTTPS. The raw loopback server behind TLS 1.3 (the only protocol it "
        + "enables; no ALPN, so a client that offers h2 gets HTTP/1.1), its self-signed certificate trusted by every "
        + "client through `javax.net.ssl.trustStore` (a copy of the JDK's own `cacerts` with the certificate added), "
        + "keep-alive. ").append(method()).append(" **× floor-direct**: against the floor with `Runnable::run` as the "
        + "JDK client's executor; **× floor-uc**: against the bare `HttpURLConnection` loop with the same generated "
        + "adapter.\n\n");
    for (String phase : List.of("1", "8", "64")) {
      md.append("### ").append(callers(phase)).append("\n\n");
      md.append("| client | JDK | calls/s | × floor | × floor-direct | × floor-uc | × okta-sdk | p50 µs | p99 µs | B/call "
          + "| B/call × okta-sdk | CPU µs/call | conn. |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (String name : contenders("tls", first(), phase)) {
        for (String jdk : load.jdks()) {
          Optional<LoadResults.Series> s = load.find("tls", jdk, name, phase);
          if (s.isEmpty()) {
            continue;
          }
          md.append("| ").append(label(name)).append(" | ").append(jdk).append(" | ").append(callsCell(s)).append(" | ")
              .append(ratioTo(s, "tls", jdk, FLOOR, phase, OPS)).append(" | ")
              .append(ratioTo(s, "tls", jdk, FLOOR_DIRECT, phase, OPS)).append(" | ")
              .append(ratioTo(s, "tls", jdk, FLOOR_URLCONNECTION, phase, OPS)).append(" | ")
              .append(ratioTo(s, "tls", jdk, OKTA_SDK, phase, OPS)).append(" | ")
              .append(micros(median(s, P50))).append(" | ").append(micros(median(s, P99))).append(" | ")
              .append(bytes(median(s, BYTES))).append(" | ").append(ratioTo(s, "tls", jdk, OKTA_SDK, phase, BYTES))
              .append(" | ").append(micros(median(s, CPU))).append(" | ").append(count(s, CONNECTIONS)).append(" |\n");
        }
      }
      md.append('\n');
    }
    for (String jdk : load.jdks()) {
      for (String phase : List.of("1", "8", "64")) {
        String where = "HTTPS, JDK " + jdk + ", " + callers(phase);
        Optional<LoadResults.Series> ours = load.find("tls", jdk, "ours-jdk", phase);
        Optional<LoadResults.Series> uc = load.find("tls", jdk, "ours-urlconnection", phase);
        Optional<LoadResults.Series> sdk = load.find("tls", jdk, OKTA_SDK, phase);
        if (jdk.equals("25") && phase.equals("8")) {
          issue21.add(Target.atLeast("default transport ≥ 1.0× okta-sdk calls/s (" + where + ")",
              LoadResults.ratio(ours, sdk, OPS), 1.0));
        }
        issue21.add(Target.atLeast("default transport ≥ 0.95× its floor (" + where + ")",
            LoadResults.ratio(ours, load.find("tls", jdk, FLOOR, phase), OPS), 0.95));
        issue21.add(Target.atLeast("HttpURLConnection transport ≥ 2× okta-sdk (" + where + ")",
            LoadResults.ratio(uc, sdk, OPS), 2));
        issue21.add(Target.atMost("allocation per call ≤ 0.5× okta-sdk (ours-jdk, " + where + ")",
            LoadResults.ratio(ours, sdk, BYTES), 0.5));
        issue21.add(Target.atMost("allocation per call ≤ 0.5× okta-sdk (ours-urlconnection, " + where + ")",
            LoadResults.ratio(uc, sdk, BYTES), 0.5));
      }
    }
  }

  void http2(StringBuilder md) {
    md.append("## 4. getSession over h2 (TLS 1.3, ALPN), JDK ").append(String.join(" and JDK ", load.jdks()))
        .append(" (`Bench load`)\n\n");
    if (!load.has("h2")) {
      md.append("_Not run._\n\n");
      return;
    }
    md.append("Okta speaks HTTP/2. The contenders that speak it (the JDK client, whose floors here ask for h2 and "
        + "ours leaves at its default, and OkHttp; Apache's classic client and `HttpURLConnection` do not) against "
        + "a Jetty 12 h2 server in the runner's JVM (TLS 1.3, h2 by ALPN), the same answers as the raw server: all "
        + "callers of a client share one connection, each call a stream. **h2**: the share of the calls the server "
        + "answered over HTTP/2. ").append(method()).append("\n\n");
    for (String phase : List.of("1", "8", "64")) {
      md.append("### ").append(callers(phase)).append("\n\n");
      md.append("| client | JDK | calls/s | × floor | × floor-direct | p50 µs | p99 µs | B/call | CPU µs/call | conn. "
          + "| h2 | server µs/req |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (String name : contenders("h2", first(), phase)) {
        for (String jdk : load.jdks()) {
          Optional<LoadResults.Series> s = load.find("h2", jdk, name, phase);
          if (s.isEmpty()) {
            continue;
          }
          md.append("| ").append(label(name)).append(" | ").append(jdk).append(" | ").append(callsCell(s)).append(" | ")
              .append(ratioTo(s, "h2", jdk, FLOOR, phase, OPS)).append(" | ")
              .append(ratioTo(s, "h2", jdk, FLOOR_DIRECT, phase, OPS)).append(" | ")
              .append(micros(median(s, P50))).append(" | ").append(micros(median(s, P99))).append(" | ")
              .append(bytes(median(s, BYTES))).append(" | ").append(micros(median(s, CPU))).append(" | ")
              .append(count(s, CONNECTIONS)).append(" | ").append(percent(median(s, H2))).append(" | ")
              .append(micros(median(s, SERVER))).append(" |\n");
        }
      }
      md.append('\n');
    }
    for (String jdk : load.jdks()) {
      for (String phase : List.of("1", "8", "64")) {
        issue21.add(Target.atLeast("default transport ≥ 0.95× its floor (h2, JDK " + jdk + ", " + callers(phase) + ")",
            LoadResults.ratio(load.find("h2", jdk, "ours-jdk", phase), load.find("h2", jdk, FLOOR, phase), OPS), 0.95));
      }
    }
  }

  void virtualThreads(StringBuilder md) {
    md.append("## 5. A thousand virtual threads (HTTPS, `Bench load`)\n\n");
    String jdk = null;
    for (String candidate : load.jdks()) {
      for (String name : HTTP_LABELS.keySet()) {
        if (load.find("tls", candidate, name, "vt1000").isPresent()) {
          jdk = candidate;
        }
      }
    }
    if (jdk == null) {
      md.append("_Not run (no JDK 21 or later in this run)._\n\n");
      return;
    }
    md.append("On JDK ").append(jdk).append(", after the platform-thread phases of section 3, in the same JVM: 1,000 "
        + "virtual threads share the client, each calling in a loop. The ratio is to the same JVM's 64-platform-thread "
        + "phase, round by round. JFR records `jdk.VirtualThreadPinned` through the whole phase, with no threshold "
        + "and with stack traces; **in our code** counts the events whose stack holds a frame of `io.typedclient` "
        + "(the client and its runtime; the benchmark's own frames excluded). Pinned events summed over the rounds.\n\n");
    md.append("| client | 64 threads calls/s | 1,000 virtual threads calls/s | × 64 threads | p99 µs | B/call | conn. | pinned "
        + "| in our code |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String name : contenders("tls", jdk, "vt1000")) {
      Optional<LoadResults.Series> vt = load.find("tls", jdk, name, "vt1000");
      Optional<LoadResults.Series> p64 = load.find("tls", jdk, name, "64");
      md.append("| ").append(label(name)).append(" | ").append(callsCell(p64)).append(" | ").append(callsCell(vt))
          .append(" | ").append(LoadResults.ratio(vt, p64, OPS).cell()).append(" | ").append(micros(median(vt, P99)))
          .append(" | ").append(bytes(median(vt, BYTES))).append(" | ").append(count(vt, CONNECTIONS)).append(" | ")
          .append(count(vt, LoadResults.Value::pinned)).append(" | ").append(count(vt, LoadResults.Value::pinnedOurs))
          .append(" |\n");
    }
    md.append('\n');
    List<String> stacks = new ArrayList<>();
    Map<String, Long> byStack = new LinkedHashMap<>();
    for (Map<String, String> row : load.pinnedStacks()) {
      String key = row.get("contender") + ": " + row.get("stack").replace(";", " ← ");
      byStack.merge(key, Long.parseLong(row.get("count")), Long::sum);
    }
    byStack.forEach((stack, count) -> stacks.add("- " + count + " × " + stack));
    if (!stacks.isEmpty()) {
      md.append("Where the pinned events were (top frames first):\n\n").append(String.join("\n", stacks)).append("\n\n");
    }
    for (String ours : List.of("ours-jdk", "ours-urlconnection")) {
      Optional<LoadResults.Series> vt = load.find("tls", jdk, ours, "vt1000");
      double inOurs = vt.map(s -> s.sum(LoadResults.Value::pinnedOurs)).orElse(Double.NaN);
      issue21.add(Target.countAtMost("1,000 virtual threads: no pinned events in our code (" + ours + ", JDK " + jdk + ")",
          inOurs, 0));
      issue21.add(Target.atLeast("1,000 virtual threads ≥ 0.9× 64 platform threads (" + ours + ", JDK " + jdk + ")",
          LoadResults.ratio(vt, load.find("tls", jdk, ours, "64"), OPS), 0.9));
    }
  }

  void oauth(StringBuilder md) {
    md.append("## 6. OAuth 2.0: a Bearer token against a DPoP proof per call (HTTPS, `Bench load`)\n\n");
    if (!load.has("oauth")) {
      md.append("_Not run._\n\n");
      return;
    }
    md.append("The client as an OAuth 2.0 service app on the default transport, over the HTTPS server of section 3, "
        + "which hands out an access token (once per client: the calls are what is measured) and accepts it as "
        + "`Bearer`, or as `DPoP` with a proof. With DPoP every call signs a new proof with the DPoP key: P-256 "
        + "(ES256, the client's default) or RSA 2048 (RS256). **+CPU µs/call** is the extra CPU per call over the "
        + "Bearer call, round by round: what a proof costs. ").append(method()).append("\n\n");
    md.append("| client | JDK | callers | calls/s | × Bearer | p99 µs | B/call | CPU µs/call | +CPU µs/call |\n"
        + "|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String name : List.of("ours-jdk-bearer", "ours-jdk-dpop-es256", "ours-jdk-dpop-rs256")) {
      for (String jdk : load.jdks()) {
        for (String phase : List.of("1", "8")) {
          Optional<LoadResults.Series> s = load.find("oauth", jdk, name, phase);
          if (s.isEmpty()) {
            continue;
          }
          Optional<LoadResults.Series> bearer = load.find("oauth", jdk, "ours-jdk-bearer", phase);
          md.append("| ").append(label(name)).append(" | ").append(jdk).append(" | ").append(phase).append(" | ")
              .append(callsCell(s)).append(" | ").append(LoadResults.ratio(s, bearer, OPS).cell()).append(" | ")
              .append(micros(median(s, P99))).append(" | ").append(bytes(median(s, BYTES))).append(" | ")
              .append(micros(median(s, CPU))).append(" | ").append(name.equals("ours-jdk-bearer") ? "–"
                  : micros(difference(s, bearer, CPU))).append(" |\n");
        }
      }
    }
    md.append('\n');
  }

  /** The median over the rounds of {@code figure(a) - figure(b)}. */
  private static double difference(Optional<LoadResults.Series> a, Optional<LoadResults.Series> b,
      ToDoubleFunction<LoadResults.Value> figure) {
    if (a.isEmpty() || b.isEmpty()) {
      return Double.NaN;
    }
    List<Double> differences = new ArrayList<>();
    a.get().rounds().forEach((round, value) -> {
      LoadResults.Value other = b.get().rounds().get(round);
      if (other != null) {
        differences.add(figure.applyAsDouble(value) - figure.applyAsDouble(other));
      }
    });
    return JmhResults.median(differences.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private String ratioTo(Optional<LoadResults.Series> s, String suite, String jdk, String reference, String phase,
      ToDoubleFunction<LoadResults.Value> figure) {
    return LoadResults.ratio(s, load.find(suite, jdk, reference, phase), figure).cell();
  }

  private List<String> contenders(String suite, String jdk, String phase) {
    List<String> names = new ArrayList<>();
    for (String name : HTTP_LABELS.keySet()) {
      if (load.find(suite, jdk, name, phase).isPresent()) {
        names.add(name);
      }
    }
    return names;
  }

  private String first() {
    return load.jdks().isEmpty() ? "" : load.jdks().get(0);
  }

  private static String label(String name) {
    return HTTP_LABELS.getOrDefault(name, name);
  }

  private static String callers(String phase) {
    return phase.equals("1") ? "1 caller" : phase + " callers";
  }

  private static String callsCell(Optional<LoadResults.Series> s) {
    String cell = ops(median(s, OPS));
    long errors = s.map(LoadResults.Series::errors).orElse(0L);
    return errors == 0 ? cell : cell + " (" + errors + " failed)";
  }

  private static String count(Optional<LoadResults.Series> s, ToDoubleFunction<LoadResults.Value> figure) {
    return s.map(series -> {
      boolean any = series.rounds().values().stream().anyMatch(v -> !Double.isNaN(figure.applyAsDouble(v)));
      return any ? String.format(Locale.ROOT, "%,.0f", series.sum(figure)) : "–";
    }).orElse("–");
  }

  private static String percent(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f %%", share * 100);
  }

  private static double median(Optional<LoadResults.Series> s, ToDoubleFunction<LoadResults.Value> figure) {
    return s.map(series -> series.median(figure)).orElse(Double.NaN);
  }
}
