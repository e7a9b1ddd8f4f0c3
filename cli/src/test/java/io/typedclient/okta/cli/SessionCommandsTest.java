package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.cli.OrgFixture.ACCESS_TOKEN;
import static io.typedclient.okta.cli.OrgFixture.API_TOKEN;
import static io.typedclient.okta.cli.OrgFixture.START;
import static io.typedclient.okta.cli.OrgFixture.USER_ID;

import io.typedclient.okta.Session;
import io.typedclient.okta.SessionJsonAdapter;
import io.typedclient.okta.SessionStatus;
import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeOktaExtension;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.okta.testing.FakeUser;
import io.typedclient.okta.testing.ManualClock;
import io.typedclient.okta.testing.RecordedRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every command against FakeOkta, in both output modes: what it sends, what it prints, exit code 0. */
@Timeout(20)
class SessionCommandsTest {
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
  void createPrintsTheNewSessionAsAnAlignedSummary() {
    CliRunner.Result result = cli.run("create", "--session-token", okta.issueSessionToken(ada));

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.err()).isEmpty();
    FakeSession session = okta.sessions().get(0);
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(8);
    assertThat(lines.subList(0, 7)).containsExactly(
        "id       " + session.id(),
        "user     " + USER_ID,
        "login    ada@example.com",
        "status   ACTIVE",
        "created  2026-01-05T10:00:00Z  (now)",
        "expires  2026-01-05T12:00:00Z  (in 2h)",
        "amr      pwd").inOrder();
    assertThat(lines.get(7)).matches("idp      OKTA 00o\\w+");
    RecordedRequest request = okta.takeRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/api/v1/sessions");
    assertThat(request.header("Authorization")).isEqualTo("SSWS " + API_TOKEN);
  }

  @Test
  void createWithJsonPrintsOneObjectTheGeneratedAdapterReadsBack() throws IOException {
    CliRunner.Result result = cli.run("--json", "create", "--session-token", okta.issueSessionToken(ada));

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.err()).isEmpty();
    assertThat(result.out().lines().count()).isEqualTo(1);
    assertThat(result.out()).startsWith("{");
    Session printed = new SessionJsonAdapter(JsonOutput.MOSHI).fromJson(result.out());
    FakeSession session = okta.sessions().get(0);
    assertThat(printed.id()).isEqualTo(session.id());
    assertThat(printed.userId()).isEqualTo(USER_ID);
    assertThat(printed.login()).isEqualTo("ada@example.com");
    assertThat(printed.status()).isEqualTo(SessionStatus.ACTIVE);
    assertThat(printed.createdAt()).isEqualTo(START);
    assertThat(printed.expiresAt()).isEqualTo(START.plus(Duration.ofHours(2)));
    assertThat(printed.links().self().href()).endsWith("/api/v1/sessions/" + session.id());
    assertThat(result.out()).contains("\"_links\"");
  }

  @Test
  void getShowsHowLongTheSessionHasLeftByTheClock() {
    FakeSession session = okta.createSession(ada);
    clock.advance(Duration.ofMinutes(1).plusSeconds(30));

    CliRunner.Result result = cli.run("get", session.id());

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).contains("created  2026-01-05T10:00:00Z  (1m 30s ago)\n");
    assertThat(result.out()).contains("expires  2026-01-05T12:00:00Z  (in 1h 58m)\n");
    RecordedRequest request = okta.takeRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.path()).isEqualTo("/api/v1/sessions/" + session.id());
  }

  @Test
  void getWithJsonPrintsTheSession() throws IOException {
    FakeSession session = okta.createSession(ada);

    CliRunner.Result result = cli.run("--json", "get", session.id());

    assertThat(result.exitCode()).isEqualTo(0);
    Session printed = new SessionJsonAdapter(JsonOutput.MOSHI).fromJson(result.out());
    assertThat(printed.id()).isEqualTo(session.id());
    assertThat(printed.expiresAt()).isEqualTo(session.expiresAt());
  }

  @Test
  void refreshShowsTheExpiryMoved() {
    FakeSession session = okta.createSession(ada);
    clock.advance(Duration.ofMinutes(30));

    CliRunner.Result result = cli.run("refresh", session.id());

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).contains("expires  2026-01-05T12:30:00Z  (in 2h)\n");
    assertThat(okta.session(session.id()).orElseThrow().expiresAt()).isEqualTo(Instant.parse("2026-01-05T12:30:00Z"));
    RecordedRequest request = okta.takeRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/api/v1/sessions/" + session.id() + "/lifecycle/refresh");
  }

  @Test
  void refreshWithJsonPrintsTheRefreshedSession() throws IOException {
    FakeSession session = okta.createSession(ada);
    clock.advance(Duration.ofMinutes(10));

    CliRunner.Result result = cli.run("--json", "refresh", session.id());

    assertThat(result.exitCode()).isEqualTo(0);
    Session printed = new SessionJsonAdapter(JsonOutput.MOSHI).fromJson(result.out());
    assertThat(printed.expiresAt()).isEqualTo(Instant.parse("2026-01-05T12:10:00Z"));
  }

  @Test
  void endEndsTheSession() {
    FakeSession session = okta.createSession(ada);

    CliRunner.Result result = cli.run("end", session.id());

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).isEqualTo("Session ended.\n");
    assertThat(okta.session(session.id())).isEmpty();
    RecordedRequest request = okta.takeRequest();
    assertThat(request.method()).isEqualTo("DELETE");
    assertThat(request.path()).isEqualTo("/api/v1/sessions/" + session.id());
  }

  @Test
  void endWithJsonPrintsStatusAndRequestId() throws IOException {
    FakeSession session = okta.createSession(ada);

    CliRunner.Result result = cli.run("--json", "end", session.id());

    assertThat(result.exitCode()).isEqualTo(0);
    Map<String, Object> printed = Json.object(result.out());
    assertThat(printed).containsEntry("ended", "session");
    assertThat(printed).containsEntry("status", 204.0);
    assertThat(printed).containsEntry("requestId", okta.takeRequest().requestId());
  }

  @Test
  void revokeUserLeavesOktaDefaultsOutOfTheQuery() {
    FakeSession first = okta.createSession(ada);
    FakeSession second = okta.createSession(ada);

    CliRunner.Result result = cli.run("revoke-user", USER_ID);

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).isEqualTo(
        "Ended every session of user " + USER_ID + ". Their remembered factors are forgotten.\n");
    assertThat(okta.session(first.id())).isEmpty();
    assertThat(okta.session(second.id())).isEmpty();
    RecordedRequest request = okta.takeRequest();
    assertThat(request.method()).isEqualTo("DELETE");
    assertThat(request.path()).isEqualTo("/api/v1/users/" + USER_ID + "/sessions");
    assertThat(request.rawQuery()).isNull();
  }

  @Test
  void revokeUserSendsOauthTokensAndNoForgetDevices() {
    CliRunner.Result result = cli.run("revoke-user", USER_ID, "--oauth-tokens", "--no-forget-devices");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).isEqualTo("Ended every session of user " + USER_ID
        + ". Revoked their OAuth tokens too. Their remembered factors are kept.\n");
    RecordedRequest request = okta.takeRequest();
    assertThat(request.queryParameter("oauthTokens")).isEqualTo("true");
    assertThat(request.queryParameter("forgetDevices")).isEqualTo("false");
  }

  @Test
  void revokeUserSendsForgetDevicesWhenAsked() throws IOException {
    CliRunner.Result result = cli.run("--json", "revoke-user", USER_ID, "--forget-devices");

    assertThat(result.exitCode()).isEqualTo(0);
    RecordedRequest request = okta.takeRequest();
    assertThat(request.queryParameter("oauthTokens")).isNull();
    assertThat(request.queryParameter("forgetDevices")).isEqualTo("true");
    Map<String, Object> printed = Json.object(result.out());
    assertThat(printed).containsEntry("ended", "userSessions");
    assertThat(printed).containsEntry("userId", USER_ID);
    assertThat(printed).containsEntry("oauthTokens", false);
    assertThat(printed).containsEntry("forgetDevices", true);
    assertThat(printed).containsEntry("status", 204.0);
  }

  @Test
  void meCommandsUseTheCookieAloneAndNeedNoToken() {
    FakeSession session = okta.createSession(ada);
    CliRunner withoutToken = new CliRunner(clock).env("OKTA_CLIENT_ORGURL", okta.orgUrl());
    String cookie = "sid=" + session.id();

    CliRunner.Result get = withoutToken.run("me", "get", "--cookie", cookie);
    clock.advance(Duration.ofMinutes(5));
    CliRunner.Result refresh = withoutToken.run("me", "refresh", "--cookie", cookie);
    CliRunner.Result end = withoutToken.run("me", "end", "--cookie", cookie);

    assertThat(get.exitCode()).isEqualTo(0);
    assertThat(get.out()).contains("id       " + session.id() + "\n");
    assertThat(refresh.exitCode()).isEqualTo(0);
    assertThat(refresh.out()).contains("expires  2026-01-05T12:05:00Z  (in 2h)\n");
    assertThat(end.exitCode()).isEqualTo(0);
    assertThat(end.out()).isEqualTo("Session ended (signed out).\n");
    assertThat(okta.session(session.id())).isEmpty();
    List<RecordedRequest> requests = okta.requests();
    assertThat(requests).hasSize(3);
    assertThat(requests.get(0).method() + " " + requests.get(0).path()).isEqualTo("GET /api/v1/sessions/me");
    assertThat(requests.get(1).method() + " " + requests.get(1).path())
        .isEqualTo("POST /api/v1/sessions/me/lifecycle/refresh");
    assertThat(requests.get(2).method() + " " + requests.get(2).path()).isEqualTo("DELETE /api/v1/sessions/me");
    for (RecordedRequest request : requests) {
      assertThat(request.header("Cookie")).isEqualTo(cookie);
      assertThat(request.header("Authorization")).isNull();
    }
  }

  @Test
  void meCommandsNeverSendTheConfiguredToken() throws IOException {
    FakeSession session = okta.createSession(ada);

    CliRunner.Result result = cli.run("--json", "me", "get", "--cookie", "sid=" + session.id());

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(new SessionJsonAdapter(JsonOutput.MOSHI).fromJson(result.out()).id()).isEqualTo(session.id());
    assertThat(okta.takeRequest().header("Authorization")).isNull();
  }

  @Test
  void accessTokenIsSentAsBearer() {
    FakeSession session = okta.createSession(ada);
    CliRunner noEnvironmentToken = new CliRunner(clock);

    CliRunner.Result result = noEnvironmentToken.run(
        "--org-url", okta.orgUrl(), "--access-token", ACCESS_TOKEN, "get", session.id());

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(okta.takeRequest().header("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
  }

  @Test
  void optionsWinOverTheEnvironment() {
    FakeSession session = okta.createSession(ada);
    CliRunner misconfigured = new CliRunner(clock)
        .env("OKTA_CLIENT_ORGURL", "https://{yourOktaDomain}")
        .env("OKTA_CLIENT_TOKEN", "not-the-token");

    CliRunner.Result result = misconfigured.run("--org-url", okta.orgUrl(), "--token", API_TOKEN, "get", session.id());

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(okta.takeRequest().header("Authorization")).isEqualTo("SSWS " + API_TOKEN);
  }

  @Test
  void aRateLimitedCallIsRetriedAfterTheReset() {
    FakeSession session = okta.createSession(ada);
    okta.faults().next(1).tooManyRequests(
        io.typedclient.okta.testing.TooManyRequests.resetAt(START.plusSeconds(3)).date(START));

    CliRunner.Result result = cli.run("get", session.id());

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(okta.requests()).hasSize(2);
    assertThat(okta.requests().get(1).header("X-Okta-Retry-Count")).isEqualTo("1");
    // Three seconds to the reset by Okta's Date, plus the client's one-second margin.
    assertThat(cli.scheduler().waits()).containsExactly(Duration.ofSeconds(4));
  }

  @Test
  void verbosePrintsEachExchangeOnStderr() {
    FakeSession session = okta.createSession(ada);
    okta.faults().next(1).respond(503);

    CliRunner.Result result = cli.run("-v", "get", session.id());

    assertThat(result.exitCode()).isEqualTo(0);
    List<String> exchanges = result.err().lines().toList();
    assertThat(exchanges).hasSize(2);
    assertThat(exchanges.get(0)).matches(
        "> GET    /api/v1/sessions/\\{sessionId}                   503 +\\d+ ms");
    assertThat(exchanges.get(1)).matches(
        "> GET    /api/v1/sessions/\\{sessionId}                   200 +\\d+ ms   retry 1");
    assertThat(result.out()).contains("status   ACTIVE\n");
  }
}
