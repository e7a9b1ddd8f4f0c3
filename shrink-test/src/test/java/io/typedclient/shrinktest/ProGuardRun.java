package io.typedclient.shrinktest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import proguard.Configuration;
import proguard.ConfigurationParser;
import proguard.ProGuard;

/**
 * One ProGuard run: an app's classes and the jars on its run-time path in, one shrunk and obfuscated jar out,
 * with the shared rules in {@code no-keep-rules.pro} and a keep rule for the app's {@code main} and nothing else.
 * The JDK's modules are library classes: the app runs on this JVM.
 */
final class ProGuardRun {
  /** JDK modules the apps and their libraries link against. */
  private static final List<String> JDK_MODULES = List.of("java.base", "java.logging", "java.net.http");

  private final String name;
  private final Path appClasses;
  private final String appPackage;
  private final List<Path> libraries;
  private final String mainClass;

  /**
   * @param appPackage the app's package as a path ({@code io/typedclient/shrinktest/okta}): only its classes are
   *     taken from {@code appClasses}, which holds both apps
   */
  ProGuardRun(String name, Path appClasses, String appPackage, List<Path> libraries, String mainClass) {
    this.name = name;
    this.appClasses = appClasses;
    this.appPackage = appPackage;
    this.libraries = libraries;
    this.mainClass = mainClass;
  }

  /** The rules this run uses, as a ProGuard configuration. */
  String configuration(Path output, Path sharedRules) {
    List<String> lines = new ArrayList<>();
    lines.add("-injars '" + appClasses + "'(" + appPackage + "/**.class)");
    for (Path library : libraries) {
      // Manifests, module descriptors and Kotlin module files of the libraries are not needed by the app.
      lines.add("-injars '" + library + "'(!META-INF/**,!module-info.class)");
    }
    lines.add("-outjars '" + output + "'");
    Path jmods = Paths.get(System.getProperty("java.home"), "jmods");
    for (String module : JDK_MODULES) {
      Path jmod = jmods.resolve(module + ".jmod");
      if (!Files.exists(jmod)) {
        throw new IllegalStateException("ProGuard needs the JDK's " + jmod + " (a JDK, not a JRE)");
      }
      lines.add("-libraryjars '" + jmod + "'(!**.jar;!module-info.class)");
    }
    lines.add("-include '" + sharedRules + "'");
    lines.add("-keep public class " + mainClass + " { public static void main(java.lang.String[]); }");
    return String.join("\n", lines) + "\n";
  }

  /** Runs ProGuard; returns the output jar. ProGuard's own output goes to {@code log}. */
  Path run(Path workDir, Path sharedRules, StringBuilder log) throws Exception {
    workDir = workDir.toAbsolutePath();
    Files.createDirectories(workDir);
    Path output = workDir.resolve(name + "-shrunk.jar");
    Files.deleteIfExists(output);
    Path config = workDir.resolve(name + ".pro");
    Files.writeString(config, configuration(output, sharedRules));
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

  /** Bytes of the app's classes and every library: what the app ships without ProGuard. */
  long inputBytes() throws IOException {
    long total = 0;
    try (java.util.stream.Stream<Path> files = Files.walk(appClasses.resolve(appPackage))) {
      total += files.filter(Files::isRegularFile).mapToLong(Jars::size).sum();
    }
    for (Path library : libraries) {
      total += Jars.size(library);
    }
    return total;
  }

  /** The class file names in a jar. */
  static List<String> classesIn(Path jar) throws IOException {
    List<String> classes = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      zip.stream().filter(e -> e.getName().endsWith(".class")).forEach(e -> classes.add(e.getName()));
    }
    return classes;
  }

  /** The run-time class path of the app as compiled, without ProGuard. */
  String unshrunkClassPath() {
    List<String> entries = new ArrayList<>();
    entries.add(appClasses.toString());
    for (Path library : libraries) {
      entries.add(library.toString());
    }
    return String.join(java.io.File.pathSeparator, entries);
  }
}
