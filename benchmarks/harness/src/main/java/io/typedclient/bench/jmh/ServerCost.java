package io.typedclient.bench.jmh;

import io.typedclient.bench.server.SessionServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Appends the loopback server's own cost of a trial (requests answered, CPU nanoseconds its threads used) to
 * {@code $BENCH_RESULTS/server-cost.tsv}, when the environment variable {@code BENCH_RESULTS} names a directory (forked JMH JVMs inherit it).
 */
final class ServerCost {
  static final String FILE = "server-cost.tsv";

  private ServerCost() {}

  static void record(BenchmarkParams params, SessionServer server) {
    String dir = System.getenv("BENCH_RESULTS");
    if (dir == null) {
      return;
    }
    String benchmark = params.getBenchmark();
    String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
    String line = method + "\t" + String.join(",", params.getParamsKeys().stream()
        .map(key -> key + "=" + params.getParam(key)).toArray(String[]::new))
        + "\t" + params.getMode().shortLabel() + "\t" + params.getThreads()
        + "\t" + server.requests() + "\t" + server.cpuNanos() + "\n";
    try {
      Path file = Path.of(dir, FILE);
      Files.createDirectories(file.getParent());
      Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
