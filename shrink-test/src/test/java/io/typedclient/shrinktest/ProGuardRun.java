package io.typedclient.shrinktest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
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
  String configuration(Path output, Path sharedRules) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("-injars '" + appClasses + "'(" + appPackage + "/**.class)");
    for (Path library : libraries) {
      // Manifests, module descriptors and Kotlin module files of the libraries are not needed by the app.
      lines.add("-injars '" + library + "'(!META-INF/**,!module-info.class)");
    }
    lines.add("-outjars '" + output + "'");
    for (String module : JDK_MODULES) {
      lines.add("-libraryjars '" + jdkModule(module, output.getParent()) + "'(!**.jar;!module-info.class)");
    }
    lines.add("-include '" + sharedRules + "'");
    lines.add("-keep public class " + mainClass + " { public static void main(java.lang.String[]); }");
    return String.join("\n", lines) + "\n";
  }

  /**
   * The JDK's classes of {@code module} for ProGuard: the JDK's {@code jmods/<module>.jmod} when the JDK ships
   * it, otherwise a jar written once into {@code workDir} from the running JVM's {@code jrt:/} image (some JDK
   * packages leave the jmods out).
   */
  static Path jdkModule(String module, Path workDir) throws IOException {
    Path jmod = Paths.get(System.getProperty("java.home"), "jmods", module + ".jmod");
    if (Files.exists(jmod)) {
      return jmod;
    }
    Path jar = workDir.resolve("jdk-" + module + ".jar");
    if (Files.exists(jar)) {
      return jar;
    }
    Path root = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("modules", module);
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("the running JDK has no module " + module);
    }
    Path partial = workDir.resolve("jdk-" + module + ".jar.tmp");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(partial));
        Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        out.putNextEntry(new JarEntry(root.relativize(file).toString()));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING);
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
