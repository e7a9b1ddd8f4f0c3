package io.typedclient.shrinktest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The running JDK's modules as plain jars, which ProGuard, R8 and D8 all read as libraries. Written once into a
 * work folder from the {@code jrt:/} image: not every JDK package ships {@code jmods/}, and R8 does not read them.
 */
final class JdkModules {
  private JdkModules() {}

  /** The classes of {@code module} in {@code workDir/jdk-<module>.jar}, written on first use. */
  static Path jar(String module, Path workDir) throws IOException {
    Path jar = workDir.resolve("jdk-" + module + ".jar");
    if (Files.exists(jar)) {
      return jar;
    }
    Path root = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("modules", module);
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("the running JDK has no module " + module);
    }
    Files.createDirectories(workDir);
    Path partial = workDir.resolve("jdk-" + module + ".jar.tmp");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(partial));
        Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(JdkModules::isLibraryClass)::iterator) {
        out.putNextEntry(new JarEntry(root.relativize(file).toString()));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING);
  }

  private static boolean isLibraryClass(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".class") && !name.equals("module-info.class");
  }
}
