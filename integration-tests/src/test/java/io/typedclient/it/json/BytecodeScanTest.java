package io.typedclient.it.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.typedclient.JsonModel;
import io.typedclient.it.vocab.FilesApiClient;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.runtime.internal.JsonAdapters;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proof that nothing reflects, from the bytecode: the annotations and the runtime (everything in {@code typedclient-annotations} and {@code typedclient-runtime}), the
 * Okta client (everything in {@code typedclient-okta-sessions}, its generated client and adapters included) and
 * every class compiled in this module, which includes every generated adapter and client, are scanned by
 * {@link BytecodeScanner}; and the scanner is shown to catch each kind of reflection in {@link ReflectiveFixture}.
 */
class BytecodeScanTest {

  @Test
  void runtimeUsesNoReflection() throws IOException {
    BytecodeScanner.Report report = BytecodeScanner.scan(BytecodeScanner.locationOf(JsonAdapters.class));
    assertThat(report.classes).isGreaterThan(20);
    assertWithMessage("reflection in the runtime").that(report.findings).isEmpty();
  }

  @Test
  void generatedAdaptersAndModelsUseNoReflection() throws IOException {
    BytecodeScanner.Report report = BytecodeScanner.scan(BytecodeScanner.locationOf(SessionJsonAdapter.class));
    // The models, their adapters, the adapters' FACTORY classes and enum switch maps.
    assertThat(report.classes).isAtLeast(Models.adapters().size() * 2);
    assertWithMessage("reflection in generated or model classes").that(report.findings).isEmpty();
  }

  @Test
  void oktaClientAndItsGeneratedClassesUseNoReflection() throws IOException {
    BytecodeScanner.Report report = BytecodeScanner.scan(BytecodeScanner.locationOf(SessionApiClient.class));
    // Hand-written and generated classes alike: the scan must have seen the generated ones.
    assertThat(report.classNames).containsAtLeast(
        "io.typedclient.okta.SessionApiClient",
        "io.typedclient.okta.SessionJsonAdapter",
        "io.typedclient.okta.CreateSessionRequestJsonAdapter",
        "io.typedclient.okta.SessionIdentityProviderJsonAdapter",
        "io.typedclient.okta.SessionIdentityProviderTypeJsonAdapter",
        "io.typedclient.okta.SessionAuthenticationMethodJsonAdapter",
        "io.typedclient.okta.SessionStatusJsonAdapter",
        "io.typedclient.okta.SessionLinksJsonAdapter",
        "io.typedclient.okta.OktaSessions",
        "io.typedclient.okta.RetryInterceptor");
    assertWithMessage("reflection in the Okta client").that(report.findings).isEmpty();
  }

  @Test
  void runtimeScanCoversBothTransports() throws IOException {
    BytecodeScanner.Report report = BytecodeScanner.scan(BytecodeScanner.locationOf(JsonAdapters.class));
    assertThat(report.classNames).containsAtLeast(
        "io.typedclient.runtime.ClientRuntime",
        "io.typedclient.runtime.JdkHttpTransport",
        "io.typedclient.runtime.UrlConnectionTransport",
        "io.typedclient.runtime.internal.DebugLog");
  }

  @Test
  void runtimeScanCoversBodiesAndStreamsBeyondJson() throws IOException {
    BytecodeScanner.Report report = BytecodeScanner.scan(BytecodeScanner.locationOf(JsonAdapters.class));
    assertThat(report.classNames).containsAtLeast(
        "io.typedclient.runtime.FormBody",
        "io.typedclient.runtime.Multipart",
        "io.typedclient.runtime.RequestBody",
        "io.typedclient.runtime.FileUpload",
        "io.typedclient.runtime.StreamingCall",
        "io.typedclient.runtime.StreamingResponse",
        "io.typedclient.runtime.JdkStreamedBody",
        "io.typedclient.runtime.UrlConnectionStream",
        "io.typedclient.runtime.Origins");
  }

  @Test
  void clientsOfTheWholeVocabularyAndGenericAdaptersUseNoReflection() throws IOException {
    BytecodeScanner.Report report = BytecodeScanner.scan(BytecodeScanner.locationOf(FilesApiClient.class));
    assertThat(report.classNames).containsAtLeast(
        "io.typedclient.it.vocab.FilesApiClient",
        "io.typedclient.it.vocab.PageJsonAdapter",
        "io.typedclient.it.vocab.EnvelopeJsonAdapter",
        "io.typedclient.it.vocab.DocumentJsonAdapter");
    assertWithMessage("reflection in the vocabulary's generated classes").that(report.findings).isEmpty();
  }

  @Test
  void annotationsUseNoReflection() throws IOException {
    BytecodeScanner.Report report = BytecodeScanner.scan(BytecodeScanner.locationOf(JsonModel.class));
    assertThat(report.classNames).containsAtLeast("io.typedclient.JsonModel", "io.typedclient.HttpApi");
    assertWithMessage("reflection in the annotations").that(report.findings).isEmpty();
  }

  @Test
  void scanFindsEveryKindOfReflection() throws IOException {
    List<String> findings;
    try (InputStream in = ReflectiveFixture.class.getResourceAsStream("ReflectiveFixture.class")) {
      findings = BytecodeScanner.scan(in);
    }
    String fixture = "io/typedclient/it/json/ReflectiveFixture.";
    assertContains(findings, fixture + "forName(", "calls java.lang.Class.forName");
    assertContains(findings, fixture + "declaredConstructor(", "calls java.lang.Class.getDeclaredConstructor");
    assertContains(findings, fixture + "declaredConstructor(", "references java.lang.reflect.Constructor");
    assertContains(findings, fixture + "accessibleField(", "calls java.lang.Class.getDeclaredField");
    assertContains(findings, fixture + "accessibleField(", "calls java.lang.reflect.Field.setAccessible");
    assertContains(findings, fixture + "methods(", "calls java.lang.Class.getMethods");
    assertContains(findings, fixture + "serviceLoader(", "references java.util.ServiceLoader");
    assertContains(findings, fixture + "proxy(", "references java.lang.reflect.Proxy");
    assertContains(findings, fixture + "lookup(", "calls java.lang.invoke.MethodHandles.lookup");
    assertContains(findings, fixture + "enumByName(", "calls java.lang.Enum.valueOf");
    assertContains(findings, fixture + "annotation(", "calls java.lang.Class.getAnnotation");
    assertContains(findings, fixture + "enumConstantByName(",
        "calls io.typedclient.it.json.ReflectiveFixture$Color.valueOf(String), an enum lookup by name");
    for (String finding : findings) {
      assertThat(finding).doesNotContain(fixture + "typeOnly(");
    }
  }

  private static void assertContains(List<String> findings, String where, String what) {
    for (String finding : findings) {
      if (finding.startsWith(where) && finding.endsWith(what)) {
        return;
      }
    }
    throw new AssertionError("no finding in " + where + " that " + what + "; found " + findings);
  }
}
