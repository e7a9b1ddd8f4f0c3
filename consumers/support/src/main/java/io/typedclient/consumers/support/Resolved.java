package io.typedclient.consumers.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Maven resolved for a consumer application at run time, as the dependency plugin wrote it before the tests
 * (see consumers/pom.xml): {@code groupId:artifactId} to version, the jars in class path order, and the tree.
 */
public final class Resolved {
  /** A line of {@code dependency:list}: {@code   group:artifact:jar:version:scope}, maybe a module note after. */
  private static final Pattern LIST_LINE =
      Pattern.compile("^\\s+([\\w.\\-]+):([\\w.\\-]+):jar:(?:[\\w.\\-]+:)?([\\w.\\-]+):(compile|runtime)\\b.*$");

  private final Map<String, String> versions;
  private final List<Path> jars;
  private final String tree;

  private Resolved(Map<String, String> versions, List<Path> jars, String tree) {
    this.versions = versions;
    this.jars = jars;
    this.tree = tree;
  }

  /** Reads the files named by the system properties the consumers' Surefire sets. */
  public static Resolved read() {
    Map<String, String> versions = new LinkedHashMap<>();
    for (String line : lines(property("consumer.runtimeList"))) {
      Matcher m = LIST_LINE.matcher(line);
      if (m.matches()) {
        String key = m.group(1) + ":" + m.group(2);
        if (versions.put(key, m.group(3)) != null) {
          throw new IllegalStateException(key + " is listed twice in " + property("consumer.runtimeList"));
        }
      }
    }
    if (versions.isEmpty()) {
      throw new IllegalStateException("no dependency in " + property("consumer.runtimeList"));
    }
    List<Path> jars = new ArrayList<>();
    for (String entry : String.join("", lines(property("consumer.runtimePath"))).split(java.io.File.pathSeparator)) {
      if (!entry.isEmpty()) {
        jars.add(Paths.get(entry));
      }
    }
    String tree = String.join("\n", lines(property("consumer.runtimeTree")));
    return new Resolved(Collections.unmodifiableMap(versions), Collections.unmodifiableList(jars), tree);
  }

  /** {@code groupId:artifactId} to the version Maven chose, for every run-time dependency. */
  public Map<String, String> versions() {
    return versions;
  }

  /** The version Maven chose for {@code groupIdAndArtifactId}; fails when it is not there. */
  public String version(String groupIdAndArtifactId) {
    String version = versions.get(groupIdAndArtifactId);
    if (version == null) {
      throw new AssertionError(groupIdAndArtifactId + " was not resolved; resolved: " + versions);
    }
    return version;
  }

  /** The run-time jars, in Maven's order. */
  public List<Path> jars() {
    return jars;
  }

  /** {@code dependency:tree}'s output, for people reading a test report. */
  public String tree() {
    return tree;
  }

  /** A system property the consumers' Surefire sets; fails clearly when the test runs outside Maven. */
  public static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException("system property " + name + " is not set: run this test through Maven");
    }
    return value;
  }

  private static List<String> lines(String file) {
    try {
      return Files.readAllLines(Paths.get(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ", which the dependency plugin writes", e);
    }
  }
}
