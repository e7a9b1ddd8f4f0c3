package io.typedclient.opentelemetry;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.typedclient.okta.OktaSessions;
import io.typedclient.runtime.ClientRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "Zero cost when absent": no class of the runtime or of the Okta client names an OpenTelemetry type, so an
 * application that does not add this module loads, links and ships nothing of OpenTelemetry. Checked in the class
 * files' constant pools, where every type a class refers to is named.
 */
class RuntimeNeverNamesOpenTelemetryTest {
  private static final byte[] OPENTELEMETRY = "io/opentelemetry".getBytes(StandardCharsets.US_ASCII);

  @Test
  void neitherTheRuntimeNorTheOktaClientReferToOpenTelemetry() throws Exception {
    for (Class<?> inModule : List.of(ClientRuntime.class, OktaSessions.class)) {
      List<String> classes = new ArrayList<>();
      List<String> naming = new ArrayList<>();
      for (ClassFile file : classFiles(inModule)) {
        classes.add(file.name);
        if (contains(file.bytes, OPENTELEMETRY)) {
          naming.add(file.name);
        }
      }
      assertWithMessage("class files next to %s", inModule.getName()).that(classes.size()).isGreaterThan(20);
      assertWithMessage("classes next to %s that name OpenTelemetry", inModule.getName()).that(naming).isEmpty();
    }
    // And this module's do: the check would see a reference.
    assertThat(contains(bytesOf(OpenTelemetryObserver.class), OPENTELEMETRY)).isTrue();
  }

  private static final class ClassFile {
    final String name;
    final byte[] bytes;

    ClassFile(String name, byte[] bytes) {
      this.name = name;
      this.bytes = bytes;
    }
  }

  /** Every class file of the jar or directory {@code type} was loaded from. */
  private static List<ClassFile> classFiles(Class<?> type) throws IOException, URISyntaxException {
    Path location = Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<ClassFile> files = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> walk = Files.walk(location)) {
        for (Path path : (Iterable<Path>) walk::iterator) {
          if (path.toString().endsWith(".class")) {
            files.add(new ClassFile(location.relativize(path).toString(), Files.readAllBytes(path)));
          }
        }
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (JarEntry entry : Collections.list(jar.entries())) {
          if (entry.getName().endsWith(".class")) {
            try (InputStream in = jar.getInputStream(entry)) {
              files.add(new ClassFile(entry.getName(), in.readAllBytes()));
            }
          }
        }
      }
    }
    return files;
  }

  private static byte[] bytesOf(Class<?> type) throws IOException {
    try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
      return in.readAllBytes();
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
