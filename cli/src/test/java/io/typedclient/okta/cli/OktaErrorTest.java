package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.cli.OrgFixture.START;
import static io.typedclient.okta.cli.OrgFixture.USER_ID;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeOktaExtension;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.okta.testing.FakeUser;
import io.typedclient.okta.testing.ManualClock;
import io.typedclient.okta.testing.TooManyRequests;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Okta answers with an error: exit code 1, what Okta said on stderr (lines, or one JSON object), nothing on stdout. */
@Timeout(20)
class OktaErrorTest {
  static final ManualClock clock = ManualClock.at(START);

  @RegisterExtension
  static final FakeOktaExtension fakeOkta = OrgFixture.fakeOkta(clock);

  FakeOkta okta;
  FakeUser ada;
  CliRunner cli;

  @BeforeEach
  void setUp() {
    clock.set(START);
    okta = fakeOkta.server();
    ada = okta.addUser(USER_ID, "ada@example.com", "Ada Lovelace");
    cli = OrgFixture.configured(okta, clock);
  }

  @Test
  void anEndedSessionIsNotFound() {
    FakeSession session = okta.createSession(ada);
    assertThat(cli.run("end", session.id()).exitCode()).isEqualTo(0);
    okta.takeRequest();

    CliRunner.Result result = cli.run("get", session.id());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    String requestId = okta.takeRequest().requestId();
    assertThat(result.err().lines().toList()).containsExactly(
        "okta-sessions: Okta answered 404 Not Found",
        "  status        404",
        "  errorCode     E0000007",
        "  errorSummary  Not found: Resource not found: *** (Session)",
        "  errorId       " + errorIdOf(result.err()),
        "  requestId     " + requestId).inOrder();
  }

  @Test
  void withJsonTheErrorIsOneObjectOnStderr() throws IOException {
    CliRunner.Result result = cli.run("--json", "get", "102doesNotExist0000");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines().count()).isEqualTo(1);
    Map<String, Object> error = Json.object(result.err());
    assertThat(error).containsEntry("error", "okta");
    assertThat(error).containsEntry("status", 404.0);
    assertThat(error).containsEntry("errorCode", "E0000007");
    assertThat(error).containsEntry("errorSummary", "Not found: Resource not found: *** (Session)");
    assertThat(error).containsEntry("requestId", okta.takeRequest().requestId());
    assertThat(error).containsKey("errorId");
  }

  @Test
  void aUsedSessionTokenIsRefused() {
    String token = okta.issueSessionToken(ada);
    assertThat(cli.run("create", "--session-token", token).exitCode()).isEqualTo(0);

    CliRunner.Result again = cli.run("create", "--session-token", token);

    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("okta-sessions: Okta answered 401 Unauthorized\n");
    assertThat(again.err()).contains("  errorCode     E0000004\n");
    assertThat(again.err()).contains("  errorSummary  Authentication failed\n");
    assertThat(again.all()).doesNotContain(token);
    // A single-use token is never sent twice by one command.
    assertThat(okta.requests()).hasSize(2);
  }

  @Test
  void aWrongTokenGetsAHint() {
    CliRunner.Result result = cli.run("--token", "00wrongTOKENwrongTOKEN", "get", "102anything00000");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("  errorCode     E0000011\n");
    assertThat(result.err()).contains(
        "Check the token (--token, --access-token or OKTA_CLIENT_TOKEN) and that it belongs to this org.\n");
  }

  @Test
  void aRateLimitThatOutlastsTheRetriesSaysWhenItResets() throws IOException {
    okta.faults().next(1).tooManyRequests(TooManyRequests.resetAt(START.plusSeconds(42)).date(START));

    CliRunner.Result human = cli.run("--max-retries", "0", "get", "102anything00000");
    okta.faults().next(1).tooManyRequests(TooManyRequests.resetAt(START.plusSeconds(42)).date(START));
    CliRunner.Result json = cli.run("--json", "--max-retries", "0", "get", "102anything00000");

    assertThat(human.exitCode()).isEqualTo(1);
    assertThat(human.err()).contains("okta-sessions: Okta answered 429 Too Many Requests\n");
    assertThat(human.err()).contains("  errorCode         E0000047\n");
    assertThat(human.err()).contains("  rateLimitResetAt  2026-01-05T10:00:42Z\n");
    assertThat(human.err()).contains("The rate limit resets at 2026-01-05T10:00:42Z (in 42s)");
    assertThat(json.exitCode()).isEqualTo(1);
    assertThat(Json.object(json.err())).containsEntry("rateLimitResetAt", "2026-01-05T10:00:42Z");
    assertThat(cli.scheduler().waits()).isEmpty();
  }

  @Test
  void aWaitLongerThanTheTimeoutIsNotStarted() {
    okta.faults().next(1).tooManyRequests(TooManyRequests.resetAt(START.plusSeconds(60)).date(START));

    CliRunner.Result result = cli.run("--timeout", "10", "get", "102anything00000");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("  errorCode         E0000047\n");
    assertThat(okta.requests()).hasSize(1);
    assertThat(cli.scheduler().waits()).isEmpty();
  }

  @Test
  void aProxyPageIsAnErrorWithTheStartOfItsBody() throws IOException {
    FakeSession session = okta.createSession(ada);
    okta.faults().next(1).respondHtml(502);

    CliRunner.Result result = cli.run("refresh", session.id());
    okta.faults().next(1).respondHtml(502);
    CliRunner.Result json = cli.run("--json", "refresh", session.id());

    assertThat(result.exitCode()).isEqualTo(1);
    List<String> lines = result.err().lines().toList();
    assertThat(lines.get(0)).isEqualTo("okta-sessions: Okta answered 502 Bad Gateway");
    assertThat(lines.get(1)).isEqualTo("  status  502");
    assertThat(lines.get(2)).startsWith("  body    <");
    assertThat(result.err()).doesNotContain("errorCode");
    assertThat(json.exitCode()).isEqualTo(1);
    Map<String, Object> error = Json.object(json.err());
    assertThat(error).containsEntry("status", 502.0);
    assertThat(error).doesNotContainKey("errorCode");
  }

  @Test
  void anAnswerThatIsNotASessionIsAnError() {
    okta.faults().next(1).respondWith(200, "application/json", "{\"status\":\"ACTIVE\"}");

    CliRunner.Result result = cli.run("get", "102anything00000");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("okta-sessions: unusable answer from Okta: could not decode the response");
    assertThat(result.err()).contains("Required value 'id' missing at $");
    assertThat(result.err()).doesNotContain("\tat ");
  }

  @Test
  void anUnknownUserIsNotFound() {
    CliRunner.Result result = cli.run("revoke-user", "00uNobody000000000");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("  errorCode     E0000007\n");
  }

  @Test
  void aDeadCookieIsNotFound() {
    CliRunner.Result result = cli.run("me", "get", "--cookie", "sid=102notAliveAnyMore00");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("  errorCode     E0000007\n");
    assertThat(result.all()).doesNotContain("102notAliveAnyMore00");
  }

  private static String errorIdOf(String err) {
    for (String line : err.lines().toList()) {
      if (line.startsWith("  errorId       ")) {
        return line.substring("  errorId       ".length());
      }
    }
    throw new AssertionError("no errorId in:\n" + err);
  }
}
