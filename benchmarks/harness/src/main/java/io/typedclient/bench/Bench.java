package io.typedclient.bench;

import io.typedclient.bench.ab.AbColdStart;
import io.typedclient.bench.ab.AbSlices;
import io.typedclient.bench.ab.Variant;
import io.typedclient.bench.coldstart.ColdStartContender;
import io.typedclient.bench.coldstart.ColdStartRun;
import io.typedclient.bench.coldstart.ColdStartRunner;
import io.typedclient.bench.footprint.Footprint;
import io.typedclient.bench.load.Jdk;
import io.typedclient.bench.load.LoadRunner;
import io.typedclient.bench.load.Suite;
import io.typedclient.bench.processor.ProcessorCost;
import io.typedclient.bench.server.LoopbackTls;
import io.typedclient.bench.report.ReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The non-JMH parts of {@code benchmarks/run}, each writing a TSV file into the results folder:
 * <pre>
 * coldstart --benchmarks-dir DIR --results DIR --runs N [--jdks 17=DIR,25=DIR] [--settings plain:17,tls:17,tls:25]
 * footprint --benchmarks-dir DIR --results DIR
 * processor --results DIR --interfaces 50 --methods 10 --models 50 --warmups 1 --runs 5
 * load      --results DIR [--jdks 17=DIR,25=DIR] [--suites plain,tls,h2,oauth] [--rounds 3]
 *           [--warmup-ms 2000] [--phase-warmup-ms 500] [--measure-ms 2000] [--virtual-threads 1000]
 * report    --results DIR --out BENCHMARKS.md --title TEXT [--findings FILE]
 * </pre>
 * and, for measuring a change against its base, paired comparisons that print to the console (see
 * {@code benchmarks/FINDINGS.md}; a variant is {@code name=contender[@folder of replacement jars]}):
 * <pre>
 * ab           --benchmarks-dir DIR --variants before=ours-jdk@/tmp/base,after=ours-jdk [--threads 8]
 *              [--slice-ms 300] [--warmup-rounds 5] [--rounds 30] [--wire plain|h1|h2] [--tls-dir DIR]
 * ab-coldstart --benchmarks-dir DIR --variants floor,ours-jdk [--runs 20] [--jvm-args "-Xshare:auto ..."]
 * </pre>
 */
