package io.typedclient.shrinktest;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeUser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * What an app on the Okta client meets under R8 in full mode, the Android Gradle plugin's default: R8 shrinks,
 * optimizes and obfuscates the app with the client, the runtime, Moshi, okio and the Kotlin standard library, with
 * no rule of its own but a keep rule for its {@code main}, every jar's embedded rules applied as the plugin applies
 * them.
 *
 * <ul>
 *   <li>to class files, against the JDK: the output runs the session lifecycle against FakeOkta over both
 *       transports, and D8 dexes it at {@code --min-api 26} without a warning;
 *   <li>to dex at {@code --min-api 26}, against the Android library as R8 sees it (the JDK's {@code java.base},
 *       {@code java.logging}, {@code java.sql} and {@code java.xml}, and {@code android.*} stubs; no
 *       {@code java.net.http}, which Android lacks), without a warning;
 *   <li>without the runtime's embedded rules, that dex run stops on the missing classes those rules name;
 *   <li>the same app on Retrofit and Moshi's reflective adapters fails once shrunk.
 * </ul>
 *
 * <p>No Android runtime is available here: the dex is checked by R8 and D8, not run. Commands, sizes, times and
 * what each run printed go to {@code target/shrink-test/r8-report.txt}.
 */
@Timeout(300)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class R8ShrinkTest {
  private static final Path WORK = Paths.get("target", "shrink-test", "r8").toAbsolutePath();
  private static final Path ANDROID_STUBS = Paths.get("target", "android-library", "android.jar").toAbsolutePath();
  /** The JDK modules Android's library has an equivalent of, as far as this app and its libraries reach. */
  private static final List<String> ANDROID_JDK_MODULES = List.of("java.base", "java.logging", "java.sql", "java.xml");
  private static final String RUNTIME_RULES = "META-INF/com.android.tools/r8/typedclient-runtime.pro";

  private final StringBuilder report = new StringBuilder();
  private FakeOkta okta;
  private FakeUser ada;
  private R8Run.Result classFiles;

  @BeforeAll
  void startFakeOkta() throws Exception {
    okta = FakeOkta.start();
    ada = okta.addUser("00u1ada", "ada@example.com", "Ada Lovelace");
    Files.createDirectories(WORK);
    report.append("R8 ").append(R8Run.version()).append(", full mode\n");
  }

  @AfterAll
  void stopAndReport() throws Exception {
    okta.close();
    Files.writeString(WORK.resolveSibling("r8-report.txt"), report.toString(), StandardCharsets.UTF_8);
  }

  private static List<Path> androidLibrary() throws IOException {
    assertWithMessage("the Android stubs are copied by the build (maven-dependency-plugin)")
        .that(Files.exists(ANDROID_STUBS)).isTrue();
    List<Path> library = new ArrayList<>();
    for (String module : ANDROID_JDK_MODULES) {
      library.add(JdkModules.jar(module, WORK));
    }
    library.add(ANDROID_STUBS);
    return library;
  }

  private R8Run oktaToClassFiles() throws IOException {
    return R8Run.toClassFiles("okta-sessions-demo", WORK, Apps.appJar(Apps.OKTA_APP, WORK), Apps.oktaClientPath(WORK),
        Apps.OKTA_MAIN, List.of());
  }

  /** The class-file run, done once for the tests that need it. */
  private R8Run.Result classFiles() throws IOException {
    if (classFiles == null) {
      R8Run r8 = oktaToClassFiles();
      classFiles = r8.run();
      record("Okta client app, R8 to class files", r8, classFiles);
    }
    return classFiles;
  }

  private void record(String title, R8Run r8, R8Run.Result result) throws IOException {
    report.append("\n== ").append(title).append(" ==\n$ ").append(result.command).append('\n')
        .append(String.format(Locale.ROOT, "input: %s (app + %d jars); output: %s; R8 took %d ms%n",
            Jars.kib(r8.inputBytes()), r8.program().size() - 1, Jars.kib(Files.size(result.output)), result.millis))
        .append("configuration applied, by source:\n");
    result.sources().forEach(source -> report.append("  ").append(source).append('\n'));
    report.append(result.diagnostics);
  }

  /**
   * What R8 applied is the app's keep rule for {@code main} and, from each jar, exactly the files the Android
   * Gradle plugin would choose; the runtime's are among them.
   */
  private static void assertRulesAppliedAsThePluginDoes(R8Run r8, R8Run.Result result) throws IOException {
    Set<String> expected = new LinkedHashSet<>();
    expected.add(r8.keepMain().toString());
    for (Path jar : r8.program()) {
      EmbeddedRules.forR8(jar, R8Run.version()).forEach(rules -> expected.add(rules.origin()));
    }
    assertThat(result.sources()).containsExactlyElementsIn(expected);
    assertThat(result.sources()).contains(Apps.runtimeJar(WORK) + ":" + RUNTIME_RULES);
  }

  private static void assertNoWarnings(String tool, Diagnostics diagnostics) {
    assertWithMessage("%s reported:\n%s", tool, diagnostics).that(diagnostics.errors).isEmpty();
    assertWithMessage("%s reported:\n%s", tool, diagnostics).that(diagnostics.warnings).isEmpty();
  }

  @Test
  @Order(1)
  void fullModeClassFilesRunTheLifecycleOverEitherTransport() throws Exception {
    R8Run.Result result = classFiles();

    assertNoWarnings("R8", result.diagnostics);
    assertRulesAppliedAsThePluginDoes(oktaToClassFiles(), result);
    Apps.assertObfuscated(Jars.classesIn(result.output), WORK);
    assertThat(Files.size(result.output)).isLessThan(oktaToClassFiles().inputBytes() / 4);
    for (String transport : List.of("urlconnection", "jdk")) {
      JavaRun run = JavaRun.run(result.output.toString(), Apps.OKTA_MAIN,
          okta.orgUrl(), okta.apiToken(), okta.issueSessionToken(ada), transport);
      report.append("\n$ java -cp okta-sessions-demo-r8.jar ").append(Apps.OKTA_MAIN)
          .append(" <orgUrl> <apiToken> <sessionToken> ").append(transport).append('\n')
          .append(run.output).append("(exit code ").append(run.exitCode).append(")\n");
      Apps.assertLifecycleCompleted(run, transport);
    }
    assertThat(okta.sessions()).isEmpty();
  }

  @Test
  @Order(2)
  void d8DexesR8sClassFilesForAndroidWithoutWarnings() throws Exception {
    Path classes = classFiles().output;

    D8Run.Result d8 = D8Run.dex(classes, androidLibrary(), WORK.resolve("okta-sessions-demo-d8-dex"));

    report.append("\n== D8 of R8's class files ==\n$ ").append(d8.command).append('\n')
        .append(String.format(Locale.ROOT, "dex: %s (%,d bytes); D8 took %d ms%n",
            Jars.kib(Files.size(d8.dex)), Files.size(d8.dex), d8.millis))
        .append(d8.diagnostics);
    assertNoWarnings("D8", d8.diagnostics);
    assertIsObfuscatedDex(d8.dex);
  }

  @Test
  @Order(3)
  void fullModeDexesTheAppAgainstTheAndroidLibraryWithoutWarnings() throws Exception {
    R8Run r8 = R8Run.toDex("okta-sessions-demo", WORK, Apps.appJar(Apps.OKTA_APP, WORK), Apps.oktaClientPath(WORK),
        Apps.OKTA_MAIN, androidLibrary());

    R8Run.Result result = r8.run();

    record("Okta client app, R8 to dex, --min-api 26, Android library", r8, result);
    report.append(String.format(Locale.ROOT, "dex: %,d bytes%n", Files.size(result.output)));
    assertNoWarnings("R8", result.diagnostics);
    assertRulesAppliedAsThePluginDoes(r8, result);
    assertIsObfuscatedDex(result.output);
  }

  @Test
  @Order(4)
  void withoutTheRuntimesEmbeddedRulesR8StopsOnTheClassesAndroidLacks() throws Exception {
    List<Path> path = new ArrayList<>();
    Path runtime = Apps.runtimeJar(WORK);
    for (Path library : Apps.oktaClientPath(WORK)) {
      path.add(library.equals(runtime) ? withoutEmbeddedRules(runtime) : library);
    }
    R8Run r8 = R8Run.toDex("okta-sessions-demo-no-runtime-rules", WORK, Apps.appJar(Apps.OKTA_APP, WORK), path,
        Apps.OKTA_MAIN, androidLibrary());

    R8Run.Failed failed = assertThrows(R8Run.Failed.class, r8::run);

    String errors = String.join("\n", failed.diagnostics.errors);
    report.append("\n== The same dex run, the runtime's embedded rules removed ==\n").append(errors).append('\n');
    assertThat(errors).contains("Missing class java.net.http.HttpClient ");
    assertThat(errors).contains("Missing class org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement ");
  }

  @Test
  @Order(5)
  void retrofitWithMoshisReflectiveAdaptersWorksAsCompiledAndFailsUnderFullMode() throws Exception {
    List<Path> unshrunk = new ArrayList<>();
    unshrunk.add(Apps.appJar(Apps.RETROFIT_APP, WORK));
    unshrunk.addAll(Apps.retrofitPath(WORK));
    JavaRun compiled = JavaRun.run(Jars.classPath(unshrunk), Apps.RETROFIT_MAIN,
        okta.orgUrl(), okta.apiToken(), okta.issueSessionToken(ada));
    report.append("\n== Retrofit + Moshi reflective adapters, as compiled ==\n").append(compiled.output)
        .append("(exit code ").append(compiled.exitCode).append(")\n");
    assertWithMessage("the Retrofit app as compiled must work: %s", compiled).that(compiled.exitCode).isEqualTo(0);
    assertThat(compiled.output).contains("lifecycle complete");

    R8Run r8 = R8Run.toClassFiles("retrofit-sessions-demo", WORK, Apps.appJar(Apps.RETROFIT_APP, WORK),
        Apps.retrofitPath(WORK), Apps.RETROFIT_MAIN, List.of(Apps.retrofitRules()));
    R8Run.Result result = r8.run();
    record("Retrofit + Moshi reflective adapters, R8 to class files", r8, result);

    JavaRun run = JavaRun.run(result.output.toString(), Apps.RETROFIT_MAIN,
        okta.orgUrl(), okta.apiToken(), okta.issueSessionToken(ada));

    report.append(run.output).append("(exit code ").append(run.exitCode).append(")\n");
    assertWithMessage("the shrunk Retrofit app should fail: %s", run).that(run.exitCode).isNotEqualTo(0);
    assertThat(run.output).doesNotContain("lifecycle complete");
    assertThat(run.output).contains("Exception");
  }

  /** A dex file that names the app's main class and none of the client's, the runtime's or Moshi's. */
  private static void assertIsObfuscatedDex(Path dex) throws IOException {
    String text = new String(Files.readAllBytes(dex), StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("dex\n");
    assertThat(text).contains("L" + Apps.OKTA_APP + "/SessionsDemo;");
    assertThat(text).doesNotContain("Lio/typedclient/okta/SessionApiClient;");
    assertThat(text).doesNotContain("Lio/typedclient/runtime/ClientRuntime;");
    assertThat(text).doesNotContain("Lcom/squareup/moshi/Moshi;");
  }

  /** A copy of {@code jar} without the shrinker rules it carries: the runtime as it was before it shipped any. */
  private static Path withoutEmbeddedRules(Path jar) throws IOException {
    Path copy = WORK.resolve("no-rules-" + jar.getFileName());
    try (ZipFile zip = new ZipFile(jar.toFile());
        JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy))) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        String name = entry.getName();
        if (entry.isDirectory() || name.startsWith(EmbeddedRules.TOOLS_FOLDER)
            || name.startsWith(EmbeddedRules.LEGACY_FOLDER)) {
          continue;
        }
        out.putNextEntry(new ZipEntry(name));
        try (InputStream in = zip.getInputStream(entry)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    assertThat(EmbeddedRules.all(copy)).isEmpty();
    return copy;
  }
}
