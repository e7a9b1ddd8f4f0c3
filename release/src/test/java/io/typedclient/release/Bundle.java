package io.typedclient.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The release bundle as the tests see it: every file in it, by its path in the zip. */
final class Bundle {
  /** Each published artifact with the packaging that decides its files; the release module's POM lists the same. */
  static final Map<String, String> PUBLISHED;

  static {
    Map<String, String> published = new LinkedHashMap<>();
    published.put("typedclient-parent", "pom");
    published.put("typedclient-bom", "pom");
    published.put("typedclient-annotations", "jar");
    published.put("typedclient-runtime", "jar");
    published.put("typedclient-transport-conformance", "jar");
    published.put("typedclient-processor", "jar");
    published.put("typedclient-okta-sessions", "jar");
    published.put("typedclient-okta-testing", "jar");
    published.put("typedclient-opentelemetry", "jar");
    PUBLISHED = Collections.unmodifiableMap(published);
  }

  private static Bundle instance;

  private final Map<String, byte[]> files;

  private Bundle(Map<String, byte[]> files) {
    this.files = files;
  }

  /** The bundle the build made, read once. */
  static synchronized Bundle read() {
    if (instance == null) {
      Path zip = Paths.get(property("bundle.file"));
      Map<String, byte[]> files = new LinkedHashMap<>();
      try (ZipFile file = new ZipFile(zip.toFile())) {
        for (ZipEntry entry : Collections.list(file.entries())) {
          if (!entry.isDirectory()) {
            files.put(entry.getName(), file.getInputStream(entry).readAllBytes());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundle " + zip, e);
      }
      instance = new Bundle(Collections.unmodifiableMap(files));
    }
    return instance;
  }

  static String version() {
    return property("project.version");
  }

  static boolean builtOffline() {
    return Boolean.parseBoolean(property("bundle.offline"));
  }

  static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException("system property " + name + " is not set: run this test through Maven");
    }
    return value;
  }

  /** The path of an artifact's file in the bundle: {@code io/typedclient/<a>/<v>/<a>-<v>[-<classifier>].<ext>}. */
  static String path(String artifactId, String classifier, String extension) {
    return "io/typedclient/" + artifactId + "/" + version() + "/" + artifactId + "-" + version()
        + (classifier == null ? "" : "-" + classifier) + "." + extension;
  }

  Map<String, byte[]> files() {
    return files;
  }

  /** The artifactIds that have a directory in the bundle. */
  SortedSet<String> artifactIds() {
    SortedSet<String> ids = new TreeSet<>();
    for (String name : files.keySet()) {
      String[] parts = name.split("/");
      if (parts.length != 5 || !parts[0].equals("io") || !parts[1].equals("typedclient")) {
        throw new AssertionError("not in repository layout under io/typedclient/<artifact>/<version>/: " + name);
      }
      ids.add(parts[2]);
    }
    return ids;
  }

  /** The bytes of a file; fails, naming what is there, when it is missing. */
  byte[] file(String path) {
    byte[] bytes = files.get(path);
    if (bytes == null) {
      throw new AssertionError(path + " is not in the bundle; it holds " + files.keySet());
    }
    return bytes;
  }

  boolean has(String path) {
    return files.containsKey(path);
  }
}
