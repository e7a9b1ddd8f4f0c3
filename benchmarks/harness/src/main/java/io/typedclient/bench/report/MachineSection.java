package io.typedclient.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The report's first sections: the machine it ran on, and how long each part of the run took. */
final class MachineSection {
  private MachineSection() {}

  static void machine(StringBuilder md, Map<String, String> clientJdks) {
    md.append("## Machine\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| date | ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
        .substring(0, 16).replace('T', ' ')).append(" UTC |\n");
    md.append("| CPU | ").append(cpuModel()).append(", ").append(Runtime.getRuntime().availableProcessors())
        .append(" cores visible to the JVM (`nproc`) |\n");
    md.append("| memory | ").append(memory()).append(" |\n");
    md.append("| OS | ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
        .append(" (").append(System.getProperty("os.arch")).append(") |\n");
    md.append("| JDK of the runner, its servers and the JMH runs | ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append(" (").append(System.getProperty("java.vm.vendor"))
        .append(") |\n");
    clientJdks.forEach((name, version) -> md.append("| JDK ").append(name).append(" column (clients) | ").append(version)
        .append(" |\n"));
    md.append("| load average at report time | ").append(loadAverage()).append(" |\n\n");
  }

  /**
   * The wall time of each section of {@code benchmarks/run} and of the whole run, and the machine's load average when
   * each ended, from {@code timings.tsv}; its {@code budget} row is the time the issue allows this kind of run.
   */
  static void runTime(StringBuilder md, Path results) {
    Tsv tsv = Tsv.read(results.resolve("timings.tsv"));
    if (tsv.rows.isEmpty()) {
      return;
    }
    md.append("## Run time\n\n");
    Optional<Map<String, String>> total = tsv.rows.stream().filter(r -> r.get("section").equals("total")).findFirst();
    double budget = tsv.rows.stream().filter(r -> r.get("section").equals("budget")).findFirst()
        .map(r -> Double.parseDouble(r.get("seconds"))).orElse(25 * 60.0);
    total.ifPresent(t -> {
      double seconds = Double.parseDouble(t.get("seconds"));
      md.append("The whole of `benchmarks/run` took **").append(Cells.minutes(seconds)).append("** of wall time on ")
          .append(Runtime.getRuntime().availableProcessors()).append(" cores (issue 21: under ")
          .append(Math.round(budget / 60)).append(" minutes on 2 cores; ").append(seconds < budget ? "met" : "**missed**")
          .append("), from the build to the last measurement. The load average is the machine's (1 minute) when "
              + "the section ended: other builds share these cores, which is why every ratio below pairs "
              + "contenders measured in the same round.\n\n");
    });
    md.append("| section | wall time | load average at its end |\n|---|---:|---:|\n");
    for (Map<String, String> row : tsv.rows) {
      String section = row.get("section");
      if (!section.equals("budget")) {
        String load = row.getOrDefault("load", "");
        md.append("| ").append(section.equals("total") ? "**whole run**" : section.equals("start") ? "(start of the run)" : section).append(" | ")
            .append(Cells.minutes(Double.parseDouble(row.get("seconds")))).append(" | ")
            .append(load == null || load.isEmpty() ? "–" : load).append(" |\n");
      }
    }
    md.append('\n');
  }

  private static String cpuModel() {
    for (String line : lines(Path.of("/proc/cpuinfo"))) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return System.getProperty("os.arch");
  }

  private static String memory() {
    for (String line : lines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
        return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
      }
    }
    return "unknown";
  }

  private static String loadAverage() {
    List<String> lines = lines(Path.of("/proc/loadavg"));
    return lines.isEmpty() ? "unknown" : String.join(" ", List.of(lines.get(0).split(" ")).subList(0, 3));
  }

  private static List<String> lines(Path file) {
    try {
      return Files.isReadable(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }
}
