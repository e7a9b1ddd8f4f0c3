package io.typedclient.bench.report;

import static io.typedclient.bench.report.Cells.millis;
import static io.typedclient.bench.report.Contenders.FLOOR;
import static io.typedclient.bench.report.Contenders.HTTP_LABELS;
import static io.typedclient.bench.report.Contenders.OKTA_SDK;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Section 7 of the report: cold start, from the interleaved fresh-JVM runs in {@code coldstart.tsv}: over plain HTTP
 * on the first JDK (the table of issue 7), and over HTTPS on every JDK of the run.
 */
final class ColdStartSection {
  private ColdStartSection() {}

  /** One setting's runs: contender -> run -> {wall, since JVM start, classes}. */
  private static final class Setting {
    final Map<String, Map<Integer, double[]>> byContender = new LinkedHashMap<>();
  }

  static void write(StringBuilder md, Path results, List<Target> targets, List<Target> issue21) {
    md.append("## 7. Cold start: fresh JVM to the first decoded session\n\n");
    Tsv tsv = Tsv.read(results.resolve("coldstart.tsv"));
    if (tsv.rows.isEmpty()) {
      md.append("_Not run._\n\n");
      return;
    }
    Map<String, Setting> settings = new LinkedHashMap<>();
    for (Map<String, String> row : tsv.rows) {
      String key = row.getOrDefault("wire", "plain") + "|" + row.getOrDefault("jdk", "");
      settings.computeIfAbsent(key, k -> new Setting()).byContender
          .computeIfAbsent(row.get("contender"), k -> new TreeMap<>())
          .put(Integer.parseInt(row.get("run")), new double[] {Double.parseDouble(row.get("wallMillis")),
              Double.parseDouble(row.get("sinceJvmStartMillis")), Double.parseDouble(row.get("classesLoaded"))});
    }
    int runs = settings.values().iterator().next().byContender.values().iterator().next().size();
    md.append("Each contender's main builds its client, calls getSession once against the loopback server (in the "
        + "runner's JVM) and prints the time and the classes loaded; the runner starts a fresh JVM for every run "
        + "(default flags, the same for all), on that contender's own classpath only, interleaved (every setting and "
        + "contender once per round). **Wall** is measured by the runner from `ProcessBuilder.start()` to the child's "
        + "report line (process start, JVM boot, class loading, the call); **since JVM start** is the child's own "
        + "`currentTimeMillis() - RuntimeMXBean.getStartTime()`. Medians of ").append(runs)
        .append(runs == 1 ? " run" : " runs").append("; ratios are medians of the per-run ratios (runs of one round "
            + "are seconds apart), with the ratio of the medians beside them where the two differ by more than 10 %. "
            + "Classes loaded include the probe's own `java.lang.management` classes (see the baseline row). Over "
            + "HTTPS every child loads its trust store (its JDK's `cacerts` with the loopback certificate added) and "
            + "shakes hands (TLS 1.3).\n\n");
    String firstPlain = settings.keySet().stream().filter(k -> k.startsWith("plain|")).findFirst().orElse(null);
    if (firstPlain != null) {
      md.append("### Plain HTTP/1.1").append(jdkSuffix(firstPlain)).append("\n\n");
      table(md, settings.get(firstPlain).byContender);
      for (String ours : List.of("ours-jdk", "ours-urlconnection")) {
        Map<Integer, double[]> o = settings.get(firstPlain).byContender.getOrDefault(ours, Map.of());
        Map<String, Map<Integer, double[]>> all = settings.get(firstPlain).byContender;
        targets.add(Target.atMost("cold start ≤ 1.15× floor (" + ours + ")",
            pairedRatio(o, all.getOrDefault(FLOOR, Map.of())), 1.15));
        targets.add(Target.atMost("cold start ≤ 0.5× okta-sdk (" + ours + ")",
            pairedRatio(o, all.getOrDefault(OKTA_SDK, Map.of())), 0.5));
      }
    }
    for (Map.Entry<String, Setting> e : settings.entrySet()) {
      if (!e.getKey().startsWith("tls|")) {
        continue;
      }
      md.append("### HTTPS (HTTP/1.1 over TLS 1.3)").append(jdkSuffix(e.getKey())).append("\n\n");
      table(md, e.getValue().byContender);
      String jdk = e.getKey().substring(e.getKey().indexOf('|') + 1);
      if (jdk.equals("25")) {
        Map<String, Map<Integer, double[]>> all = e.getValue().byContender;
        issue21.add(Target.atMost("cold start to the first HTTPS session ≤ 0.5× okta-sdk (default transport, JDK 25)",
            pairedRatio(all.getOrDefault("ours-jdk", Map.of()), all.getOrDefault(OKTA_SDK, Map.of())), 0.5));
      }
    }
  }

  private static String jdkSuffix(String key) {
    String jdk = key.substring(key.indexOf('|') + 1);
    return jdk.isEmpty() ? "" : ", JDK " + jdk;
  }

  private static void table(StringBuilder md, Map<String, Map<Integer, double[]>> byContender) {
    md.append("| contender | wall ms (median) | min–max | × floor | × okta-sdk | since JVM start ms | over baseline ms "
        + "| classes loaded |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    Map<Integer, double[]> floor = byContender.getOrDefault(FLOOR, Map.of());
    Map<Integer, double[]> sdk = byContender.getOrDefault(OKTA_SDK, Map.of());
    double baseline = median(byContender.getOrDefault("jvm-baseline", Map.of()), 0);
    for (Map.Entry<String, Map<Integer, double[]>> e : byContender.entrySet()) {
      Map<Integer, double[]> runsOf = e.getValue();
      double wall = median(runsOf, 0);
      double min = runsOf.values().stream().mapToDouble(r -> r[0]).min().orElse(Double.NaN);
      double max = runsOf.values().stream().mapToDouble(r -> r[0]).max().orElse(Double.NaN);
      md.append("| ").append(coldLabel(e.getKey())).append(" | ").append(millis(wall)).append(" | ")
          .append(millis(min)).append("–").append(millis(max)).append(" | ")
          .append(pairedRatio(runsOf, floor).cell()).append(" | ").append(pairedRatio(runsOf, sdk).cell())
          .append(" | ").append(millis(median(runsOf, 1))).append(" | ")
          .append(e.getKey().equals("jvm-baseline") ? "–" : millis(wall - baseline)).append(" | ")
          .append(String.format(Locale.ROOT, "%,.0f", median(runsOf, 2))).append(" |\n");
    }
    md.append('\n');
  }

  /** {@code a[run][0] / b[run][0]} run by run, over the runs both have, and the ratio of their median walls. */
  private static Ratio pairedRatio(Map<Integer, double[]> a, Map<Integer, double[]> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Ratio.NONE;
    }
    List<Double> ratios = new ArrayList<>();
    for (Map.Entry<Integer, double[]> e : a.entrySet()) {
      double[] other = b.get(e.getKey());
      if (other != null) {
        ratios.add(e.getValue()[0] / other[0]);
      }
    }
    return new Ratio(ratios, median(a, 0) / median(b, 0));
  }

  private static double median(Map<Integer, double[]> runs, int index) {
    return JmhResults.median(runs.values().stream().mapToDouble(r -> r[index]).toArray());
  }

  private static String coldLabel(String name) {
    if (name.equals("jvm-baseline")) {
      return "JVM baseline (empty main + probe)";
    }
    return HTTP_LABELS.getOrDefault(name, name);
  }
}
