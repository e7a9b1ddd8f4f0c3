package io.typedclient.release;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * typedclient-bom has no parent (importing it must not import typedclient-parent's test libraries), so what it
 * repeats of the parent is checked here: the version, the release metadata, every published jar, and the versions
 * of Moshi, okio and the Kotlin standard library that the project's own build and tests use.
 */
class BomTest {
  private final Bundle bundle = Bundle.read();
  private final Pom bom = Pom.parse(bundle.file(Bundle.path("typedclient-bom", null, "pom")));
  private final Pom parent = Pom.parse(bundle.file(Bundle.path("typedclient-parent", null, "pom")));

  @Test
  void managesEveryPublishedJarAtTheProjectsVersion() {
    Map<String, String> managed = managed();
    for (Map.Entry<String, String> artifact : Bundle.PUBLISHED.entrySet()) {
      if (artifact.getValue().equals("jar")) {
        assertWithMessage(artifact.getKey())
            .that(managed.get("io.typedclient:" + artifact.getKey()))
            .isEqualTo("${project.version}");
      }
    }
    assertThat(bom.text("version")).isEqualTo(Bundle.version());
    assertThat(bom.all("parent")).isEmpty();
  }

  @Test
  void pinsMoshiOkioKotlinAndJSpecifyAtTheVersionsTheProjectIsTestedWith() {
    Map<String, String> managed = managed();
    assertThat(managed.get("com.squareup.moshi:moshi")).isEqualTo(parent.text("properties/moshi.version"));
    assertThat(managed.get("com.squareup.okio:okio-jvm")).isEqualTo(parent.text("properties/okio.version"));
    assertThat(managed.get("com.squareup.okio:okio")).isEqualTo(parent.text("properties/okio.version"));
    assertThat(managed.get("org.jetbrains.kotlin:kotlin-stdlib"))
        .isEqualTo(parent.text("properties/kotlin-stdlib.version"));
    assertThat(managed.get("org.jspecify:jspecify")).isEqualTo(parent.text("properties/jspecify.version"));
    // Nothing else: a BOM that manages test libraries would impose them on every importer.
    assertThat(managed).hasSize(Bundle.PUBLISHED.size() - 2 + 5);
  }

  @Test
  void repeatsTheParentsReleaseMetadata() {
    for (String path :
        new String[] {
          "url", "licenses/license/name", "licenses/license/url", "developers/developer/name", "scm/url",
          "scm/connection", "scm/developerConnection", "issueManagement/url"
        }) {
      assertWithMessage(path).that(bom.text(path)).isEqualTo(parent.text(path));
    }
  }

  private Map<String, String> managed() {
    Map<String, String> managed = new LinkedHashMap<>();
    for (Element dependency : bom.all("dependencyManagement/dependencies/dependency")) {
      String key = Pom.child(dependency, "groupId") + ":" + Pom.child(dependency, "artifactId");
      assertWithMessage("managed twice: %s", key)
          .that(managed.put(key, Pom.child(dependency, "version")))
          .isNull();
    }
    return managed;
  }
}
