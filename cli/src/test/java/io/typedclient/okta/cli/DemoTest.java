package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code demo} in-process, with waits that end at once: every step, the real exchanges, exit code 0. */
@Timeout(20)
class DemoTest {
  @Test
  void showsTheWholeLifecycleStepByStep() {
    CliRunner cli = new CliRunner(Clock.systemUTC());

    CliRunner.Result result = cli.run("demo");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.err()).isEmpty();
    String out = result.out();
    assertThat(out).contains("\n1. Create a session from a single-use session token\n"
        + "     POST   /api/v1/sessions                               200");
    assertThat(out).contains("\n2. Read it back\n     GET    /api/v1/sessions/{sessionId}                   200");
    assertThat(out).contains("\n3. Refresh it 30m later (the demo moves FakeOkta's clock)\n");
    assertThat(out).containsMatch("     POST   /api/v1/sessions/\\{sessionId}/lifecycle/refresh 200 +\\d+ ms\n"
        + "     expires  (\\S+) -> (\\S+)  \\(\\+30m; in 2h\\)\n");
    assertThat(out).contains("\n4. Read it while rate-limited: Okta answers 429, the client waits for the reset and retries\n"
        + "     GET    /api/v1/sessions/{sessionId}                   429");
    // What the 429 said and how long the client will wait are printed before it waits, then the retry.
    assertThat(out).containsMatch("                   429 +\\d+ ms\n"
        + "     E0000047  API call exceeded rate limit due to too many requests.\n"
        + "     Date (\\S+), X-Rate-Limit-Reset (\\S+): the limit resets in 1s by Okta's clock\n"
        + "     waiting 2.00 s: until the reset, plus the client's 1 s margin ...\n"
        + "     GET    /api/v1/sessions/\\{sessionId}                   200 +\\d+ ms   retry 1\n"
        + "     status   ACTIVE, read on the retry, \\d+ ms after the 429\n");
    assertThat(out).contains("\n5. End it\n     DELETE /api/v1/sessions/{sessionId}                   204");
    assertThat(out).contains("\n6. Read it again: gone, and the client says so\n"
        + "     GET    /api/v1/sessions/{sessionId}                   404");
    assertThat(out).containsMatch("     E0000007  Not found: Resource not found: \\*\\*\\* \\(Session\\)  \\(request id \\w+\\)\n"
        + "     handled: OktaApiException.isNotFound\\(\\), the expected answer for an ended session\n");
    assertThat(out).containsMatch("\nDone in [\\d.]+ (ms|s): 6 steps, 7 HTTP exchanges, 1 retry after a 429; "
        + "the session was created, read, refreshed, ended, and is gone.\n$");
    // The client decided the wait (one second to the reset, plus its margin); the scheduler only carried it out.
    assertThat(cli.scheduler().waits()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void theSessionSummaryComesFromTheCreatedSession() {
    CliRunner.Result result = new CliRunner(Clock.systemUTC()).run("demo");

    List<String> lines = result.out().lines().toList();
    int created = lines.indexOf("1. Create a session from a single-use session token");
    assertThat(lines.get(created + 2)).matches("     id       102\\w+");
    assertThat(lines.get(created + 3)).isEqualTo("     user     00u1ada0lovelace0demo");
    assertThat(lines.get(created + 4)).isEqualTo("     login    ada@example.com");
    assertThat(lines.get(created + 5)).isEqualTo("     status   ACTIVE");
    assertThat(lines.get(created + 7)).endsWith("(in 2h)");
    assertThat(lines.get(created + 8)).isEqualTo("     amr      pwd");
  }
}
