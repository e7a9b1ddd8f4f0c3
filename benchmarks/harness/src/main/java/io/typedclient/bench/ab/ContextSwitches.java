package io.typedclient.bench.ab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Context switches of every thread of this process so far, from Linux's {@code /proc}; 0 elsewhere. */
final class ContextSwitches {
  private static final Path TASKS = Path.of("/proc/self/task");

  private ContextSwitches() {}

  /** Voluntary and involuntary switches of the live threads; threads that ended are not counted. */
  static long ofThisProcess() {
    if (!Files.isDirectory(TASKS)) {
      return 0;
    }
    long total = 0;
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        try {
          for (String line : Files.readAllLines(task.resolve("status"), StandardCharsets.US_ASCII)) {
            if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:")) {
              total += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
            }
          }
        } catch (IOException | NumberFormatException e) {
          // The thread ended while being read.
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return total;
  }
}
