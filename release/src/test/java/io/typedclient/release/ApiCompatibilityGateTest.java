package io.typedclient.release;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API compatibility gate fails a build, shown before its first real baseline exists. Builds the fixture
 * {@code src/test/api-gate} with Maven: a library at 0.1.0 and later versions of it, each checked by the japicmp
 * configuration that every published module inherits from typedclient-parent, against the 0.1.0 jar. One nested
 * build, offline, of five one-class modules ({@code -fae}, so each module's outcome is in the reactor summary).
 */
class ApiCompatibilityGateTest {
  private static final Pattern SUMMARY = Pattern.compile("\\[INFO\\] (gate-[a-z-]+) [0-9.A-Z-]+ \\.+ (SUCCESS|FAILURE)");

  @Test
  void theGateFailsAnUndeclaredBreakAndPassesACompatibleChange() throws Exception {
    Path directory = Paths.get(Bundle.property("api.gate.directory"));
    copyFixture(Paths.get(Bundle.property("api.gate.fixture")), directory);
    String log = build(directory);
    Map<String, String> outcomes = outcomes(log);

    assertWithMessage("reactor summary of the fixture build:\n%s", log)
        .that(outcomes)
        .containsExactly(
            "gate-baseline", "SUCCESS",
            "gate-breaking-patch", "FAILURE",
            "gate-compatible-patch", "SUCCESS",
            "gate-breaking-minor", "FAILURE",
            "gate-breaking-minor-declared", "SUCCESS");
    // A public method removed in 0.1.1: binary incompatible, which a patch may not be.
    assertThat(log).contains("on project gate-breaking-patch: Versions of archives indicate a patch change but binary "
        + "incompatible changes found");
    assertThat(log).contains("oldMethod=io.typedclient.runtime.Widget.size()");
    assertThat(log).contains("METHOD_REMOVED");
    // The same break in 0.2.0 fails too unless the release declares it.
    assertThat(log).contains("on project gate-breaking-minor: Versions of archives indicate a minor change but binary "
        + "incompatible changes found");
    // The compatible release was compared with the baseline and found to change no API: it removed a method of the
    // internal package, which the parent's configuration leaves out (or this module would have failed as the first).
    String compatible = Files.readString(directory.resolve("compatible-patch/target/japicmp/api-compatibility.xml"));
    assertThat(compatible).contains("oldVersion=\"0.1.0\"");
    assertThat(compatible).contains("newVersion=\"0.1.1-SNAPSHOT\"");
    assertThat(compatible).contains("packagesExclude=\"io.typedclient.runtime.internal");
    assertThat(compatible).contains("semanticVersioning=\"0.0.1\"");
    assertThat(compatible).contains("<classes/>");
    // The declared break skipped the version check, and said so.
    assertThat(log).contains("Skipping semantic version check because all major versions are zero");
  }

  /** Copies the fixture to a fresh {@code directory}, from where its parent's relative path reaches the root POM. */
  private static void copyFixture(Path fixture, Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> old = Files.walk(directory)) {
        for (Path path : (Iterable<Path>) old.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(path);
        }
      }
    }
    try (Stream<Path> files = Files.walk(fixture)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = directory.resolve(fixture.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  /** Runs {@code mvn verify} on the fixture with this JDK and this build's local repository; returns its output. */
  private static String build(Path directory) throws IOException, InterruptedException {
    boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
    Path maven = Paths.get(Bundle.property("maven.home"), "bin", windows ? "mvn.cmd" : "mvn");
    List<String> command = new ArrayList<>(List.of(maven.toString(), "-B", "-o", "-fae", "-Dmaven.test.skip=true",
        "-Dmaven.repo.local=" + Bundle.property("api.gate.repository"), "-f", directory.resolve("pom.xml").toString(),
        "verify"));
    Path log = directory.resolve("build.log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the fixture build did not end within 5 minutes; its log: " + log);
    }
    String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    assertWithMessage("exit code of the fixture build (a failed module fails it)\n%s", output)
        .that(process.exitValue())
        .isNotEqualTo(0);
    return output;
  }

  private static Map<String, String> outcomes(String log) {
    Map<String, String> outcomes = new LinkedHashMap<>();
    Matcher matcher = SUMMARY.matcher(log);
    while (matcher.find()) {
      outcomes.put(matcher.group(1), matcher.group(2));
    }
    return outcomes;
  }
}
