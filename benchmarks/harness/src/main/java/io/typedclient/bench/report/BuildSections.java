package io.typedclient.bench.report;

import static io.typedclient.bench.report.Cells.millis;
import static io.typedclient.bench.report.Cells.ratio;
import static io.typedclient.bench.report.Cells.ratioText;
import static io.typedclient.bench.report.Contenders.FLOOR;
import static io.typedclient.bench.report.Contenders.HTTP_LABELS;
import static io.typedclient.bench.report.Contenders.OKTA_SDK;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Sections 8 and 9 of the report: what each contender ships, and what the processor adds to a compile. */
final class BuildSections {
  private BuildSections() {}

  static void footprint(StringBuilder md, Path results) {
    md.append("## 8. Footprint: what each contender puts on the runtime classpath\n\n");
    Tsv tsv = Tsv.read(results.resolve("footprint.tsv"));
    if (tsv.rows.isEmpty()) {
      md.append("_Not run._\n\n");
      return;
    }
    md.append("From each contender module's own `dependency:build-classpath` (runtime scope), which is Maven's "
        + "resolution of that client's dependencies alone; the benchmark glue is left out.\n\n");
    md.append("| contender | jars | MiB | × floor (bytes) | × okta-sdk (bytes) | largest |\n"
        + "|---|---:|---:|---:|---:|---|\n");
    Map<String, Double> bytesOf = new LinkedHashMap<>();
    for (Map<String, String> row : tsv.rows) {
      bytesOf.put(row.get("contender"), Double.parseDouble(row.get("bytes")));
    }
    for (Map<String, String> row : tsv.rows) {
      double bytes = Double.parseDouble(row.get("bytes"));
      List<String> largest = new ArrayList<>();
      String libraries = row.get("libraries");
      if (libraries != null && !libraries.isEmpty()) {
        for (String library : libraries.split(";")) {
          if (largest.size() == 4) {
            largest.add("…");
            break;
          }
          int eq = library.lastIndexOf('=');
          largest.add(library.substring(0, eq) + String.format(Locale.ROOT, " (%.2f MiB)",
              Long.parseLong(library.substring(eq + 1)) / 1048576.0));
        }
      }
      md.append("| ").append(HTTP_LABELS.getOrDefault(row.get("contender"), row.get("contender"))).append(" | ")
          .append(row.get("jars")).append(" | ").append(String.format(Locale.ROOT, "%.2f", bytes / 1048576.0))
          .append(" | ").append(ratio(bytes, bytesOf.getOrDefault(FLOOR, Double.NaN))).append(" | ")
          .append(ratio(bytes, bytesOf.getOrDefault(OKTA_SDK, Double.NaN))).append(" | ")
          .append(String.join(", ", largest)).append(" |\n");
    }
    md.append('\n');
  }

  static void processor(StringBuilder md, Path results) {
    md.append("## 9. Processor cost: compiling a generated project\n\n");
    Tsv tsv = Tsv.read(results.resolve("processor.tsv"));
    if (tsv.rows.isEmpty()) {
      md.append("_Not run._\n\n");
      return;
    }
    md.append("A generated project of ").append(tsv.meta.getOrDefault("interfaces", "?")).append(" `@HttpApi` "
        + "interfaces × ").append(tsv.meta.getOrDefault("methods", "?")).append(" methods and ")
        .append(tsv.meta.getOrDefault("models", "?")).append(" `@JsonModel` classes, compiled with the JDK's "
            + "in-process javac (`ToolProvider`, as Maven runs it), with `-proc:none` and with the processor on "
            + "`-processorpath`, alternating (without, with, without, with, ...); medians of the measured compiles, "
            + "after one warm-up of each that is dropped.\n\n");
    md.append("| compile | median ms | min–max ms | runs | generated sources | class files |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    List<Double> without = new ArrayList<>();
    List<Double> with = new ArrayList<>();
    String[] generated = new String[2];
    String[] classFiles = new String[2];
    for (Map<String, String> row : tsv.rows) {
      int k = Boolean.parseBoolean(row.get("withProcessor")) ? 1 : 0;
      (k == 1 ? with : without).add(Double.parseDouble(row.get("millis")));
      generated[k] = row.get("generatedSources");
      classFiles[k] = row.get("classFiles");
    }
    double[] medians = new double[2];
    for (int k = 0; k <= 1; k++) {
      double[] values = (k == 1 ? with : without).stream().mapToDouble(Double::doubleValue).toArray();
      medians[k] = JmhResults.median(values);
      md.append("| ").append(k == 1 ? "with the processor" : "without (`-proc:none`)").append(" | ")
          .append(millis(medians[k])).append(" | ")
          .append(millis(Arrays.stream(values).min().orElse(Double.NaN))).append("–")
          .append(millis(Arrays.stream(values).max().orElse(Double.NaN))).append(" | ")
          .append(values.length).append(" | ").append(generated[k]).append(" | ").append(classFiles[k])
          .append(" |\n");
    }
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(with.size(), without.size()); i++) {
      ratios.add(with.get(i) / without.get(i));
    }
    md.append("\nThe processor adds **").append(millis(medians[1] - medians[0])).append(" ms** to the median "
        + "compile; compile with it / without it, pair by pair: ").append(ratioText(JmhResults.median(
            ratios.stream().mapToDouble(Double::doubleValue).toArray())))
        .append(" (the time with it includes compiling the sources it generates).\n\n");
  }
}
