package io.typedclient.bench.footprint;

import io.typedclient.bench.coldstart.ColdStartContender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What each contender puts on an application's runtime classpath, from its module's
 * {@code target/runtime-classpath.txt} (Maven's resolution of that contender's dependencies alone). The
 * benchmark glue (the {@code typedclient-bench-*} modules) is left out.
 */
public final class Footprint {
  private Footprint() {}

  /** One library on the classpath. */
  public record Library(String fileName, long bytes) {}

  /** A contender's libraries, largest first. */
  public record Result(String contender, List<Library> libraries) {
    public long bytes() {
      return libraries.stream().mapToLong(Library::bytes).sum();
    }
  }

  /** The footprint of {@code contender}, whose module is {@code benchmarks/<module>}. */
  public static Result of(Path benchmarksDir, String contender, String module) {
    Path file = benchmarksDir.resolve(module).resolve("target").resolve("runtime-classpath.txt");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("no " + file + ": build benchmarks/" + module + " first");
    }
    List<Library> libraries = new ArrayList<>();
    for (String entry : ColdStartContender.runtimeClasspath(file)) {
      Path path = Path.of(entry);
      String name = path.getFileName().toString();
      if (name.startsWith("typedclient-bench-") || entry.contains("/benchmarks/")) {
        continue;
      }
      libraries.add(new Library(displayName(path), size(path)));
    }
    libraries.sort(Comparator.comparingLong(Library::bytes).reversed());
    return new Result(contender, libraries);
  }

  /** A jar's file name; a reactor module resolved to its classes folder is named by its module folder. */
  private static String displayName(Path path) {
    if (Files.isDirectory(path) && path.getParent() != null && path.getParent().getParent() != null) {
      return path.getParent().getParent().getFileName() + "/target/classes (not packaged)";
    }
    return path.getFileName().toString();
  }

  private static long size(Path path) {
    try {
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          return files.filter(Files::isRegularFile).mapToLong(p -> {
            try {
              return Files.size(p);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }).sum();
        }
      }
      return Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
