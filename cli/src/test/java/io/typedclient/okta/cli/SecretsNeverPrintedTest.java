package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.cli.OrgFixture.ACCESS_TOKEN;
import static io.typedclient.okta.cli.OrgFixture.API_TOKEN;
import static io.typedclient.okta.cli.OrgFixture.START;
import static io.typedclient.okta.cli.OrgFixture.USER_ID;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeOktaExtension;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.okta.testing.FakeUser;
import io.typedclient.okta.testing.ManualClock;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tokens, session tokens, cookies and (in errors) session ids never reach stdout or stderr, whatever fails and
 * however loudly: Okta's error summaries repeat what they were sent, a misplaced value lands in a usage error,
 * and an exception message may carry anything.
 */
@Timeout(30)
class SecretsNeverPrintedTest {
  static final ManualClock clock = ManualClock.at(START);
  static final String SESSION_TOKEN = "20111sessionTOKENsecret0123456789";
  static final String WRONG_TOKEN = "00wrongTOKENsecret0123456789";

  @RegisterExtension
  static final FakeOktaExtension fakeOkta = OrgFixture.fakeOkta(clock);

  FakeOkta okta;
  FakeUser ada;
  CliRunner cli;

  @BeforeEach
  void setUp() {
    okta = fakeOkta.server();
    ada = okta.addUser(USER_ID, "ada@example.com", "Ada Lovelace");
    cli = OrgFixture.configured(okta, clock);
  }

  @Test
  void noSecretInAnyOutputOfFailingCommands() {
    FakeSession ended = okta.createSession(ada);
    okta.session(ended.id());
    assertThat(cli.run("end", ended.id()).exitCode()).isEqualTo(0);
    String cookie = "sid=" + ended.id();
    List<String> secrets = List.of(API_TOKEN, ACCESS_TOKEN, SESSION_TOKEN, WRONG_TOKEN, ended.id());
    List<CliRunner.Result> results = new ArrayList<>();
    for (String json : new String[] {"--verbose", "--json"}) {
      results.add(cli.run(json, "get", ended.id()));
      results.add(cli.run(json, "refresh", ended.id()));
      results.add(cli.run(json, "end", ended.id()));
      results.add(cli.run(json, "create", "--session-token", SESSION_TOKEN));
      results.add(cli.run(json, "--token", WRONG_TOKEN, "get", ended.id()));
      results.add(cli.run(json, "--access-token", WRONG_TOKEN, "get", ended.id()));
      results.add(cli.run(json, "me", "get", "--cookie", cookie));
      results.add(cli.run(json, "me", "refresh", "--cookie", cookie + "; other=value"));
      results.add(cli.run(json, "me", "end", "--cookie=" + cookie));
      results.add(cli.run(json, "--token", API_TOKEN, "--access-token", ACCESS_TOKEN, "get", ended.id()));
      results.add(cli.run(json, "--token=" + API_TOKEN, "--access-token=" + ACCESS_TOKEN, "get", ended.id()));
      results.add(cli.run(json, "--tokn", API_TOKEN, "get", ended.id()));
      results.add(cli.run(json, "get", ended.id(), "--token", API_TOKEN));
      results.add(cli.run(json, "--token", "SSWS " + API_TOKEN, "get", ended.id()));
      results.add(cli.run(json, "--org-url", "http://127.0.0.1:1", "--max-retries", "0", "get", ended.id()));
      results.add(cli.run(json, "--org-url", "https://user:" + API_TOKEN + "@dev-1.okta.com", "get", ended.id()));
    }
    for (CliRunner.Result result : results) {
      assertThat(result.exitCode()).isNotEqualTo(0);
      for (String secret : secrets) {
        assertThat(result.all()).doesNotContain(secret);
      }
    }
  }

  @Test
  void okta429AndErrorsEchoingTheSessionIdAreMasked() {
    FakeSession session = okta.createSession(ada);
    okta.faults().next(1).respond(403, "E0000006", "You do not have permission for session " + session.id());

    CliRunner.Result result = cli.run("get", session.id());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("  errorSummary  You do not have permission for session ***\n");
    assertThat(result.err()).doesNotContain(session.id());
  }

  @Test
  void anUnexpectedFailureCarryingATokenIsMaskedEvenWithItsStackTrace() {
    CliRunner failing = OrgFixture.configured(okta, clock).transports(settings -> new HttpTransport() {
      @Override
      public HttpResponse execute(HttpRequest request) {
        throw new IllegalStateException("boom with " + request.headers().first("Authorization"));
      }

      @Override
      public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
        return CompletableFuture.failedFuture(
            new IllegalStateException("boom with " + request.headers().first("Authorization")));
      }
    });

    CliRunner.Result quiet = failing.run("get", "102session0000");
    CliRunner.Result verbose = failing.run("--verbose", "get", "102session0000");

    assertThat(quiet.exitCode()).isEqualTo(70);
    assertThat(quiet.err()).isEqualTo("okta-sessions: unexpected failure: IllegalStateException: boom with SSWS ***\n"
        + "Rerun with --verbose for details.\n");
    assertThat(verbose.exitCode()).isEqualTo(70);
    assertThat(verbose.err()).contains("\tat ");
    assertThat(verbose.err()).contains("boom with SSWS ***");
    assertThat(quiet.all() + verbose.all()).doesNotContain(API_TOKEN);
  }

  @Test
  void theSessionIdOfASuccessfulCommandIsItsOutput() {
    FakeSession session = okta.createSession(ada);

    CliRunner.Result result = cli.run("get", session.id());

    assertThat(result.out()).contains(session.id());
    assertThat(result.all()).doesNotContain(API_TOKEN);
  }
}
