package io.typedclient.shrinktest;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeUser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * An app on the Okta client, shrunk and obfuscated by ProGuard together with the client, the runtime, Moshi, okio
 * and the Kotlin standard library, with no rule of its own but a keep rule for its {@code main} (and the libraries'
 * embedded rules, as R8 would apply them), runs the whole session lifecycle against FakeOkta in a JVM of its own,
 * over either transport; the same app on Retrofit and Moshi's reflective adapters fails under the same conditions.
 * {@link R8ShrinkTest} does the same with R8 in full mode, and dexes the app for Android.
 *
 * <p>FakeOkta runs here, outside the shrunk jar: it is the server, not part of the app. Everything the app itself
 * runs goes through ProGuard. What each run printed, and the sizes, go to {@code target/shrink-test/report.txt}.
 */
@Timeout(300)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProGuardShrinkTest {
  private static final Path WORK = Paths.get("target", "shrink-test").toAbsolutePath();

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

  @Test
  void oktaClientShrunkWithNoKeepRulesRunsTheLifecycleOverEitherTransport() throws Exception {
    ProGuardRun proguard = new ProGuardRun("okta-sessions-demo", Apps.appJar(Apps.OKTA_APP, WORK),
        Apps.oktaClientPath(WORK), Apps.OKTA_MAIN, List.of());
    StringBuilder log = new StringBuilder();
    long start = System.nanoTime();

    Path shrunk = proguard.run(WORK, log);

    long proguardMillis = (System.nanoTime() - start) / 1_000_000;
    List<String> classes = Jars.classesIn(shrunk);
    report.append("== Okta client app, shrunk and obfuscated by ProGuard ==\n")
        .append("ProGuard configuration (").append(WORK.resolve("okta-sessions-demo-proguard.pro")).append("):\n")
        .append(Files.readString(WORK.resolve("okta-sessions-demo-proguard.pro")))
        .append(String.format(Locale.ROOT, "input: %s (app + %d jars); shrunk: %s, %d classes; ProGuard took %d ms%n",
            Jars.kib(proguard.inputBytes()), Apps.oktaClientPath(WORK).size(), Jars.kib(Files.size(shrunk)),
            classes.size(), proguardMillis));
    assertWithMessage("ProGuard output:\n%s", log).that(Files.exists(shrunk)).isTrue();
    Apps.assertObfuscated(classes, WORK);
    assertThat(Files.size(shrunk)).isLessThan(proguard.inputBytes() / 4);

    for (String transport : List.of("urlconnection", "jdk")) {
      JavaRun run = JavaRun.run(shrunk.toString(), Apps.OKTA_MAIN,
          okta.orgUrl(), okta.apiToken(), okta.issueSessionToken(ada), transport);
      report.append("\n$ java -cp okta-sessions-demo-proguard.jar ").append(Apps.OKTA_MAIN)
          .append(" <orgUrl> <apiToken> <sessionToken> ").append(transport).append('\n')
          .append(run.output).append("(exit code ").append(run.exitCode).append(")\n");
      Apps.assertLifecycleCompleted(run, transport);
    }
    assertThat(okta.sessions()).isEmpty();
  }

  @Test
  void retrofitWithMoshisReflectiveAdaptersFailsUnderTheSameConditions() throws Exception {
    ProGuardRun proguard = new ProGuardRun("retrofit-sessions-demo", Apps.appJar(Apps.RETROFIT_APP, WORK),
        Apps.retrofitPath(WORK), Apps.RETROFIT_MAIN, List.of(Apps.retrofitRules()));

    Path shrunk = proguard.run(WORK, new StringBuilder());

    // R8ShrinkTest runs the same app as compiled and shows that it works.
    JavaRun run = JavaRun.run(shrunk.toString(), Apps.RETROFIT_MAIN,
        okta.orgUrl(), okta.apiToken(), okta.issueSessionToken(ada));
    report.append("\n== Retrofit + Moshi reflective adapters, shrunk and obfuscated by ProGuard with its libraries' "
            + "rules ==\n")
        .append(String.format(Locale.ROOT, "input: %s; shrunk: %s%n",
            Jars.kib(proguard.inputBytes()), Jars.kib(Files.size(shrunk))))
        .append(run.output).append("(exit code ").append(run.exitCode).append(")\n");
    assertWithMessage("the shrunk Retrofit app should fail: %s", run).that(run.exitCode).isNotEqualTo(0);
    assertThat(run.output).doesNotContain("lifecycle complete");
    assertThat(run.output).contains("Exception");
  }
}
