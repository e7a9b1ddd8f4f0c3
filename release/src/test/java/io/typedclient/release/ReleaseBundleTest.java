package io.typedclient.release;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Opens target/central-bundle.zip and checks it as Maven Central's validation does: repository layout, a POM with
 * name, description, URL, license, developers and SCM (inherited from typedclient-parent, which is in the bundle
 * too), -sources and -javadoc jars beside every jar, an MD5 and a SHA-1 file beside every file. Signatures are not
 * checked: there is no key here (docs/releasing.md).
 */
class ReleaseBundleTest {
  private final Bundle bundle = Bundle.read();

  @Test
  void holdsExactlyThePublishedArtifacts() {
    assertThat(bundle.artifactIds()).containsExactlyElementsIn(Bundle.PUBLISHED.keySet());
  }

  @Test
  void everyJarComesWithItsPomSourcesAndJavadoc() {
    for (Map.Entry<String, String> artifact : Bundle.PUBLISHED.entrySet()) {
      String id = artifact.getKey();
      assertThat(bundle.has(Bundle.path(id, null, "pom"))).isTrue();
      if (artifact.getValue().equals("jar")) {
        for (String classifier : new String[] {null, "sources", "javadoc"}) {
          assertWithMessage("%s %s", id, classifier).that(bundle.has(Bundle.path(id, classifier, "jar"))).isTrue();
        }
      }
    }
  }

