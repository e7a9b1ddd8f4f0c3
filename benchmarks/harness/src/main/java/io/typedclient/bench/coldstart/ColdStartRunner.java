package io.typedclient.bench.coldstart;

import io.typedclient.bench.load.Jdk;
import io.typedclient.bench.probe.ColdStartProbe;
import io.typedclient.bench.server.LoopbackTls;
import io.typedclient.bench.server.SessionPayload;
import io.typedclient.bench.server.SessionServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts each contender in a fresh JVM on its own classpath against one loopback server, interleaved
 * (A B C D A B C D ...), and collects one {@link ColdStartRun} per start. Every child gets the same JVM flags. Over
 * TLS, the server has {@link LoopbackTls}'s certificate and each child trusts it through its JDK's own trust store
 * with that certificate added; each child may run on another JDK.
 */
public final class ColdStartRunner {
  private static final long CHILD_TIMEOUT_SECONDS = 60;

  private final Path benchmarksDir;
  private final List<String> jvmArgs;

  /** A runner for the modules under {@code benchmarksDir}; {@code jvmArgs} go to every child. */
  public ColdStartRunner(Path benchmarksDir, List<String> jvmArgs) {
    this.benchmarksDir = benchmarksDir;
    this.jvmArgs = List.copyOf(jvmArgs);
  }

  /** {@code runs} rounds over {@code contenders}, interleaved, over plain HTTP on this JVM's JDK. */
  public List<ColdStartRun> run(List<ColdStartContender> contenders, int runs) {
    return run(contenders, runs, List.of(new Setting("plain", Jdk.current())), null);
  }

  /**
   * One column of the cold-start tables.
   *
   * @param wire {@code plain} (HTTP/1.1) or {@code tls} (HTTP/1.1 over TLS 1.3)
   * @param jdk the JDK the children run on
   */
  public record Setting(String wire, Jdk jdk) {}

  /**
   * {@code runs} rounds over {@code contenders} in each of {@code settings}, interleaved (a round runs every setting
   * and contender once); {@code tls} holds the certificate of the TLS server, needed when a setting is {@code tls}.
   */
  public List<ColdStartRun> run(List<ColdStartContender> contenders, int runs, List<Setting> settings, LoopbackTls tls) {
    Map<String, String> classpaths = new HashMap<>();
    for (ColdStartContender contender : contenders) {
      classpaths.put(contender.name(), contender.classpath(benchmarksDir));
    }
    List<ColdStartRun> results = new ArrayList<>();
    boolean anyTls = settings.stream().anyMatch(s -> s.wire().equals("tls"));
    try (SessionServer plain = SessionServer.start("raw");
        SessionServer secure = anyTls ? SessionServer.startTls("h1", tls) : null) {
      for (int run = 1; run <= runs; run++) {
        for (Setting setting : settings) {
          boolean isTls = setting.wire().equals("tls");
          List<String> extra = isTls ? tls.clientJvmArgs(setting.jdk().home()) : List.of();
          String baseUrl = isTls ? secure.baseUrl() : plain.baseUrl();
          for (ColdStartContender contender : contenders) {
            ColdStartRun result = once(contender.name(), contender, classpaths.get(contender.name()), baseUrl, run,
                setting.jdk(), extra);
            results.add(new ColdStartRun(result.contender(), result.run(), result.wallMillis(),
                result.sinceJvmStartMillis(), result.classesLoaded(), result.session(), setting.wire(),
                setting.jdk().name()));
          }
        }
      }
    }
    return results;
  }

  /**
   * Starts {@code contender}'s main once in a fresh JVM on {@code classpath} against the server at {@code baseUrl};
   * the run is recorded under {@code name}.
   */
  public ColdStartRun once(String name, ColdStartContender contender, String classpath, String baseUrl, int run) {
    return once(name, contender, classpath, baseUrl, run, Jdk.current(), List.of());
  }

  /** As {@link #once(String, ColdStartContender, String, String, int)}, on {@code jdk} with {@code extraJvmArgs}. */
  public ColdStartRun once(String name, ColdStartContender contender, String classpath, String baseUrl, int run,
      Jdk jdk, List<String> extraJvmArgs) {
    List<String> command = new ArrayList<>();
    command.add(jdk.java().toString());
    command.addAll(jvmArgs);
    command.addAll(extraJvmArgs);
    command.add("-cp");
    command.add(classpath);
    command.add(contender.mainClass());
    command.add(baseUrl);
    command.add(SessionPayload.API_TOKEN);
    command.add(SessionPayload.SESSION_ID);
    command.addAll(contender.extraArgs());
    Path stderr = null;
    Process process = null;
    try {
      stderr = Files.createTempFile("coldstart-" + contender.name(), ".err");
      ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
      long start = System.nanoTime();
      process = builder.start();
      String line;
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        while ((line = out.readLine()) != null && !line.startsWith(ColdStartProbe.PREFIX)) {
          // Skip whatever a client prints before the probe line.
        }
      }
      double wallMillis = (System.nanoTime() - start) / 1e6;
      if (!process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException(contender.name() + " did not exit within " + CHILD_TIMEOUT_SECONDS + " s");
      }
      if (line == null) {
        throw new IllegalStateException(contender.name() + " exited with " + process.exitValue()
            + " without a " + ColdStartProbe.PREFIX + " line; stderr:\n" + tail(stderr));
      }
      Map<String, String> fields = fields(line);
      return new ColdStartRun(name, run, wallMillis, Long.parseLong(fields.get("sinceJvmStartMs")),
          Integer.parseInt(fields.get("classesLoaded")), fields.get("session"), "plain", jdk.name());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      if (process != null && process.isAlive()) {
        process.destroyForcibly();
      }
      if (stderr != null) {
        try {
          Files.deleteIfExists(stderr);
        } catch (IOException ignored) {
          // A temp file left behind is harmless.
        }
      }
    }
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

  private static String tail(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
  }
}
