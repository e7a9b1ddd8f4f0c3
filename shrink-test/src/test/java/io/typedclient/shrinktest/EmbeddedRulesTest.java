package io.typedclient.shrinktest;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Android Gradle plugin's choice of a jar's embedded rules, as {@link EmbeddedRules} implements it. */
class EmbeddedRulesTest {
  @TempDir Path dir;

  @Test
  void aJarWithoutAToolsFolderGivesItsProGuardFolder() throws IOException {
    Path jar = jar("legacy.jar", "META-INF/proguard/a.pro", "META-INF/proguard/b.pro",
        "META-INF/proguard/nested/c.pro", "META-INF/other.pro");

    assertThat(entries(EmbeddedRules.forR8(jar, "9.5.29")))
        .containsExactly("META-INF/proguard/a.pro", "META-INF/proguard/b.pro");
  }

  @Test
  void aToolsFolderWinsOverTheProGuardFolderAndIsChosenByVersion() throws IOException {
    Path jar = jar("targeted.jar",
        "META-INF/proguard/legacy.pro",
        "META-INF/com.android.tools/r8/any.pro",
        "META-INF/com.android.tools/r8-from-9.0.0/from9.pro",
        "META-INF/com.android.tools/r8-from-9.5.29/fromExactly.pro",
        "META-INF/com.android.tools/r8-from-10.0.0/from10.pro",
        "META-INF/com.android.tools/r8-upto-9.5.29/uptoExactly.pro",
        "META-INF/com.android.tools/r8-upto-9.6/upto96.pro",
        "META-INF/com.android.tools/r8-from-8.0-upto-9.6/range.pro",
        "META-INF/com.android.tools/r8-from-1.x/unreadable.pro",
        "META-INF/com.android.tools/proguard/forProGuard.pro",
        "META-INF/com.android.tools/r8/nested/deeper.pro");

    assertThat(entries(EmbeddedRules.forR8(jar, "9.5.29"))).containsExactly(
        "META-INF/com.android.tools/r8/any.pro",
        "META-INF/com.android.tools/r8-from-9.0.0/from9.pro",
        "META-INF/com.android.tools/r8-from-9.5.29/fromExactly.pro",
        "META-INF/com.android.tools/r8-upto-9.6/upto96.pro",
        "META-INF/com.android.tools/r8-from-8.0-upto-9.6/range.pro");
    assertThat(entries(EmbeddedRules.legacy(jar))).containsExactly("META-INF/proguard/legacy.pro");
    assertThat(EmbeddedRules.all(jar)).hasSize(11);
  }

  @Test
  void aToolsFolderWithNoMatchingVersionGivesNothing() throws IOException {
    Path jar = jar("future.jar", "META-INF/proguard/legacy.pro", "META-INF/com.android.tools/r8-from-99.0/x.pro");

    assertThat(EmbeddedRules.forR8(jar, "9.5.29")).isEmpty();
  }

  @Test
  void versionsCompareAsNumbers() {
    assertThat(EmbeddedRules.compareVersions("9.5.29", "9.5.3")).isGreaterThan(0);
    assertThat(EmbeddedRules.compareVersions("9.5", "9.5.0")).isEqualTo(0);
    assertThat(EmbeddedRules.compareVersions("10.0", "9.99.99")).isGreaterThan(0);
    assertThrows(NumberFormatException.class, () -> EmbeddedRules.compareVersions("1.x", "9.5.29"));
  }

  private Path jar(String name, String... entries) throws IOException {
    Path jar = dir.resolve(name);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String entry : entries) {
        out.putNextEntry(new JarEntry(entry));
        out.write(("# " + entry + "\n").getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  private static List<String> entries(List<EmbeddedRules.RulesFile> files) {
    return files.stream().map(f -> f.entry).collect(Collectors.toList());
  }
}
