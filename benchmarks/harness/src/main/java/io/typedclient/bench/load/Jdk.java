package io.typedclient.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JDK the children run on: a column of the tables.
 *
 * @param name the column's name ({@code 17}, {@code 25})
 * @param home the JDK's folder
 */
public record Jdk(String name, Path home) {

  /** {@code 17=/usr/lib/jvm/java-17,25=/usr/lib/jvm/temurin-25}; empty means this JVM's own JDK alone. */
  public static List<Jdk> parseAll(String text) {
    List<Jdk> jdks = new ArrayList<>();
    if (text == null || text.isBlank()) {
      jdks.add(current());
      return jdks;
    }
    for (String part : text.split(",")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("a JDK is name=folder, not '" + part + "'");
      }
      Jdk jdk = new Jdk(part.substring(0, eq).trim(), Path.of(part.substring(eq + 1).trim()));
      if (!Files.isExecutable(jdk.java())) {
        throw new IllegalArgumentException("JDK " + jdk.name + ": no " + jdk.java());
      }
      jdks.add(jdk);
    }
    return jdks;
  }

  /** The JDK this JVM runs on, named by its feature version. */
  public static Jdk current() {
    return new Jdk(Integer.toString(Runtime.version().feature()), Path.of(System.getProperty("java.home")));
  }

  /** Its {@code java} launcher. */
  public Path java() {
    return home.resolve("bin").resolve("java");
  }

  /** Its feature version, from its {@code release} file (this JVM's, when it is this JVM's JDK). */
  public int feature() {
    Path release = home.resolve("release");
    try {
      if (Files.isRegularFile(release)) {
        for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
          if (line.startsWith("JAVA_VERSION=")) {
            String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
            String first = version.split("[.+-]")[0];
            return Integer.parseInt(first.equals("1") ? version.split("\\.")[1] : first);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Runtime.version().feature();
  }
}
