package io.typedclient.consumers;

import static com.google.common.truth.Truth.assertThat;

import io.typedclient.consumers.support.ManagedVersions;
import io.typedclient.consumers.support.Resolved;
import org.junit.jupiter.api.Test;

/**
 * An application that declares {@code typedclient-okta-sessions} and nothing else, with no BOM, resolves okio and
 * the Kotlin standard library at the versions this project is tested with, not at Moshi's (okio 3.7.0,
 * kotlin-stdlib 1.8.21): the runtime's POM declares both, one level nearer than Moshi's.
 */
class PlainAppDependenciesTest {
  private final Resolved resolved = Resolved.read();

  @Test
  void resolvesTheOkioAndKotlinVersionsTheProjectIsTestedWith() {
    System.out.println(resolved.tree());
    assertThat(resolved.version("com.squareup.okio:okio-jvm")).isEqualTo(ManagedVersions.of("okio.version"));
    assertThat(resolved.version("org.jetbrains.kotlin:kotlin-stdlib"))
        .isEqualTo(ManagedVersions.of("kotlin-stdlib.version"));
    assertThat(resolved.version("com.squareup.moshi:moshi")).isEqualTo(ManagedVersions.of("moshi.version"));
  }

  @Test
  void bringsTheRuntimeAndMoshiAndNothingElse() {
    String ours = Resolved.property("typedclient.version");
    assertThat(resolved.versions())
        .containsExactly(
            "io.typedclient:typedclient-okta-sessions", ours,
            "io.typedclient:typedclient-runtime", ours,
            "io.typedclient:typedclient-annotations", ours,
            "com.squareup.moshi:moshi", ManagedVersions.of("moshi.version"),
            "com.squareup.okio:okio-jvm", ManagedVersions.of("okio.version"),
            "org.jetbrains.kotlin:kotlin-stdlib", ManagedVersions.of("kotlin-stdlib.version"),
            // The nullness annotations of the runtime's and the client's API: annotations only, for compilers.
            "org.jspecify:jspecify", ManagedVersions.of("jspecify.version"),
            // Empty since Kotlin 1.8 (their classes moved into kotlin-stdlib); Moshi still names them.
            "org.jetbrains.kotlin:kotlin-stdlib-jdk8", "1.8.21",
            "org.jetbrains.kotlin:kotlin-stdlib-jdk7", "1.8.21",
            // kotlin-stdlib's own dependency: compile-time nullness annotations.
            "org.jetbrains:annotations", "13.0");
  }
}
