package io.typedclient.shrinktest;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;

/** Where the classes of a library come from, so the test can hand exactly those jars to ProGuard. */
final class Jars {
  private Jars() {}

  /** The jar (or classes directory, inside the reactor) that {@code type} was loaded from. */
  static Path of(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null) {
      throw new IllegalStateException(type + " comes from the platform, not from a jar");
    }
    try {
      Path path = Paths.get(source.getLocation().toURI());
      if (!Files.exists(path)) {
        throw new IllegalStateException(type + " comes from " + path + ", which does not exist");
      }
      return path;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Bytes in a jar, or in every file of a directory. */
  static long size(Path path) {
    try {
      if (Files.isDirectory(path)) {
        try (java.util.stream.Stream<Path> files = Files.walk(path)) {
          return files.filter(Files::isRegularFile).mapToLong(Jars::size).sum();
        }
      }
      return Files.size(path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Sizes in KiB, one decimal. */
  static String kib(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
  }
}
