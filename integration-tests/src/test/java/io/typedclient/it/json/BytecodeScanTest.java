package io.typedclient.it.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.typedclient.runtime.JsonAdapters;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proof that nothing reflects, from the bytecode: the runtime (everything in {@code typedclient-annotations}) and
 * every class compiled in this module, which includes every generated adapter, are scanned by
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