public final class Bench {
  private Bench() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: Bench coldstart|footprint|processor|report --option value ...");
    }
    Map<String, String> options = options(args);
    switch (args[0]) {
      case "ab":
        abSlices(options);
        return;
      case "ab-coldstart":
        new AbColdStart(Variant.parseAll(required(options, "variants")),
            options.containsKey("jvm-args") ? List.of(options.get("jvm-args").trim().split("\\s+")) : List.of())
            .run(Path.of(required(options, "benchmarks-dir")), Integer.parseInt(options.getOrDefault("runs", "20")));
        return;
      default:
        break;
    }
    Path results = Path.of(required(options, "results"));
    Files.createDirectories(results);
    switch (args[0]) {
      case "coldstart":
        coldStart(Path.of(required(options, "benchmarks-dir")), results, Integer.parseInt(options.getOrDefault("runs", "10")),
            coldStartSettings(options.getOrDefault("settings", "plain:" + Jdk.current().name()),
                Jdk.parseAll(options.get("jdks"))));
        break;
      case "footprint":
        footprint(Path.of(required(options, "benchmarks-dir")), results);
        break;
      case "load":
        new LoadRunner(results, Jdk.parseAll(options.get("jdks")), new LoadRunner.Settings(
            Long.parseLong(options.getOrDefault("warmup-ms", "2000")),
            Long.parseLong(options.getOrDefault("phase-warmup-ms", "500")),
            Long.parseLong(options.getOrDefault("measure-ms", "2000"))))
            .run(Suite.parseAll(options.getOrDefault("suites", "plain,tls,h2,oauth")).stream()
                    .map(s -> s.withVirtualThreads(Integer.parseInt(options.getOrDefault("virtual-threads", "1000"))))
                    .toList(), Integer.parseInt(options.getOrDefault("rounds", "3")));
        break;
      case "processor":
        processor(results, Integer.parseInt(options.getOrDefault("interfaces", "50")),
            Integer.parseInt(options.getOrDefault("methods", "10")),
            Integer.parseInt(options.getOrDefault("models", "50")),
            Integer.parseInt(options.getOrDefault("warmups", "1")),
            Integer.parseInt(options.getOrDefault("runs", "5")));
        break;
      case "report":
        String findings = options.containsKey("findings")
            ? Files.readString(Path.of(options.get("findings")), StandardCharsets.UTF_8) : "";
        Files.writeString(Path.of(required(options, "out")),
            ReportWriter.write(results, options.getOrDefault("title", "Benchmarks"), findings), StandardCharsets.UTF_8);
        break;
      default:
        throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  /** Runs every cold-start contender {@code runs} times over plain HTTP, interleaved, into {@code coldstart.tsv}. */
  public static List<ColdStartRun> coldStart(Path benchmarksDir, Path results, int runs) {
    return coldStart(benchmarksDir, results, runs,
        List.of(new ColdStartRunner.Setting("plain", Jdk.current())));
  }

  /**
   * Runs every cold-start contender {@code runs} times in each setting (wire and JDK), interleaved, into
   * {@code coldstart.tsv}.
   */
  public static List<ColdStartRun> coldStart(Path benchmarksDir, Path results, int runs,
      List<ColdStartRunner.Setting> settings) {
    boolean tls = settings.stream().anyMatch(s -> s.wire().equals("tls"));
    List<ColdStartRun> all = new ColdStartRunner(benchmarksDir, List.of())
        .run(ColdStartContender.ALL, runs, settings, tls ? LoopbackTls.in(results.resolve("tls")) : null);
    StringBuilder tsv = new StringBuilder(
        "wire\tjdk\tcontender\trun\twallMillis\tsinceJvmStartMillis\tclassesLoaded\tsession\n");
    for (ColdStartRun r : all) {
      tsv.append(r.wire()).append('\t').append(r.jdk()).append('\t')
          .append(r.contender()).append('\t').append(r.run()).append('\t').append(String.format("%.1f", r.wallMillis()))
          .append('\t').append(r.sinceJvmStartMillis()).append('\t').append(r.classesLoaded()).append('\t')
          .append(r.session()).append('\n');
      System.out.printf("cold start %-5s %-3s %-20s run %2d: %7.1f ms wall, %5d ms since JVM start, %5d classes, %s%n",
          r.wire(), r.jdk(), r.contender(), r.run(), r.wallMillis(), r.sinceJvmStartMillis(), r.classesLoaded(),
          r.session());
    }
    write(results.resolve("coldstart.tsv"), tsv);
    return all;
  }

  /** {@code plain:17,tls:17,tls:25}: each a wire and the name of one of {@code jdks}. */
  private static List<ColdStartRunner.Setting> coldStartSettings(String text, List<Jdk> jdks) {
    List<ColdStartRunner.Setting> settings = new ArrayList<>();
    for (String part : text.split(",")) {
      String[] wireAndJdk = part.trim().split(":");
      if (wireAndJdk.length != 2 || !(wireAndJdk[0].equals("plain") || wireAndJdk[0].equals("tls"))) {
        throw new IllegalArgumentException("a cold-start setting is plain:JDK or tls:JDK, not '" + part + "'");
      }
      Jdk jdk = jdks.stream().filter(j -> j.name().equals(wireAndJdk[1])).findFirst().orElseThrow(
          () -> new IllegalArgumentException("no JDK named " + wireAndJdk[1] + " in --jdks"));
      settings.add(new ColdStartRunner.Setting(wireAndJdk[0], jdk));
    }
    return settings;
  }

  /** Counts every contender's runtime classpath into {@code footprint.tsv}. */
  public static List<Footprint.Result> footprint(Path benchmarksDir, Path results) {
    List<Footprint.Result> all = new ArrayList<>();
    StringBuilder tsv = new StringBuilder("contender\tjars\tbytes\tlibraries\n");
    // One row per contender module (both "ours" transports share one), named after the module.
    List<String> modules = new ArrayList<>();
    for (ColdStartContender contender : ColdStartContender.ALL) {
      if (!contender.module().equals("probe") && !modules.contains(contender.module())) {
        modules.add(contender.module());
      }
    }
    for (String module : modules) {
      Footprint.Result result = Footprint.of(benchmarksDir, module, module);
      all.add(result);
      List<String> libraries = new ArrayList<>();
      for (Footprint.Library library : result.libraries()) {
        libraries.add(library.fileName() + "=" + library.bytes());
      }
      tsv.append(result.contender()).append('\t').append(result.libraries().size()).append('\t')
          .append(result.bytes()).append('\t').append(String.join(";", libraries)).append('\n');
      System.out.printf("footprint %-10s %3d jars %,12d bytes%n", result.contender(), result.libraries().size(),
          result.bytes());
    }
    write(results.resolve("footprint.tsv"), tsv);
    return all;
  }

  /** Compiles the generated project both ways into {@code processor.tsv}. */
  public static List<ProcessorCost.Compile> processor(Path results, int interfaces, int methods, int models,
      int warmups, int runs) throws IOException {
    Path work = Files.createTempDirectory("processor-cost");
    try {
      List<ProcessorCost.Compile> compiles = ProcessorCost.measure(work, interfaces, methods, models, warmups, runs);
      StringBuilder tsv = new StringBuilder("# interfaces=" + interfaces + " methods=" + methods + " models=" + models
          + "\nwithProcessor\tmillis\tgeneratedSources\tclassFiles\n");
      for (ProcessorCost.Compile c : compiles) {
        tsv.append(c.withProcessor()).append('\t').append(String.format("%.1f", c.millis())).append('\t')
            .append(c.generatedSources()).append('\t').append(c.classFiles()).append('\n');
        System.out.printf("javac %-17s %8.1f ms, %4d generated sources, %4d class files%n",
            c.withProcessor() ? "with processor" : "without processor", c.millis(), c.generatedSources(),
            c.classFiles());
      }
      write(results.resolve("processor.tsv"), tsv);
      return compiles;
    } finally {
      ProcessorCost.deleteRecursively(work);
    }
  }

  private static void abSlices(Map<String, String> options) throws IOException {
    AbSlices ab = new AbSlices(Variant.parseAll(required(options, "variants")),
        Integer.parseInt(options.getOrDefault("threads", "1")),
        Integer.parseInt(options.getOrDefault("slice-ms", "300")), options.getOrDefault("wire", "plain"),
        Path.of(options.getOrDefault("tls-dir", System.getProperty("java.io.tmpdir") + "/typedclient-bench-tls")));
    try {
      ab.run(Path.of(required(options, "benchmarks-dir")), Integer.parseInt(options.getOrDefault("warmup-rounds", "5")),
          Integer.parseInt(options.getOrDefault("rounds", "30")));
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --option value at " + args[i]);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return value;
  }

  private static void write(Path file, CharSequence text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