  @Test
  void everyFileHasItsMd5AndSha1() throws NoSuchAlgorithmException {
    List<String> checked = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : bundle.files().entrySet()) {
      String name = file.getKey();
      if (name.endsWith(".md5") || name.endsWith(".sha1")) {
        continue;
      }
      assertWithMessage(name + ".md5")
          .that(new String(bundle.file(name + ".md5"), StandardCharsets.US_ASCII).trim())
          .isEqualTo(hex("MD5", file.getValue()));
      assertWithMessage(name + ".sha1")
          .that(new String(bundle.file(name + ".sha1"), StandardCharsets.US_ASCII).trim())
          .isEqualTo(hex("SHA-1", file.getValue()));
      checked.add(name);
    }
    // Every checksum file belongs to a file: nothing else hides in the bundle.
    assertThat(bundle.files()).hasSize(checked.size() * 3);
  }

  @Test
  void pomsCarryWhatCentralRequires() {
    for (String id : Bundle.PUBLISHED.keySet()) {
      Pom pom = Pom.parse(bundle.file(Bundle.path(id, null, "pom")));
      assertWithMessage("%s groupId", id)
          .that(pom.text("groupId") != null ? pom.text("groupId") : pom.text("parent/groupId"))
          .isEqualTo("io.typedclient");
      assertWithMessage("%s artifactId", id).that(pom.text("artifactId")).isEqualTo(id);
      String version = pom.text("version") != null ? pom.text("version") : pom.text("parent/version");
      assertWithMessage("%s version", id).that(version).isEqualTo(Bundle.version());
      assertWithMessage("%s name", id).that(pom.text("name")).isNotEmpty();
      assertWithMessage("%s description", id).that(pom.text("description")).isNotEmpty();

      // The metadata a module inherits comes from a parent that is in the bundle, at the same version.
      Pom owner = pom;
      if (pom.text("parent/artifactId") != null) {
        assertWithMessage("%s parent", id).that(pom.text("parent/artifactId")).isEqualTo("typedclient-parent");
        assertWithMessage("%s parent version", id).that(pom.text("parent/version")).isEqualTo(Bundle.version());
        owner = Pom.parse(bundle.file(Bundle.path("typedclient-parent", null, "pom")));
        for (String inherited : new String[] {"url", "licenses", "developers", "scm"}) {
          assertWithMessage("%s declares its own <%s>; it should inherit it", id, inherited)
              .that(pom.all(inherited))
              .isEmpty();
        }
      }
      assertWithMessage("%s url", id).that(owner.text("url")).startsWith("https://");
      assertWithMessage("%s license name", id).that(owner.text("licenses/license/name")).isNotEmpty();
      assertWithMessage("%s license url", id).that(owner.text("licenses/license/url")).startsWith("https://");
      assertWithMessage("%s developer", id).that(owner.text("developers/developer/name")).isNotEmpty();
      assertWithMessage("%s scm url", id).that(owner.text("scm/url")).startsWith("https://");
      assertWithMessage("%s scm connection", id).that(owner.text("scm/connection")).startsWith("scm:git:");
    }
  }

  @Test
  void sourcesJarsHoldTheSourceOfEveryClassGeneratedCodeIncluded() {
    for (Map.Entry<String, String> artifact : Bundle.PUBLISHED.entrySet()) {
      if (!artifact.getValue().equals("jar")) {
        continue;
      }
      String id = artifact.getKey();
      Map<String, byte[]> classes = Jars.entries(bundle.file(Bundle.path(id, null, "jar")));
      Map<String, byte[]> sources = Jars.entries(bundle.file(Bundle.path(id, "sources", "jar")));
      int topLevel = 0;
      for (String name : classes.keySet()) {
        if (name.endsWith(".class") && !name.contains("$") && !name.startsWith("META-INF/")) {
          String source = name.substring(0, name.length() - ".class".length()) + ".java";
          assertWithMessage("%s-sources.jar has no %s", id, source).that(sources).containsKey(source);
          topLevel++;
        }
      }
      assertWithMessage("%s has classes", id).that(topLevel).isGreaterThan(0);
    }
    // The Okta client's generated client is in its sources jar, as a user stepping into it needs.
    assertThat(Jars.entries(bundle.file(Bundle.path("typedclient-okta-sessions", "sources", "jar"))))
        .containsKey("io/typedclient/okta/SessionApiClient.java");
  }

  @Test
  void javadocJarsHoldTheApiDocumentation() {
    Map<String, String> aClassOfEach =
        Map.of(
            "typedclient-annotations", "io/typedclient/HttpApi.html",
            "typedclient-runtime", "io/typedclient/runtime/ClientConfig.html",
            "typedclient-transport-conformance", "io/typedclient/runtime/conformance/HttpTransportConformanceTest.html",
            "typedclient-processor", "io/typedclient/processor/TypedClientProcessor.html",
            "typedclient-okta-sessions", "io/typedclient/okta/OktaSessions.html",
            "typedclient-okta-testing", "io/typedclient/okta/testing/FakeOkta.html",
            "typedclient-opentelemetry", "io/typedclient/opentelemetry/OpenTelemetryObserver.html");
    for (Map.Entry<String, String> expected : aClassOfEach.entrySet()) {
      Map<String, byte[]> javadoc = Jars.entries(bundle.file(Bundle.path(expected.getKey(), "javadoc", "jar")));
      assertWithMessage(expected.getKey()).that(javadoc).containsKey("index.html");
      assertWithMessage(expected.getKey()).that(javadoc).containsKey(expected.getValue());
    }
  }

  @Test
  void everyJarHasACycloneDxSbomNamingItsDependencies() throws IOException {
    assumeFalse(
        Bundle.builtOffline(),
        "built offline (-o): cyclonedx-maven-plugin does not run offline, so there are no SBOMs to check");
    for (Map.Entry<String, String> artifact : Bundle.PUBLISHED.entrySet()) {
      if (!artifact.getValue().equals("jar")) {
        continue;
      }
      String id = artifact.getKey();
      Map<?, ?> sbom = json(bundle.file(Bundle.path(id, "cyclonedx", "json")));
      assertWithMessage("%s bomFormat", id).that(sbom.get("bomFormat")).isEqualTo("CycloneDX");
      Map<?, ?> component = (Map<?, ?>) ((Map<?, ?>) sbom.get("metadata")).get("component");
      assertWithMessage("%s component", id).that(component.get("name")).isEqualTo(id);
      assertWithMessage("%s component", id).that(component.get("version")).isEqualTo(Bundle.version());
    }
    // The runtime's SBOM lists what an application gets with it, at the versions its POM asks for.
    List<String> runtimeComponents = new ArrayList<>();
    Map<?, ?> runtime = json(bundle.file(Bundle.path("typedclient-runtime", "cyclonedx", "json")));
    for (Object component : (List<?>) runtime.get("components")) {
      runtimeComponents.add(((Map<?, ?>) component).get("name") + ":" + ((Map<?, ?>) component).get("version"));
    }
    Pom parent = Pom.parse(bundle.file(Bundle.path("typedclient-parent", null, "pom")));
    assertThat(runtimeComponents).contains("moshi:" + parent.text("properties/moshi.version"));
    assertThat(runtimeComponents).contains("okio-jvm:" + parent.text("properties/okio.version"));
    assertThat(runtimeComponents).contains("kotlin-stdlib:" + parent.text("properties/kotlin-stdlib.version"));
    assertThat(runtimeComponents).contains("typedclient-annotations:" + Bundle.version());
    // OpenTelemetry reaches an application only through typedclient-opentelemetry, at the version the parent names.
    assertThat(String.join(" ", runtimeComponents)).doesNotContain("opentelemetry");
    List<String> telemetryComponents = new ArrayList<>();
    Map<?, ?> telemetry = json(bundle.file(Bundle.path("typedclient-opentelemetry", "cyclonedx", "json")));
    for (Object component : (List<?>) telemetry.get("components")) {
      telemetryComponents.add(((Map<?, ?>) component).get("name") + ":" + ((Map<?, ?>) component).get("version"));
    }
    assertThat(telemetryComponents)
        .contains("opentelemetry-api:" + parent.text("properties/opentelemetry.version"));
    assertThat(telemetryComponents).contains("typedclient-runtime:" + Bundle.version());
  }

  private static Map<?, ?> json(byte[] bytes) throws IOException {
    try (JsonReader reader = JsonReader.of(new Buffer().write(bytes))) {
      return (Map<?, ?>) reader.readJsonValue();
    }
  }

  private static String hex(String algorithm, byte[] bytes) throws NoSuchAlgorithmException {
    byte[] digest = MessageDigest.getInstance(algorithm).digest(bytes);
    String hex = new BigInteger(1, digest).toString(16);
    return "0".repeat(digest.length * 2 - hex.length()) + hex;
  }
}
