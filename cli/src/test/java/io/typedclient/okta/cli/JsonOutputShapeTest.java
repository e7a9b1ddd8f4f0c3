package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.cli.OrgFixture.START;
import static io.typedclient.okta.cli.OrgFixture.USER_ID;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeOktaExtension;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.okta.testing.FakeUser;
import io.typedclient.okta.testing.ManualClock;
import io.typedclient.okta.testing.RecordedRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shape of {@code --json} for every command that prints a result: exactly one JSON object on one line of
 * stdout, nothing on stderr, and exactly the documented keys with the values Okta answered. ({@code demo} takes
 * no {@code --json}: see {@link UsageAndConfigurationTest}.)
 */
@Timeout(20)
class JsonOutputShapeTest {
  /** The fields of a session FakeOkta issues for a password sign-in, by Okta's names; nothing else. */
  private static final Set<String> SESSION_KEYS = Set.of(
      "id", "login", "userId", "createdAt", "expiresAt", "status", "lastPasswordVerification", "amr", "idp",
      "_links");

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
  void create() throws IOException {
    CliRunner.Result result = cli.run("--json", "create", "--session-token", okta.issueSessionToken(ada));

    FakeSession session = okta.sessions().get(0);
    assertSession(result, session, "2026-01-05T12:00:00Z", "/api/v1/sessions/" + session.id());
  }

  @Test
  void get() throws IOException {
    FakeSession session = okta.createSession(ada);

    CliRunner.Result result = cli.run("--json", "get", session.id());

    assertSession(result, session, "2026-01-05T12:00:00Z", "/api/v1/sessions/" + session.id());
  }

  @Test
  void refresh() throws IOException {
    FakeSession session = okta.createSession(ada);
    clock.advance(Duration.ofMinutes(10));

    CliRunner.Result result = cli.run("--json", "refresh", session.id());

    assertSession(result, session, "2026-01-05T12:10:00Z", "/api/v1/sessions/" + session.id());
  }

  @Test
  void end() throws IOException {
    FakeSession session = okta.createSession(ada);

    CliRunner.Result result = cli.run("--json", "end", session.id());

    Map<String, Object> printed = oneObject(result);
    assertThat(printed.keySet()).containsExactly("ended", "status", "requestId").inOrder();
    assertThat(printed).containsEntry("ended", "session");
    assertThat(printed).containsEntry("status", 204.0);
    assertThat(printed).containsEntry("requestId", okta.takeRequest().requestId());
    assertThat(okta.session(session.id())).isEmpty();
  }

  @Test
  void revokeUser() throws IOException {
    okta.createSession(ada);

    CliRunner.Result result = cli.run("--json", "revoke-user", USER_ID, "--oauth-tokens", "--no-forget-devices");

    Map<String, Object> printed = oneObject(result);
    assertThat(printed.keySet())
        .containsExactly("ended", "userId", "oauthTokens", "forgetDevices", "status", "requestId").inOrder();
    assertThat(printed).containsEntry("ended", "userSessions");
    assertThat(printed).containsEntry("userId", USER_ID);
    assertThat(printed).containsEntry("oauthTokens", true);
    assertThat(printed).containsEntry("forgetDevices", false);
    assertThat(printed).containsEntry("status", 204.0);
    assertThat(printed).containsEntry("requestId", okta.takeRequest().requestId());
    assertThat(okta.sessions()).isEmpty();
  }

  @Test
  void meGet() throws IOException {
    FakeSession session = okta.createSession(ada);

    CliRunner.Result result = cli.run("--json", "me", "get", "--cookie", "sid=" + session.id());

    // As Okta does, the current session's links name it by /me, not by its id.
    assertSession(result, session, "2026-01-05T12:00:00Z", "/api/v1/sessions/me");
    assertThat(okta.takeRequest().path()).isEqualTo("/api/v1/sessions/me");
  }

  @Test
  void meRefresh() throws IOException {
    FakeSession session = okta.createSession(ada);
    clock.advance(Duration.ofMinutes(5));

    CliRunner.Result result = cli.run("--json", "me", "refresh", "--cookie", "sid=" + session.id());

    assertSession(result, session, "2026-01-05T12:05:00Z", "/api/v1/sessions/me");
    RecordedRequest request = okta.takeRequest();
    assertThat(request.method() + " " + request.path()).isEqualTo("POST /api/v1/sessions/me/lifecycle/refresh");
  }

  @Test
  void meEnd() throws IOException {
    FakeSession session = okta.createSession(ada);

    CliRunner.Result result = cli.run("--json", "me", "end", "--cookie", "sid=" + session.id());

    Map<String, Object> printed = oneObject(result);
    assertThat(printed.keySet()).containsExactly("ended", "status", "requestId").inOrder();
    assertThat(printed).containsEntry("ended", "currentSession");
    assertThat(printed).containsEntry("status", 204.0);
    RecordedRequest request = okta.takeRequest();
    assertThat(request.method() + " " + request.path()).isEqualTo("DELETE /api/v1/sessions/me");
    assertThat(printed).containsEntry("requestId", request.requestId());
    assertThat(okta.session(session.id())).isEmpty();
  }

  /** Exit code 0, nothing on stderr, and stdout is one line holding one JSON object. */
  private static Map<String, Object> oneObject(CliRunner.Result result) throws IOException {
    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).endsWith("\n");
    assertThat(result.out().lines().count()).isEqualTo(1);
    return Json.object(result.out());
  }

  /**
   * {@code result} printed {@code session} with Okta's field names and nothing else, expiring at {@code expiresAt},
   * its {@code self} link ending in {@code selfPath}.
   */
  @SuppressWarnings("unchecked")
  private static void assertSession(CliRunner.Result result, FakeSession session, String expiresAt, String selfPath)
      throws IOException {
    Map<String, Object> printed = oneObject(result);
    assertThat(printed.keySet()).containsExactlyElementsIn(SESSION_KEYS);
    assertThat(printed).containsEntry("id", session.id());
    assertThat(printed).containsEntry("login", "ada@example.com");
    assertThat(printed).containsEntry("userId", USER_ID);
    assertThat(printed).containsEntry("status", "ACTIVE");
    assertThat(printed).containsEntry("createdAt", "2026-01-05T10:00:00Z");
    assertThat(printed).containsEntry("expiresAt", expiresAt);
    assertThat(printed).containsEntry("amr", List.of("pwd"));
    assertThat(((Map<String, Object>) printed.get("idp")).keySet()).containsExactly("id", "type");
    Map<String, Object> links = (Map<String, Object>) printed.get("_links");
    assertThat(links.keySet()).containsAtLeast("self", "refresh", "user");
    assertThat((String) ((Map<String, Object>) links.get("self")).get("href"))
        .endsWith(selfPath);
  }
}
