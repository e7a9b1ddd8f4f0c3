package io.typedclient.shrinktest;

import com.android.tools.r8.CompilationFailedException;
import com.android.tools.r8.R8;
import com.android.tools.r8.R8Command;
import com.android.tools.r8.Version;
import com.android.tools.r8.origin.Origin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One R8 run in full mode (R8's default, and the Android Gradle plugin's since 8.0; {@code --pg-compat} is never
 * passed): an app jar and the jars on its run-time path in, a keep rule for the app's {@code main} and the app's
 * own rules files (none for the typedclient app), against a library. R8 applies each program jar's embedded rules
 * by itself, as the plugin does ({@link EmbeddedRules} says which). The run is the command line it prints, executed
 * in this JVM through R8's API with that very command line.
 */
final class R8Run {
  private static final Pattern SECTION =
      Pattern.compile("^# The proguard configuration file for the following section is (.+)$", Pattern.MULTILINE);

  private final String name;
  private final Path workDir;
  private final Path app;
  private final List<Path> libraries;
  private final String mainClass;
  private final List<Path> appRules;
  private final List<String> libraryArgs;
  private final boolean dex;

  private R8Run(String name, Path workDir, Path app, List<Path> libraries, String mainClass, List<Path> appRules,
      List<String> libraryArgs, boolean dex) {
    this.name = name;
    this.workDir = workDir;
    this.app = app;
    this.libraries = libraries;
    this.mainClass = mainClass;
    this.appRules = appRules;
    this.libraryArgs = libraryArgs;
    this.dex = dex;
  }

  /** Class files out, linked against the running JDK (all of it: the app runs on this JVM). */
  static R8Run toClassFiles(String name, Path workDir, Path app, List<Path> libraries, String mainClass,
      List<Path> appRules) {
    return new R8Run(name, workDir, app, libraries, mainClass, appRules,
        List.of("--classfile", "--lib", System.getProperty("java.home")), false);
  }

  /** Dex out at {@code --min-api 26}, linked against the Android library as R8 sees it. */
  static R8Run toDex(String name, Path workDir, Path app, List<Path> libraries, String mainClass,
      List<Path> androidLibrary) {
    List<String> args = new ArrayList<>(List.of("--min-api", "26"));
    for (Path library : androidLibrary) {
      args.add("--lib");
      args.add(library.toString());
    }
    return new R8Run(name, workDir, app, libraries, mainClass, List.of(), args, true);
  }

  /** The R8 version the test runs, which decides the embedded rules chosen. */
  static String version() {
    return Version.getVersionString().split(" ")[0];
  }

  /** The result of a run: its output, what R8 reported, and the configuration it applied. */
  static final class Result {
    final Path output;
    final Diagnostics diagnostics;
    final String configuration;
    final String command;
    final long millis;

    Result(Path output, Diagnostics diagnostics, String configuration, String command, long millis) {
      this.output = output;
      this.diagnostics = diagnostics;
      this.configuration = configuration;
      this.command = command;
      this.millis = millis;
    }

    /**
     * Where each part of the applied configuration came from, in order: a file given with {@code --pg-conf}, or
     * {@code <jar>:<entry>} for rules embedded in a jar.
     */
    Set<String> sources() {
      Set<String> sources = new LinkedHashSet<>();
      Matcher section = SECTION.matcher(configuration);
      while (section.find()) {
        sources.add(section.group(1));
      }
      return sources;
    }
  }

  /** R8 stopped: the command and what it reported. */
  static final class Failed extends AssertionError {
    final Diagnostics diagnostics;

    Failed(String command, Diagnostics diagnostics, Throwable cause) {
      super("R8 failed: " + command + "\n" + diagnostics, cause);
      this.diagnostics = diagnostics;
    }
  }

  /** The keep rule for the app's {@code main}, the only rule the app states. */
  Path keepMain() throws IOException {
    Path rules = workDir.resolve(name + "-keep-main.pro");
    Files.writeString(rules, "-keep public class " + mainClass + " { public static void main(java.lang.String[]); }\n");
    return rules;
  }

  /** The arguments of this run, as given to {@code java -cp r8.jar com.android.tools.r8.R8}. */
  List<String> arguments(Path output, Path configurationOutput) throws IOException {
    List<String> args = new ArrayList<>(List.of("--release"));
    args.addAll(libraryArgs);
    // Java resources are not what is proven here (an Android build merges them apart from the code); without
    // them the output holds the app's code and nothing else, and R8 still reads the jars' embedded rules.
    args.add("--no-data-resources");
    args.add("--pg-conf");
    args.add(keepMain().toString());
    for (Path rules : appRules) {
      args.add("--pg-conf");
      args.add(rules.toString());
    }
    args.add("--pg-conf-output");
    args.add(configurationOutput.toString());
    args.add("--output");
    args.add(output.toString());
    args.add(app.toString());
    libraries.forEach(library -> args.add(library.toString()));
    return args;
  }

  /**
   * Runs R8: {@code <name>-r8.jar}, or {@code <name>-r8-dex/classes.dex}, in the work folder. Throws {@link Failed}
   * with everything R8 reported when it stops.
   */
  Result run() throws IOException {
    Files.createDirectories(workDir);
    Path output = dex ? workDir.resolve(name + "-r8-dex") : workDir.resolve(name + "-r8.jar");
    Path configuration = workDir.resolve(name + "-r8-configuration.txt");
    if (dex) {
      Files.createDirectories(output);
      Files.deleteIfExists(output.resolve("classes.dex"));
    } else {
      Files.deleteIfExists(output);
    }
    Files.deleteIfExists(configuration);
    Diagnostics diagnostics = new Diagnostics();
    List<String> args = arguments(output, configuration);
    String command = "java -cp r8-" + version() + ".jar com.android.tools.r8.R8 " + String.join(" ", args);
    long start = System.nanoTime();
    try {
      R8.run(R8Command.parse(args.toArray(new String[0]), Origin.root(), diagnostics).build());
    } catch (CompilationFailedException e) {
      throw new Failed(command, diagnostics, e);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Result(dex ? output.resolve("classes.dex") : output, diagnostics, Files.readString(configuration),
        command, millis);
  }

  /** The app jar and every library jar: the program R8 is given, whose embedded rules it reads. */
  List<Path> program() {
    List<Path> program = new ArrayList<>();
    program.add(app);
    program.addAll(libraries);
    return program;
  }

  /** Bytes of the app jar and every library jar: what the app ships without R8. */
  long inputBytes() {
    return program().stream().mapToLong(Jars::size).sum();
  }
}
