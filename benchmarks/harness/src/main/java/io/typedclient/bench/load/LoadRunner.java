package io.typedclient.bench.load;

import io.typedclient.bench.server.LoopbackTls;
import io.typedclient.bench.server.SessionServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * getSession under load, as services make the call: each contender in a fresh JVM of each JDK (one child per
 * contender, JDK and round, on the harness's classpath), against loopback servers that run in this JVM, so that a
 * JDK column changes the client's JDK only and the child's bytes and CPU per call are the client's alone. Rounds are
 * interleaved (suite by suite, JDK by JDK, A B C D, then again), so that the drifting load of a shared machine hits
 * both sides of a ratio alike. Writes {@code load.tsv} (one row per child and phase), {@code pinned.tsv} (the stacks
 * of {@code jdk.VirtualThreadPinned} events) and {@code jdks.tsv} (the exact version of each column).
 */
public final class LoadRunner {
  static final String FILE = "load.tsv";
  static final String PINNED_FILE = "pinned.tsv";
  static final String JDKS_FILE = "jdks.tsv";
  private static final String HEADER = "suite\tjdk\tround\tcontender\tphase\tcalls\tseconds\tcallsPerSecond\tbytesPerCall"
      + "\tcpuMicrosPerCall\tp50Micros\tp99Micros\terrors\tserverCpuMicrosPerRequest\tconnections\thttp2Share\tpinned"
      + "\tpinnedOurs\n";
  private static final long CHILD_TIMEOUT_SECONDS = 600;

  private final Path results;
  private final List<Jdk> jdks;
  private final Settings settings;
  private final LoopbackTls tls;
  private final Map<String, SessionServer> servers = new HashMap<>();
  private final Map<String, String> jdkVersions = new LinkedHashMap<>();

  /**
   * How long each part of a child runs.
   *
   * @param warmupMillis before the first phase is measured
   * @param phaseWarmupMillis before each later phase is measured, its callers already calling
   * @param measureMillis the measured window of each phase
   */
  public record Settings(long warmupMillis, long phaseWarmupMillis, long measureMillis) {}

  public LoadRunner(Path results, List<Jdk> jdks, Settings settings) {
    this.results = results;
    this.jdks = List.copyOf(jdks);
    this.settings = settings;
    this.tls = LoopbackTls.in(results.resolve("tls"));
  }

  /** Runs {@code rounds} rounds of {@code suites} and writes the result files. */
  public void run(List<Suite> suites, int rounds) {
    Path file = results.resolve(FILE);
    Path pinned = results.resolve(PINNED_FILE);
    write(file, HEADER, false);
    write(pinned, "suite\tjdk\tround\tcontender\tcount\tours\tstack\n", false);
    try {
      for (int round = 1; round <= rounds; round++) {
        for (Suite suite : suites) {
          for (Jdk jdk : suite.firstJdkOnly() ? jdks.subList(0, 1) : jdks) {
            for (String contender : suite.contenders()) {
              Child child = child(suite, jdk, round, contender);
              for (String row : child.rows) {
                write(file, row, true);
              }
              for (String stack : child.pinned) {
                write(pinned, stack, true);
              }
            }
          }
        }
      }
    } finally {
      closeServers();
    }
    StringBuilder versions = new StringBuilder("jdk\tversion\n");
    jdkVersions.forEach((name, version) -> versions.append(name).append('\t').append(version).append('\n'));
    write(results.resolve(JDKS_FILE), versions.toString(), false);
  }

  private SessionServer server(Suite suite) {
    return servers.computeIfAbsent(suite.wire(),
        wire -> wire.equals("plain") ? SessionServer.start("raw") : SessionServer.startTls(wire, tls));
  }

  /** What one child printed, as rows of the result files. */
  private static final class Child {
    final List<String> rows = new ArrayList<>();
    final List<String> pinned = new ArrayList<>();
  }

  private Child child(Suite suite, Jdk jdk, int round, String contender) {
    SessionServer server = server(suite);
    List<Phase> phases = suite.phases(jdk);
    List<String> command = new ArrayList<>();
    command.add(jdk.java().toString());
    command.add("-Xms1g");
    command.add("-Xmx1g");
    if (suite.tls()) {
      command.addAll(tls.clientJvmArgs(jdk.home()));
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LoadChild.class.getName());
    command.add("--job");
    command.add(new Job(contender, server.baseUrl(), suite.wire().equals("h2")).format());
    command.add("--phases");
    command.add(String.join(",", phases.stream().map(Phase::toString).toList()));
    command.add("--warmup-ms");
    command.add(Long.toString(settings.warmupMillis()));
    command.add("--phase-warmup-ms");
    command.add(Long.toString(settings.phaseWarmupMillis()));
    command.add("--measure-ms");
    command.add(Long.toString(settings.measureMillis()));
    command.add("--pinned");
    command.add("true");
    String label = suite.name() + " " + jdk.name() + " round " + round + " " + contender;
    Path stderr = results.resolve("load-stderr.log");
    write(stderr, "== " + label + "\n", true);
    Child child = new Child();
    Process process = null;
    try {
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile())).start();
      long[] atBegin = null;
      String prefix = suite.name() + "\t" + jdk.name() + "\t" + round + "\t" + contender + "\t";
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        long[] window = null;
        while ((line = out.readLine()) != null) {
          Map<String, String> fields = fields(line);
          if (line.startsWith(LoadChild.JVM + " ")) {
            jdkVersions.putIfAbsent(jdk.name(), fields.get("version") + " (" + fields.get("vendor").replace('_', ' ') + ")");
          } else if (line.startsWith(LoadChild.MARK + " begin")) {
            atBegin = snapshot(server);
          } else if (line.startsWith(LoadChild.MARK + " end")) {
            long[] atEnd = snapshot(server);
            window = new long[atEnd.length];
            for (int i = 0; i < atEnd.length; i++) {
              window[i] = atEnd[i] - atBegin[i];
            }
          } else if (line.startsWith(LoadChild.RESULT + " ")) {
            child.rows.add(prefix + row(fields, window));
            System.out.printf(Locale.ROOT, "load %-26s phase %-6s %,9.0f calls/s %,8.0f B/call %7.1f µs CPU/call%n",
                label, fields.get("phase"), Double.parseDouble(fields.get("calls")) / Double.parseDouble(fields.get("seconds")),
                Double.parseDouble(fields.get("bytes")) / Math.max(1, Double.parseDouble(fields.get("calls"))),
                Double.parseDouble(fields.get("cpuNanos")) / 1e3 / Math.max(1, Double.parseDouble(fields.get("calls"))));
          } else if (line.startsWith(LoadChild.PINNED + " ")) {
            child.pinned.add(prefix + fields.get("count") + "\t" + fields.get("ours") + "\t" + fields.get("stack") + "\n");
          }
        }
      }
      if (!process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException(label + " did not exit within " + CHILD_TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0 || child.rows.size() != phases.size()) {
        throw new IllegalStateException(label + " exited with " + process.exitValue() + " after " + child.rows.size()
            + " of " + phases.size() + " phases; see " + stderr);
      }
      return child;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      if (process != null && process.isAlive()) {
        process.destroyForcibly();
      }
    }
  }

  /**
   * One child on {@code jdk} that runs every contender of {@code suites} in turn, each with {@code phases}, for a
   * quick check that everything runs (the smoke test): the fields of each {@code LOAD} line, with the suite and the
   * contender added, and, per suite, the server's counters when the child was done (requests, CPU nanoseconds,
   * connections, HTTP/2 requests). Nothing is written.
   */
  public OneChild oneChild(Jdk jdk, List<Suite> suites, String phases, boolean pinned) {
    List<String[]> jobs = new ArrayList<>();
    List<String> command = new ArrayList<>();
    command.add(jdk.java().toString());
    command.addAll(tls.clientJvmArgs(jdk.home()));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LoadChild.class.getName());
    for (Suite suite : suites) {
      for (String contender : suite.contenders()) {
        jobs.add(new String[] {suite.name(), contender});
        command.add("--job");
        command.add(new Job(contender, server(suite).baseUrl(), suite.wire().equals("h2")).format());
      }
    }
    command.addAll(List.of("--phases", phases, "--warmup-ms", Long.toString(settings.warmupMillis()),
        "--phase-warmup-ms", Long.toString(settings.phaseWarmupMillis()), "--measure-ms",
        Long.toString(settings.measureMillis()), "--pinned", Boolean.toString(pinned)));
    Path stderr = results.resolve("load-stderr.log");
    List<Map<String, String>> lines = new ArrayList<>();
    Process process = null;
    try {
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile())).start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          if (line.startsWith(LoadChild.RESULT + " ")) {
            Map<String, String> fields = fields(line);
            String[] job = jobs.get(Integer.parseInt(fields.get("job")));
            fields.put("suite", job[0]);
            fields.put("contender", job[1]);
            lines.add(fields);
          }
        }
      }
      if (!process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("the child failed; see " + stderr);
      }
      Map<String, long[]> counters = new LinkedHashMap<>();
      for (Suite suite : suites) {
        counters.put(suite.name(), snapshot(server(suite)));
      }
      return new OneChild(lines, counters);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      if (process != null && process.isAlive()) {
        process.destroyForcibly();
      }
    }
  }

  /** Stops the servers {@link #oneChild} started. */
  public void closeServers() {
    for (SessionServer server : servers.values()) {
      server.close();
    }
    servers.clear();
  }

  /**
   * What {@link #oneChild} saw.
   *
   * @param results the fields of every {@code LOAD} line, with {@code suite} and {@code contender}
   * @param servers per suite: requests, CPU nanoseconds, connections, HTTP/2 requests of its server
   */
  public record OneChild(List<Map<String, String>> results, Map<String, long[]> servers) {}

  /** requests, CPU nanoseconds, connections, HTTP/2 requests of the server now. */
  private static long[] snapshot(SessionServer server) {
    return new long[] {server.requests(), server.cpuNanos(), server.connections(), server.http2Requests()};
  }

  private static String row(Map<String, String> f, long[] server) {
    double calls = Double.parseDouble(f.get("calls"));
    double perCall = Math.max(calls, 1);
    double requests = server == null ? 0 : server[0];
    return String.join("\t", f.get("phase"), f.get("calls"), f.get("seconds"),
        String.format(Locale.ROOT, "%.1f", calls / Double.parseDouble(f.get("seconds"))),
        String.format(Locale.ROOT, "%.1f", Double.parseDouble(f.get("bytes")) / perCall),
        String.format(Locale.ROOT, "%.2f", Double.parseDouble(f.get("cpuNanos")) / 1e3 / perCall),
        f.get("p50"), f.get("p99"), f.get("errors"),
        requests == 0 ? "NaN" : String.format(Locale.ROOT, "%.2f", server[1] / 1e3 / requests),
        server == null || server[2] < 0 ? "NaN" : Long.toString(server[2]),
        requests == 0 ? "NaN" : String.format(Locale.ROOT, "%.3f", server[3] / requests),
        f.get("pinned"), f.get("pinnedOurs")) + "\n";
  }

  static Map<String, String> fields(String line) {
    Map<String, String> fields = new HashMap<>();
    for (String part : line.split(" ")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        fields.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return fields;
  }

  private static void write(Path file, String text, boolean append) {
    try {
      Files.createDirectories(file.getParent());
      if (append) {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } else {
        Files.writeString(file, text, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
