package io.typedclient.release;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every published jar is a module as its users see it: a descriptor in {@code META-INF/versions/11} of a
 * multi-release jar (none at the root, where Java 8 tools, Android's and animal-sniffer would meet it), classes
 * for Java 11 at the root, and the exports and requires that the README and design.md describe. The conformance
 * suite, whose test libraries have no module names to require, has a stable Automatic-Module-Name instead.
 */
class ModuleDescriptorsTest {
  private static final int JAVA_11 = 55;
  private static final int JAVA_17 = 61;

  private final Bundle bundle = Bundle.read();

  @TempDir Path temp;

  @Test
  void annotations() throws IOException {
    ModuleDescriptor module = descriptor("typedclient-annotations", JAVA_11);
    assertThat(module.name()).isEqualTo("io.typedclient");
    assertThat(exports(module)).containsExactly("io.typedclient");
    // JSpecify's @NullMarked is for compilers only.
    assertThat(requires(module)).containsExactly("java.base mandated", "org.jspecify static");
  }

  @Test
  void runtimeExportsBothPackagesAndLeavesJavaNetHttpOptional() throws IOException {
    ModuleDescriptor module = descriptor("typedclient-runtime", JAVA_11);
    assertThat(module.name()).isEqualTo("io.typedclient.runtime");
    // Generated code lives in the application's module and calls both packages.
    assertThat(exports(module)).containsExactly("io.typedclient.runtime", "io.typedclient.runtime.internal");
    assertThat(requires(module))
        .containsExactly(
            "java.base mandated",
            "io.typedclient transitive",
            "com.squareup.moshi transitive",
            "okio",
            "kotlin.stdlib",
            "java.net.http static",
            "java.logging static",
            // JSpecify's annotations on the API: read by an application's compiler, never needed at run time.
            "org.jspecify static transitive");
  }

  @Test
  void oktaClient() throws IOException {
    ModuleDescriptor module = descriptor("typedclient-okta-sessions", JAVA_11);
    assertThat(module.name()).isEqualTo("io.typedclient.okta");
    assertThat(exports(module)).containsExactly("io.typedclient.okta");
    assertThat(requires(module))
        .containsExactly(
            "java.base mandated", "io.typedclient.runtime transitive", "okio", "org.jspecify static transitive");
  }

  @Test
  void openTelemetryModuleRequiresTheRuntimeAndTheApiTransitively() throws IOException {
    ModuleDescriptor module = descriptor("typedclient-opentelemetry", JAVA_11);
    assertThat(module.name()).isEqualTo("io.typedclient.opentelemetry");
    assertThat(exports(module)).containsExactly("io.typedclient.opentelemetry");
    assertThat(requires(module))
        .containsExactly(
            "java.base mandated",
            "io.typedclient.runtime transitive",
            "io.opentelemetry.api transitive",
            "io.opentelemetry.context transitive");
  }

  @Test
  void fakeOktaNeedsJUnitOnlyForItsExtension() throws IOException {
    ModuleDescriptor module = descriptor("typedclient-okta-testing", JAVA_11);
    assertThat(module.name()).isEqualTo("io.typedclient.okta.testing");
    assertThat(exports(module)).containsExactly("io.typedclient.okta.testing");
    assertThat(requires(module))
        .containsExactly(
            "java.base mandated", "com.squareup.moshi", "okio", "org.junit.jupiter.api static transitive");
  }

  @Test
  void processorProvidesItselfAsAServiceAndExportsNothing() throws IOException {
    // The processor runs inside javac, which needs 17 to build this project anyway: its classes are for 17.
    ModuleDescriptor module = descriptor("typedclient-processor", JAVA_17);
    assertThat(module.name()).isEqualTo("io.typedclient.processor");
    assertThat(module.exports()).isEmpty();
    assertThat(module.provides()).hasSize(1);
    ModuleDescriptor.Provides provides = module.provides().iterator().next();
    assertThat(provides.service()).isEqualTo("javax.annotation.processing.Processor");
    assertThat(provides.providers()).containsExactly("io.typedclient.processor.TypedClientProcessor");
    // And for the class path, the ServiceLoader file as before.
    assertThat(
            new String(
                Jars.entries(jar("typedclient-processor")).get("META-INF/services/javax.annotation.processing.Processor"),
                java.nio.charset.StandardCharsets.UTF_8))
        .contains("io.typedclient.processor.TypedClientProcessor");
  }

  @Test
  void conformanceSuiteHasAStableAutomaticModuleName() throws IOException {
    byte[] jar = jar("typedclient-transport-conformance");
    assertThat(Jars.entries(jar).keySet().stream().filter(name -> name.endsWith("module-info.class")).count())
        .isEqualTo(0);
    assertThat(Jars.manifest(jar).getMainAttributes().getValue("Automatic-Module-Name"))
        .isEqualTo("io.typedclient.runtime.conformance");
    assertThat(finder("typedclient-transport-conformance").name()).isEqualTo("io.typedclient.runtime.conformance");
    assertClassesTarget("typedclient-transport-conformance", Jars.entries(jar), JAVA_11);
  }

  /**
   * The jar's descriptor, as the module system reads it, after checking where it sits and that the classes still
   * target {@code classVersion}.
   */
  private ModuleDescriptor descriptor(String artifactId, int classVersion) throws IOException {
    byte[] jar = jar(artifactId);
    Map<String, byte[]> entries = Jars.entries(jar);
    assertWithMessage("%s Multi-Release", artifactId)
        .that(Jars.manifest(jar).getMainAttributes().getValue(Attributes.Name.MULTI_RELEASE))
        .isEqualTo("true");
    assertWithMessage("%s descriptors", artifactId)
        .that(entries.keySet().stream().filter(name -> name.endsWith("module-info.class")).collect(Collectors.toList()))
        .containsExactly("META-INF/versions/11/module-info.class");
    assertWithMessage("%s descriptor class version", artifactId)
        .that(Jars.majorVersion(entries.get("META-INF/versions/11/module-info.class")))
        .isEqualTo(JAVA_11);
    // Only the descriptor is versioned: every class is the same on every Java.
    assertWithMessage("%s versioned entries", artifactId)
        .that(entries.keySet().stream().filter(name -> name.startsWith("META-INF/versions/")).count())
        .isEqualTo(1);
    assertClassesTarget(artifactId, entries, classVersion);
    ModuleDescriptor module = finder(artifactId);
    assertWithMessage("%s is automatic", artifactId).that(module.isAutomatic()).isFalse();
    return module;
  }

  private static void assertClassesTarget(String artifactId, Map<String, byte[]> entries, int classVersion) {
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      if (entry.getKey().endsWith(".class") && !entry.getKey().startsWith("META-INF/")) {
        assertWithMessage("%s %s class version", artifactId, entry.getKey())
            .that(Jars.majorVersion(entry.getValue()))
            .isEqualTo(classVersion);
      }
    }
  }

  /** The descriptor the module system derives from the jar as a file on the module path. */
  private ModuleDescriptor finder(String artifactId) throws IOException {
    Path file = temp.resolve(artifactId + ".jar");
    Files.write(file, jar(artifactId));
    return java.lang.module.ModuleFinder.of(file).findAll().iterator().next().descriptor();
  }

  private byte[] jar(String artifactId) {
    return bundle.file(Bundle.path(artifactId, null, "jar"));
  }

  private static Set<String> exports(ModuleDescriptor module) {
    Set<String> exports = new TreeSet<>();
    for (Exports export : module.exports()) {
      assertWithMessage("%s exports %s only to %s", module.name(), export.source(), export.targets())
          .that(export.isQualified())
          .isFalse();
      exports.add(export.source());
    }
    return exports;
  }

  private static Set<String> requires(ModuleDescriptor module) {
    Set<String> requires = new TreeSet<>();
    for (Requires require : module.requires()) {
      String modifiers =
          require.modifiers().stream()
              .map(modifier -> modifier.name().toLowerCase(java.util.Locale.ROOT))
              .sorted()
              .collect(Collectors.joining(" "));
      requires.add(require.name() + (modifiers.isEmpty() ? "" : " " + modifiers));
    }
    return requires;
  }
}
