package io.typedclient.consumers.modular;

import static com.google.common.truth.Truth.assertThat;

import io.typedclient.consumers.support.ManagedVersions;
import io.typedclient.consumers.support.Resolved;
import org.junit.jupiter.api.Test;

/**
 * This application declares Moshi itself, before typedclient: without the BOM, Maven's nearest-wins rule would give
 * it Moshi's okio 3.7.0 and kotlin-stdlib 1.8.21. With typedclient-bom imported it gets the versions the project
 * is tested with, and typedclient's artifacts (the processor included) without a version of their own.
 */
class BomVersionsTest {
  private final Resolved resolved = Resolved.read();

  @Test
  void theBomPinsOkioAndKotlinOverMoshisNearerOnes() {
    System.out.println(resolved.tree());
    assertThat(resolved.version("com.squareup.okio:okio-jvm")).isEqualTo(ManagedVersions.of("okio.version"));
    assertThat(resolved.version("org.jetbrains.kotlin:kotlin-stdlib"))
        .isEqualTo(ManagedVersions.of("kotlin-stdlib.version"));
    assertThat(resolved.version("com.squareup.moshi:moshi")).isEqualTo(ManagedVersions.of("moshi.version"));
  }

  @Test
  void theBomGivesTypedclientsVersion() {
    assertThat(resolved.version("io.typedclient:typedclient-runtime"))
        .isEqualTo(Resolved.property("typedclient.version"));
    assertThat(resolved.version("io.typedclient:typedclient-annotations"))
        .isEqualTo(Resolved.property("typedclient.version"));
  }
}
