package io.typedclient.shrinktest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import proguard.Configuration;
import proguard.ConfigurationParser;
import proguard.ProGuard;

/**
 * One ProGuard run: an app jar and the jars on its run-time path in, one shrunk and obfuscated jar out. The rules
 * are a keep rule for the app's {@code main}, the app's own rules files (none for the typedclient app), and every
 * library's embedded {@code META-INF/proguard/} rules, which ProGuard does not read by itself. The JDK's modules
 * are library classes: the app runs on this JVM.
 */
final class ProGuardRun {
  /** JDK modules the apps and their libraries link against. */
  private static final List<String> JDK_MODULES = List.of("java.base", "java.logging", "java.net.http");

  /**
   * Shrinking and obfuscation are what reflection breaks (a class or member found by name is gone or renamed), so
   * both are on. Optimization is off only to keep this run fast on a small machine: it more than doubles
   * ProGuard's time, and R8's run in full mode (R8ShrinkTest) optimizes the same app.
   */
  private static final String SPEED = "-dontoptimize";

  private final String name;
  private final Path appJar;
  private final List<Path> libraries;
  private final String mainClass;
  private final List<Path> appRules;

  ProGuardRun(String name, Path appJar, List<Path> libraries, String mainClass, List<Path> appRules) {
    this.name = name;
    this.appJar = appJar;
    this.libraries = libraries;
    this.mainClass = mainClass;
    this.appRules = appRules;
  }

  /** The configuration this run uses; the libraries' embedded rules are written out into {@code workDir}. */
  String configuration(Path output, Path workDir) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("-injars '" + appJar + "'(**.class)");
    for (Path library : libraries) {
      // Manifests, module descriptors and Kotlin module files of the libraries are not needed by the app.
      lines.add("-injars '" + library + "'(!META-INF/**,!module-info.class)");
    }
    lines.add("-outjars '" + output + "'");
    for (String module : JDK_MODULES) {
      lines.add("-libraryjars '" + JdkModules.jar(module, workDir) + "'");
    }
    lines.add(SPEED);
    lines.add("-keep public class " + mainClass + " { public static void main(java.lang.String[]); }");
    for (Path rules : appRules) {
      lines.add("-include '" + rules + "'");
    }
    for (Path rules : embeddedRules(workDir)) {
      lines.add("-include '" + rules + "'");
    }
    return String.join("\n", lines) + "\n";
  }

  /** Each library's {@code META-INF/proguard/} files, copied to {@code workDir/embedded/<jar>/}. */
  private List<Path> embeddedRules(Path workDir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path library : libraries) {
      for (EmbeddedRules.RulesFile rules : EmbeddedRules.legacy(library)) {
        Path copy = workDir.resolve("embedded").resolve(library.getFileName().toString())
            .resolve(rules.entry.substring(rules.entry.lastIndexOf('/') + 1));
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, rules.text);
        files.add(copy);
      }
    }
    return files;
  }

  /** Runs ProGuard; returns the output jar. ProGuard's own output goes to {@code log}. */
  Path run(Path workDir, StringBuilder log) throws Exception {
    workDir = workDir.toAbsolutePath();
    Files.createDirectories(workDir);
    Path output = workDir.resolve(name + "-proguard.jar");
    Files.deleteIfExists(output);
    Path config = workDir.resolve(name + "-proguard.pro");
    Files.writeString(config, configuration(output, workDir));
    Configuration configuration = new Configuration();
    try (ConfigurationParser parser = new ConfigurationParser(config.toFile(), System.getProperties())) {
      parser.parse(configuration);
    }
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    // ProGuard reports on System.out; the test keeps it with the run's log instead of the build's console.
    System.setOut(capture);
    try {
      new ProGuard(configuration).execute();
    } catch (Exception e) {
      System.setOut(original);
      throw new AssertionError("ProGuard failed: " + e.getMessage() + "\n" + captured.toString(StandardCharsets.UTF_8), e);
    } finally {
      System.setOut(original);
      log.append(captured.toString(StandardCharsets.UTF_8));
    }
    return output;
  }

  /** Bytes of the app jar and every library: what the app ships without a shrinker. */
  long inputBytes() {
    return Jars.size(appJar) + libraries.stream().mapToLong(Jars::size).sum();
  }
}
