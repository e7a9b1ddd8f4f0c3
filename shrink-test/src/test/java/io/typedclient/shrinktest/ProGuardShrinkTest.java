package io.typedclient.shrinktest;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.squareup.moshi.Moshi;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeUser;
import io.typedclient.runtime.ClientRuntime;
import io.typedclient.shrinktest.okta.SessionsDemo;
import io.typedclient.shrinktest.retrofit.RetrofitSessionsDemo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The third proof that nothing reflects: an app on the Okta client, shrunk and obfuscated by ProGuard together with
 * the client, the runtime, Moshi, okio and the Kotlin standard library, with no keep rule but its {@code main},
 * runs the whole session lifecycle against FakeOkta in a JVM of its own, over either transport. The same app on
 * Retrofit and Moshi's reflective adapters works as compiled and fails once shrunk under the same rules.
 *
 * <p>FakeOkta runs here, outside the shrunk jar: it is the server, not part of the app. Everything the app itself
 * runs goes through ProGuard. What each run printed, and the sizes, go to {@code target/shrink-test/report.txt}.
 */
@Timeout(180)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShrinkTest {
  private static final Path WORK = Paths.get("target", "shrink-test");
  private static final String OKTA_APP = "io/typedclient/shrinktest/okta";
  private static final String RETROFIT_APP = "io/typedclient/shrinktest/retrofit";

  private final StringBuilder report = new StringBuilder();
  private FakeOkta okta;
  private FakeUser ada;

  @BeforeAll
  void startFakeOkta() throws Exception {
    okta = FakeOkta.start();
    ada = okta.addUser("00u1ada", "ada@example.com", "Ada Lovelace");
    Files.createDirectories(WORK);
  }

  @AfterAll
  void stopAndReport() throws Exception {
    okta.close();
    Files.writeString(WORK.resolve("report.txt"), report.toString(), StandardCharsets.UTF_8);
  }

  private static Path sharedRules() throws Exception {
    return Paths.get(ShrinkTest.class.getResource("/no-keep-rules.pro").toURI());
  }

  private static Path appClasses() {
    return Jars.of(SessionsDemo.class);
  }

  /** The Okta client's whole run-time path, each library by a class that only it has. */
  private static List<Path> oktaClientPath() {
    return distinct(
        Jars.of(SessionApiClient.class),
        Jars.of(ClientRuntime.class),
        Jars.of(io.typedclient.JsonModel.class),
        Jars.of(Moshi.class),
        Jars.of(okio.Buffer.class),
        Jars.of(kotlin.Unit.class));
  }

  private static List<Path> retrofitPath() {
    return distinct(
        Jars.of(Retrofit.class),
        Jars.of(MoshiConverterFactory.class),
        Jars.of(OkHttpClient.class),
        Jars.of(Moshi.class),
        Jars.of(okio.Buffer.class),
        Jars.of(kotlin.Unit.class));
  }

  private static List<Path> distinct(Path... paths) {
    List<Path> list = List.of(paths);
    assertWithMessage("each library comes from its own jar").that(list).containsNoDuplicates();
    return list;
  }

  @Test
  @Order(1)
  void oktaClientShrunkWithNoKeepRulesRunsTheLifecycleOverEitherTransport() throws Exception {
    ProGuardRun proguard = new ProGuardRun(
        "okta-sessions-demo", appClasses(), OKTA_APP, oktaClientPath(), SessionsDemo.class.getName());
    StringBuilder log = new StringBuilder();
    long start = System.nanoTime();

    Path shrunk = proguard.run(WORK, sharedRules(), log);

    long proguardMillis = (System.nanoTime() - start) / 1_000_000;
    List<String> classes = ProGuardRun.classesIn(shrunk);
    report.append("== Okta client app, shrunk and obfuscated ==\n")
        .append("ProGuard configuration (").append(WORK.resolve("okta-sessions-demo.pro")).append("):\n")
        .append(proguard.configuration(shrunk, sharedRules()))
        .append(String.format(Locale.ROOT, "input: %s (app + %d jars); shrunk: %s, %d classes; ProGuard took %d ms%n",
            Jars.kib(proguard.inputBytes()), oktaClientPath().size(), Jars.kib(Files.size(shrunk)), classes.size(),
            proguardMillis));
    assertWithMessage("ProGuard output:\n%s", log).that(Files.exists(shrunk)).isTrue();
    // Obfuscated: the client's classes, the runtime's and Moshi's no longer carry their names.
    assertThat(classes).contains(OKTA_APP + "/SessionsDemo.class");
    assertThat(classes).containsNoneOf(
        "io/typedclient/okta/Session.class",
        "io/typedclient/okta/SessionJsonAdapter.class",
        "io/typedclient/okta/SessionApiClient.class",
        "io/typedclient/runtime/ClientRuntime.class",
        "com/squareup/moshi/Moshi.class");
    assertThat(Files.size(shrunk)).isLessThan(proguard.inputBytes() / 4);

    for (String transport : List.of("urlconnection", "jdk")) {
      JavaRun run = JavaRun.run(shrunk.toString(), SessionsDemo.class.getName(),
          okta.orgUrl(), okta.apiToken(), okta.issueSessionToken(ada), transport);
      report.append("\n$ java -cp okta-sessions-demo-shrunk.jar ").append(SessionsDemo.class.getName())
          .append(" <orgUrl> <apiToken> <sessionToken> ").append(transport).append('\n')
          .append(run.output).append("(exit code ").append(run.exitCode).append(")\n");
      assertWithMessage("the shrunk app over %s", transport).that(run.exitCode).isEqualTo(0);
      assertThat(run.output).contains("create: status=ACTIVE userId=00u1ada login=ada@example.com amr=[PASSWORD] "
          + "idp=OKTA user link name=Ada Lovelace");
      assertThat(run.output).contains("get: same session, blocking and async; status=ACTIVE");
      assertThat(run.output).contains("refresh: expiresAt=");
      assertThat(run.output).contains("end: done");
      assertThat(run.output).contains("get after end: 404 E0000007");
      assertThat(run.output).contains("lifecycle complete");
    }
    assertThat(okta.sessions()).isEmpty();
  }

  @Test
  @Order(2)
  void retrofitWithMoshisReflectiveAdaptersFailsUnderTheSameRules() throws Exception {
    ProGuardRun proguard = new ProGuardRun(
        "retrofit-sessions-demo", appClasses(), RETROFIT_APP, retrofitPath(), RetrofitSessionsDemo.class.getName());

    JavaRun compiled = JavaRun.run(proguard.unshrunkClassPath(), RetrofitSessionsDemo.class.getName(),
        okta.orgUrl(), okta.apiToken(), okta.issueSessionToken(ada));
    report.append("\n== Retrofit + Moshi reflective adapters, as compiled ==\n").append(compiled.output)
        .append("(exit code ").append(compiled.exitCode).append(")\n");
    assertWithMessage("the Retrofit app as compiled must work: %s", compiled).that(compiled.exitCode).isEqualTo(0);
    assertThat(compiled.output).contains("lifecycle complete");

    StringBuilder log = new StringBuilder();
    Path shrunk = proguard.run(WORK, sharedRules(), log);
    JavaRun run = JavaRun.run(shrunk.toString(), RetrofitSessionsDemo.class.getName(),
        okta.orgUrl(), okta.apiToken(), okta.issueSessionToken(ada));
    report.append("\n== The same Retrofit app, shrunk and obfuscated under the same rules ==\n")
        .append(String.format(Locale.ROOT, "input: %s; shrunk: %s%n",
            Jars.kib(proguard.inputBytes()), Jars.kib(Files.size(shrunk))))
        .append(run.output).append("(exit code ").append(run.exitCode).append(")\n");
    assertWithMessage("the shrunk Retrofit app should fail: %s", run).that(run.exitCode).isNotEqualTo(0);
    assertThat(run.output).doesNotContain("lifecycle complete");
    assertThat(run.output).contains("Exception");
  }
}
