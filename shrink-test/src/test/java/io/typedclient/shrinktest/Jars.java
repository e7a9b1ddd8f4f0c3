package io.typedclient.shrinktest;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/** Where the classes of a library come from, so the test can hand exactly those jars to a shrinker. */
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
        try (Stream<Path> files = Files.walk(path)) {
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

  /** The class file names in a jar. */
  static List<String> classesIn(Path jar) throws IOException {
    List<String> classes = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      zip.stream().filter(e -> e.getName().endsWith(".class")).forEach(e -> classes.add(e.getName()));
    }
    return classes;
  }

  /** A class path of these jars, in this order. */
  static String classPath(List<Path> jars) {
    return jars.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * {@code path} as a jar: itself, or, for a classes directory (a reactor module before {@code package}), a jar of
   * everything in it written into {@code workDir}. Shrinkers read embedded rules from jars.
   */
  static Path asJar(Path path, Path workDir) throws IOException {
    if (!Files.isDirectory(path)) {
      return path;
    }
    Files.createDirectories(workDir);
    Path jar = workDir.resolve(path.getParent().getParent().getFileName() + "-" + path.getFileName() + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(path)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        out.putNextEntry(new JarEntry(path.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }
}
