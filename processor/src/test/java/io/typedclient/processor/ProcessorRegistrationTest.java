package io.typedclient.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/**
 * The two files that make the processor run: javac's service registration (written by AutoService) and Gradle's
 * incremental-processing declaration (kept by hand in {@code src/main/resources}). They must name the same class,
 * and Gradle must be told it is isolating, or every Gradle build that uses it recompiles everything.
 */
class ProcessorRegistrationTest {
  private static final String GRADLE = "META-INF/gradle/incremental.annotation.processors";
  private static final String SERVICES = "META-INF/services/" + Processor.class.getName();

  @Test
  void gradleIsToldTheProcessorIsIsolating() throws IOException {
    assertThat(linesOf(GRADLE)).containsExactly(TypedClientProcessor.class.getName() + ",isolating");
  }

  @Test
  void javacAndGradleNameTheSameProcessor() throws IOException, ReflectiveOperationException {
    List<String> services = linesOf(SERVICES);
    assertThat(services).containsExactly("io.typedclient.processor.TypedClientProcessor");
    String gradle = linesOf(GRADLE).get(0);
    assertThat(gradle.substring(0, gradle.indexOf(','))).isEqualTo(services.get(0));
    // The named class exists and is a processor that javac can instantiate.
    Object processor = Class.forName(services.get(0)).getConstructor().newInstance();
    assertThat(processor).isInstanceOf(Processor.class);
  }

  /**
   * The non-blank lines of {@code resource} as this module ships it: other jars on the test class path (other
   * processors) may carry a file of the same name, so only the copy beside the processor's classes counts.
   */
  private static List<String> linesOf(String resource) throws IOException {
    String classes = TypedClientProcessor.class.getProtectionDomain().getCodeSource().getLocation().toString();
    List<URL> ours = new ArrayList<>();
    for (URL url : Collections.list(TypedClientProcessor.class.getClassLoader().getResources(resource))) {
      if (url.toString().startsWith(classes) || url.toString().startsWith("jar:" + classes)) {
        ours.add(url);
      }
    }
    assertThat(ours).hasSize(1);
    List<String> lines = new ArrayList<>();
    try (InputStream in = ours.get(0).openStream()) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
    }
    return lines;
  }
}
