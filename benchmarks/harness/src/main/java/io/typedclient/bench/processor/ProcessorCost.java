package io.typedclient.bench.processor;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compile time of a generated project with and without the typedclient processor, with the JDK's in-process
 * {@code javac} (as Maven runs it), alternating the two so drift in the machine hits both alike. Each compile
 * writes into fresh folders; the processor is loaded from its jar by javac's own class loader every time, as in a
 * fresh build.
 */
public final class ProcessorCost {
  private ProcessorCost() {}

  /** One compile. */
  public record Compile(boolean withProcessor, double millis, int generatedSources, int classFiles) {}

  /**
   * Generates the project under {@code workDir} and compiles it {@code warmups + runs} times each way; returns
   * the measured runs (warm-ups dropped).
   */
  public static List<Compile> measure(Path workDir, int interfaces, int methods, int models, int warmups, int runs) {
    List<Path> sources = ProjectGenerator.write(workDir.resolve("src"), interfaces, methods, models);
    List<Compile> results = new ArrayList<>();
    for (int i = 0; i < warmups + runs; i++) {
      Compile without = compile(workDir.resolve("without-" + i), sources, false);
      Compile with = compile(workDir.resolve("with-" + i), sources, true);
      if (i >= warmups) {
        results.add(without);
        results.add(with);
      }
    }
    return results;
  }

  static Compile compile(Path out, List<Path> sources, boolean withProcessor) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no system Java compiler: run on a JDK, not a JRE");
    }
    Path classes = out.resolve("classes");
    Path generated = out.resolve("generated");
    List<String> args = new ArrayList<>(List.of(
        "-d", classes.toString(), "-s", generated.toString(), "--release", "17", "-nowarn",
        "-classpath", runtimeClasspath()));
    if (withProcessor) {
      args.add("-processorpath");
      args.add(processorPath());
    } else {
      args.add("-proc:none");
    }
    for (Path source : sources) {
      args.add(source.toString());
    }
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    try {
      Files.createDirectories(classes);
      Files.createDirectories(generated);
      long start = System.nanoTime();
      int status = javac.run(null, diagnostics, diagnostics, args.toArray(new String[0]));
      double millis = (System.nanoTime() - start) / 1e6;
      if (status != 0) {
        throw new IllegalStateException("javac " + (withProcessor ? "with" : "without")
            + " the processor failed:\n" + tailOf(diagnostics.toString(StandardCharsets.UTF_8)));
      }
      return new Compile(withProcessor, millis, count(generated, ".java"), count(classes, ".class"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the generated project compiles against: the annotations and runtime, and Moshi. */
  static String runtimeClasspath() {
    return join(jarOf("io.typedclient.HttpApi"), jarOf("io.typedclient.runtime.ClientRuntime"),
        jarOf("com.squareup.moshi.Moshi"), jarOf("okio.Buffer"),
        jarOf("kotlin.Unit"));
  }

  /** The processor and what it runs on. */
  static String processorPath() {
    return join(jarOf("io.typedclient.processor.TypedClientProcessor"), jarOf("com.palantir.javapoet.JavaFile"),
        runtimeClasspath());
  }

  private static String jarOf(String className) {
    try {
      Class<?> type = Class.forName(className, false, ProcessorCost.class.getClassLoader());
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException("cannot locate " + className + " on the harness classpath", e);
    }
  }

  private static String join(String... entries) {
    return String.join(File.pathSeparator, entries);
  }

  private static int count(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return (int) files.filter(p -> p.toString().endsWith(suffix)).count();
    }
  }

  private static String tailOf(String text) {
    return text.length() <= 6000 ? text : "..." + text.substring(text.length() - 6000);
  }

  /** Deletes {@code dir} and everything under it. */
  public static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
