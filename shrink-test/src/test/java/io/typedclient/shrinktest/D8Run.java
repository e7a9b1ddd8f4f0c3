package io.typedclient.shrinktest;

import com.android.tools.r8.CompilationFailedException;
import com.android.tools.r8.D8;
import com.android.tools.r8.D8Command;
import com.android.tools.r8.origin.Origin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** D8 dexes class files at {@code --min-api 26} against the Android library, as an Android build dexes a jar. */
final class D8Run {
  private D8Run() {}

  /** The result: the dex file and what D8 reported. */
  static final class Result {
    final Path dex;
    final Diagnostics diagnostics;
    final String command;
    final long millis;

    Result(Path dex, Diagnostics diagnostics, String command, long millis) {
      this.dex = dex;
      this.diagnostics = diagnostics;
      this.command = command;
      this.millis = millis;
    }
  }

  /** Dexes {@code classes} into {@code outputDir/classes.dex}; fails with everything D8 reported when it stops. */
  static Result dex(Path classes, List<Path> androidLibrary, Path outputDir) throws IOException {
    Files.createDirectories(outputDir);
    Files.deleteIfExists(outputDir.resolve("classes.dex"));
    List<String> args = new ArrayList<>(List.of("--release", "--min-api", "26"));
    for (Path library : androidLibrary) {
      args.add("--lib");
      args.add(library.toString());
    }
    args.add("--output");
    args.add(outputDir.toString());
    args.add(classes.toString());
    String command = "java -cp r8-" + R8Run.version() + ".jar com.android.tools.r8.D8 " + String.join(" ", args);
    Diagnostics diagnostics = new Diagnostics();
    long start = System.nanoTime();
    try {
      D8.run(D8Command.parse(args.toArray(new String[0]), Origin.root(), diagnostics).build());
    } catch (CompilationFailedException e) {
      throw new AssertionError("D8 failed: " + command + "\n" + diagnostics, e);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Result(outputDir.resolve("classes.dex"), diagnostics, command, millis);
  }
}
