package io.typedclient.bench.coldstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One cold-start contender: its benchmark module (whose {@code target/classes} and
 * {@code target/runtime-classpath.txt} make its own classpath, nothing else) and its main class.
 *
 * @param name the name in the report
 * @param module the module folder under {@code benchmarks/}
 * @param mainClass takes {@code baseUrl token sessionId [extra...]} and prints one {@code COLDSTART} line
 * @param extraArgs appended after the three standard arguments
 */
public record ColdStartContender(String name, String module, String mainClass, List<String> extraArgs) {

  /** Every cold-start contender, in report order; the baseline first. */
  public static final List<ColdStartContender> ALL = List.of(
      new ColdStartContender("jvm-baseline", "probe", "io.typedclient.bench.probe.BaselineColdStart", List.of()),
      new ColdStartContender("floor", "floor", "io.typedclient.bench.floor.FloorColdStart", List.of()),
      new ColdStartContender("floor-urlconnection", "ours", "io.typedclient.bench.ours.UrlConnectionFloorColdStart",
          List.of()),
      new ColdStartContender("ours-jdk", "ours", "io.typedclient.bench.ours.OursColdStart", List.of("jdk")),
      new ColdStartContender("ours-urlconnection", "ours", "io.typedclient.bench.ours.OursColdStart",
          List.of("urlconnection")),
      new ColdStartContender("okta-sdk", "okta-sdk", "io.typedclient.bench.oktasdk.OktaSdkColdStart", List.of()),
      new ColdStartContender("retrofit", "retrofit", "io.typedclient.bench.retrofit.RetrofitColdStart", List.of()));

  /** The contender named {@code name}. */
  public static ColdStartContender named(String name) {
    for (ColdStartContender contender : ALL) {
      if (contender.name.equals(name)) {
        return contender;
      }
    }
    throw new IllegalArgumentException("unknown cold-start contender '" + name + "'");
  }

  /** This contender's classpath: its module's classes, then its runtime dependencies. */
  public String classpath(Path benchmarksDir) {
    Path target = benchmarksDir.resolve(module).resolve("target");
    Path classes = target.resolve("classes");
    Path dependencies = target.resolve("runtime-classpath.txt");
    if (!Files.isDirectory(classes) || !Files.isRegularFile(dependencies)) {
      throw new IllegalStateException("benchmarks/" + module + " is not built (no " + classes + " or " + dependencies
          + "): run ./mvnw -B -pl benchmarks/harness -am package -DskipTests first");
    }
    List<String> entries = new ArrayList<>();
    entries.add(classes.toString());
    entries.addAll(runtimeClasspath(dependencies));
    return String.join(java.io.File.pathSeparator, entries);
  }

  /** The entries of a {@code runtime-classpath.txt} written by {@code dependency:build-classpath}. */
  public static List<String> runtimeClasspath(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).trim();
      List<String> entries = new ArrayList<>();
      for (String entry : text.split(java.io.File.pathSeparator)) {
        if (!entry.isBlank()) {
          entries.add(entry);
        }
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
