package io.typedclient.shrinktest;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A main class run in a JVM of its own, as an app is run: its exit code and everything it printed. */
final class JavaRun {
  final int exitCode;
  final String output;

  private JavaRun(int exitCode, String output) {
    this.exitCode = exitCode;
    this.output = output;
  }

  /** Runs {@code mainClass} from {@code classPath} with {@code args}; gives up (and fails) after 60 seconds. */
  static JavaRun run(String classPath, String mainClass, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    // Quick start on a small machine: the apps run for well under a second.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(List.of(args));
    Path log = Files.createTempFile("java-run", ".log");
    try {
      Process process =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError(mainClass + " did not end within 60 s; it printed:\n" + Files.readString(log));
      }
      return new JavaRun(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  @Override
  public String toString() {
    return "exit code " + exitCode + ", output:\n" + output;
  }
}
