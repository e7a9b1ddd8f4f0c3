package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.cli.OrgFixture.API_TOKEN;
import static io.typedclient.okta.cli.OrgFixture.USER_ID;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The shaded jar as users run it, {@code java -jar cli/target/okta-sessions.jar ...}, in a process of its own with
 * an empty environment: it starts, finds its classes, runs {@code demo} to the end and exits as documented. Runs
 * in {@code integration-test}, after {@code package} built the jar.
 */
@Timeout(120)
class PackagedJarIT {
  @Test
  void demoRunsEveryStepAndExitsZero() throws Exception {
    long start = System.nanoTime();
    PackagedJar.Run run = java("demo");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    List<String> steps = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      if (line.matches("\\d\\. .*")) {
        steps.add(line);
      }
    }
    assertThat(steps).containsExactly(
        "1. Create a session from a single-use session token",
        "2. Read it back",
        "3. Refresh it 30m later (the demo moves FakeOkta's clock)",
        "4. Read it while rate-limited: Okta answers 429, the client waits for the reset and retries",
        "5. End it",
        "6. Read it again: gone, and the client says so").inOrder();
    assertThat(run.out()).containsMatch("GET    /api/v1/sessions/\\{sessionId}                   429");
    assertThat(run.out()).containsMatch("GET    /api/v1/sessions/\\{sessionId}                   200 +\\d+ ms   retry 1");
    assertThat(run.out()).contains("     E0000007  Not found: Resource not found: *** (Session)  (request id ");
    assertThat(run.out()).containsMatch("\nDone in [\\d.]+ s: 6 steps, 7 HTTP exchanges, 1 retry after a 429;");
    // The one real wait is the client honouring the 429's reset (2 s); the rest must stay quick.
    System.out.println("demo took " + took.toMillis() + " ms as a separate process");
    assertThat(took).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void helpExitsZeroAndNoConfigurationExitsTwo() throws Exception {
    PackagedJar.Run help = java("--help");
    PackagedJar.Run unconfigured = java("get", "102session0000");

    assertThat(help.exitCode()).isEqualTo(0);
    assertThat(help.out()).startsWith("Usage: okta-sessions ");
    assertThat(unconfigured.exitCode()).isEqualTo(2);
    assertThat(unconfigured.err()).startsWith("okta-sessions: no Okta org URL");
  }

  @Test
  void commandsTalkToAnOrgOverHttp() throws Exception {
    try (FakeOkta okta = FakeOkta.builder().apiToken(API_TOKEN).start()) {
      FakeSession session = okta.createSession(okta.addUser(USER_ID, "ada@example.com", "Ada Lovelace"));

      PackagedJar.Run found = java("--org-url", okta.orgUrl(), "--token", API_TOKEN, "--json", "get", session.id());
      PackagedJar.Run ended = java("--org-url", okta.orgUrl(), "--token", API_TOKEN, "end", session.id());
      PackagedJar.Run gone = java("--org-url", okta.orgUrl(), "--token", API_TOKEN, "get", session.id());

      assertThat(found.exitCode()).isEqualTo(0);
      assertThat(found.out()).startsWith("{\"id\":\"" + session.id() + "\"");
      assertThat(ended.exitCode()).isEqualTo(0);
      assertThat(ended.out()).isEqualTo("Session ended.\n");
      assertThat(gone.exitCode()).isEqualTo(1);
      assertThat(gone.err()).contains("  errorCode     E0000007\n");
      assertThat(found.out() + found.err() + ended.out() + ended.err() + gone.out() + gone.err()).doesNotContain(API_TOKEN);
    }
  }

  /** Runs the jar with {@code args} and an empty environment (no OKTA_CLIENT_* from the machine running the build). */
  private static PackagedJar.Run java(String... args) throws Exception {
    return PackagedJar.run(Map.of(), List.of(), args);
  }
}
