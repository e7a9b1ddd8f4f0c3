package io.typedclient.bench.ab;

import io.typedclient.bench.coldstart.ColdStartRun;
import io.typedclient.bench.coldstart.ColdStartRunner;
import io.typedclient.bench.server.SessionServer;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Paired cold starts: each variant's main in a fresh JVM, interleaved (A B, B A, A B, ...), against one loopback
 * server; per variant the medians of wall time, time since JVM start and classes loaded, and the median of the
 * per-round ratios to the first variant, so that the drift of a shared machine hits both sides of each ratio.
 */
public final class AbColdStart {
  private final List<Variant> variants;
  private final List<String> jvmArgs;

  /** Compares {@code variants} (the first is the reference); {@code jvmArgs} go to every child. */
  public AbColdStart(List<Variant> variants, List<String> jvmArgs) {
    this.variants = List.copyOf(variants);
    this.jvmArgs = List.copyOf(jvmArgs);
  }

  /** {@code runs} rounds; prints the summary. */
  public List<ColdStartRun> run(Path benchmarksDir, int runs) {
    ColdStartRunner runner = new ColdStartRunner(benchmarksDir, jvmArgs);
    List<String> classpaths = new ArrayList<>();
    for (Variant variant : variants) {
      classpaths.add(String.join(File.pathSeparator, variant.classpath(benchmarksDir)));
    }
    List<ColdStartRun> all = new ArrayList<>();
    try (SessionServer server = SessionServer.start("raw")) {
      for (int run = 0; run < runs; run++) {
        for (int k = 0; k < variants.size(); k++) {
          int index = run % 2 == 0 ? k : variants.size() - 1 - k;
          Variant variant = variants.get(index);
          ColdStartRun result = runner.once(variant.name(), variant.coldStartContender(), classpaths.get(index),
              server.baseUrl(), run);
          System.out.printf("run %2d %-14s %7.1f ms wall, %5d ms since JVM start, %5d classes%n", run,
              variant.name(), result.wallMillis(), result.sinceJvmStartMillis(), result.classesLoaded());
          all.add(result);
        }
      }
    }
    print(all, runs);
    return all;
  }

  private void print(List<ColdStartRun> all, int runs) {
    String reference = variants.get(0).name();
    System.out.printf("%d runs each, interleaved; medians [quartiles]%n", runs);
    System.out.printf("%-14s %24s %20s %24s %20s %8s%n", "variant", "wall ms", "x " + reference, "since JVM start ms",
        "x " + reference, "classes");
    for (Variant variant : variants) {
      List<Double> wall = new ArrayList<>();
      List<Double> since = new ArrayList<>();
      List<Double> classes = new ArrayList<>();
      List<Double> wallRatio = new ArrayList<>();
      List<Double> sinceRatio = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        ColdStartRun mine = find(all, variant.name(), run);
        ColdStartRun ref = find(all, reference, run);
        wall.add(mine.wallMillis());
        since.add((double) mine.sinceJvmStartMillis());
        classes.add((double) mine.classesLoaded());
        wallRatio.add(mine.wallMillis() / ref.wallMillis());
        sinceRatio.add((double) mine.sinceJvmStartMillis() / ref.sinceJvmStartMillis());
      }
      System.out.printf("%-14s %24s %20s %24s %20s %8.0f%n", variant.name(), Stats.summary(wall, "%,.0f"),
          Stats.summary(wallRatio, "%.3f"), Stats.summary(since, "%,.0f"), Stats.summary(sinceRatio, "%.3f"),
          Stats.median(classes));
    }
  }

  private static ColdStartRun find(List<ColdStartRun> all, String name, int run) {
    for (ColdStartRun r : all) {
      if (r.contender().equals(name) && r.run() == run) {
        return r;
      }
    }
    throw new IllegalStateException("no run " + run + " of " + name);
  }
}
