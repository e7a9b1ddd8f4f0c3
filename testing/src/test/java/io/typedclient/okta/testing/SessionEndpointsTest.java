package io.typedclient.okta.testing;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.testing.Http.array;
import static io.typedclient.okta.testing.Http.json;
import static io.typedclient.okta.testing.Http.object;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class SessionEndpointsTest {
  private static final Instant START = Instant.parse("2026-01-05T10:00:00.123Z");

  private final ManualClock clock = ManualClock.at(START);
  private FakeOkta okta;
  private Http http;
  private FakeUser ada;

  @BeforeEach
  void start() {
    okta = FakeOkta.builder().clock(clock).start();
    http = new Http(okta);
    ada = okta.addUser("00u1adaLOVELACE01", "ada@example.com", "Ada Lovelace");
  }

  @AfterEach
  void stop() {
    okta.close();
  }

  @Test
  void createSessionExchangesTokenForSessionShapedLikeOkta() throws Exception {
    String token = okta.issueSessionToken(ada);
    clock.advance(Duration.ofSeconds(3));

    HttpResponse<String> response = http.createSession(token);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    Map<String, Object> session = json(response);
    String id = (String) session.get("id");
    assertThat(id).matches("[0-9A-Za-z]{25}");
    assertThat(session).containsEntry("login", "ada@example.com");
    assertThat(session).containsEntry("userId", "00u1adaLOVELACE01");
    assertThat(session).containsEntry("createdAt", "2026-01-05T10:00:03.123Z");
    assertThat(session).containsEntry("expiresAt", "2026-01-05T12:00:03.123Z");
    assertThat(session).containsEntry("status", "ACTIVE");
    assertThat(session).containsEntry("lastPasswordVerification", "2026-01-05T10:00:00.123Z");
    assertThat(session).containsKey("lastFactorVerification");
    assertThat(session.get("lastFactorVerification")).isNull();
    assertThat(array(session, "amr")).containsExactly("pwd");
    assertThat(object(session, "idp")).containsEntry("type", "OKTA");
    assertThat((String) object(session, "idp").get("id")).startsWith("00o");
    assertThat(session).containsEntry("mfaActive", false);

    Map<String, Object> links = object(session, "_links");
    assertThat(links.keySet()).containsExactly("self", "refresh", "user").inOrder();
    assertThat(object(links, "self"))
        .containsEntry("href", okta.orgUrl() + "/api/v1/sessions/" + id);
    assertThat(object(object(links, "self"), "hints")).containsEntry("allow", List.of("GET", "DELETE"));
    assertThat(object(links, "refresh"))
        .containsEntry("href", okta.orgUrl() + "/api/v1/sessions/" + id + "/lifecycle/refresh");
    assertThat(object(object(links, "refresh"), "hints")).containsEntry("allow", List.of("POST"));
    assertThat(object(links, "user")).containsEntry("name", "Ada Lovelace");
    assertThat(object(links, "user")).containsEntry("href", okta.orgUrl() + "/api/v1/users/00u1adaLOVELACE01");

    assertThat(okta.session(id)).isPresent();
  }

  @Test
  void sessionTokenIsSingleUse() throws Exception {
    String token = okta.issueSessionToken(ada);
    assertThat(http.createSession(token).statusCode()).isEqualTo(200);

    HttpResponse<String> reused = http.createSession(token);

    assertThat(reused.statusCode()).isEqualTo(401);
    assertThat(json(reused)).containsEntry("errorCode", "E0000004");
    assertThat(json(reused)).containsEntry("errorSummary", "Authentication failed");
    assertThat(okta.sessions()).hasSize(1);
  }

  @Test
  void unknownSessionTokenFailsAuthentication() throws Exception {
    HttpResponse<String> response = http.createSession("00notATokenThisOrgIssued");

    assertThat(response.statusCode()).isEqualTo(401);
    Map<String, Object> error = json(response);
    assertThat(error).containsEntry("errorCode", "E0000004");
    assertThat(error).containsEntry("errorLink", "E0000004");
    assertThat((String) error.get("errorId")).startsWith("oae");
    assertThat(array(error, "errorCauses")).isEmpty();
  }

  @Test
  void getSessionReturnsCurrentState() throws Exception {
    FakeSession session = okta.createSession(ada);

    HttpResponse<String> response = http.getSession(session.id());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response)).containsEntry("id", session.id());
    assertThat(json(response)).containsEntry("expiresAt", "2026-01-05T12:00:00.123Z");
  }

  @Test
  void refreshMovesExpiryToNowPlusLifetime() throws Exception {
    FakeSession session = okta.createSession(ada);
    clock.advance(Duration.ofMinutes(90));

    HttpResponse<String> response = http.refreshSession(session.id());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response)).containsEntry("createdAt", "2026-01-05T10:00:00.123Z");
    assertThat(json(response)).containsEntry("expiresAt", "2026-01-05T13:30:00.123Z");
    assertThat(okta.session(session.id()).orElseThrow().expiresAt())
        .isEqualTo(Instant.parse("2026-01-05T13:30:00.123Z"));
  }

  @Test
  void expiredSessionIsNotFoundEverywhere() throws Exception {
    FakeSession session = okta.createSession(ada);
    clock.advance(Duration.ofHours(2));

    for (HttpResponse<String> response : List.of(
        http.getSession(session.id()), http.refreshSession(session.id()), http.endSession(session.id()))) {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(json(response)).containsEntry("errorCode", "E0000007");
      assertThat(json(response))
          .containsEntry("errorSummary", "Not found: Resource not found: " + session.id() + " (Session)");
    }
    assertThat(okta.session(session.id())).isEmpty();
  }

  @Test
  void sessionIsAliveUntilTheMillisecondBeforeExpiry() throws Exception {
    FakeSession session = okta.createSession(ada);
    clock.advance(Duration.ofHours(2).minusMillis(1));

    assertThat(http.getSession(session.id()).statusCode()).isEqualTo(200);
  }

  @Test
  void endSessionAnswers204ThenSessionIsGone() throws Exception {
    FakeSession session = okta.createSession(ada);

    HttpResponse<String> ended = http.endSession(session.id());

    assertThat(ended.statusCode()).isEqualTo(204);
    assertThat(ended.body()).isEmpty();
    assertThat(ended.headers().firstValue("Content-Type")).isEmpty();
    assertThat(ended.headers().firstValue("X-Okta-Request-Id")).isPresent();
    HttpResponse<String> again = http.endSession(session.id());
    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(json(again)).containsEntry("errorCode", "E0000007");
    assertThat(http.getSession(session.id()).statusCode()).isEqualTo(404);
  }

  @Test
  void revokeUserSessionsEndsOnlyThatUsersSessions() throws Exception {
    FakeUser grace = okta.addUser("00u2graceHOPPER02", "grace@example.com", "Grace Hopper");
    FakeSession first = okta.createSession(ada);
    FakeSession second = okta.createSession(ada);
    FakeSession other = okta.createSession(grace);

    HttpResponse<String> response = http.send(
        http.managed("/api/v1/users/" + ada.id() + "/sessions?oauthTokens=true&forgetDevices=false").DELETE());

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(http.getSession(first.id()).statusCode()).isEqualTo(404);
    assertThat(http.getSession(second.id()).statusCode()).isEqualTo(404);
    assertThat(http.getSession(other.id()).statusCode()).isEqualTo(200);
    RecordedRequest revoke = okta.requests().get(0);
    assertThat(revoke.route()).isEqualTo("/api/v1/users/{userId}/sessions");
    assertThat(revoke.queryParameter("oauthTokens")).isEqualTo("true");
    assertThat(revoke.queryParameter("forgetDevices")).isEqualTo("false");
  }

  @Test
  void revokeSessionsOfUnknownUserIsNotFound() throws Exception {
    HttpResponse<String> response = http.send(http.managed("/api/v1/users/00uNOBODY/sessions").DELETE());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response)).containsEntry("errorCode", "E0000007");
    assertThat(json(response)).containsEntry("errorSummary", "Not found: Resource not found: 00uNOBODY (User)");
  }

  @Test
  void revokeUserSessionsRejectsNonBooleanFlag() throws Exception {
    HttpResponse<String> response =
        http.send(http.managed("/api/v1/users/" + ada.id() + "/sessions?oauthTokens=yes").DELETE());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response)).containsEntry("errorCode", "E0000001");
  }

  @Test
  void currentSessionEndpointsUseTheSidCookie() throws Exception {
    FakeSession session = okta.createSession(ada);
    String cookie = "theme=dark; sid=" + session.id();

    HttpResponse<String> current = http.send(http.request("/api/v1/sessions/me").header("Cookie", cookie).GET());
    assertThat(current.statusCode()).isEqualTo(200);
    Map<String, Object> links = object(json(current), "_links");
    assertThat(object(links, "self")).containsEntry("href", okta.orgUrl() + "/api/v1/sessions/me");
    assertThat(object(links, "refresh"))
        .containsEntry("href", okta.orgUrl() + "/api/v1/sessions/me/lifecycle/refresh");
    assertThat(object(links, "user")).containsEntry("href", okta.orgUrl() + "/api/v1/users/me");

    clock.advance(Duration.ofMinutes(30));
    HttpResponse<String> refreshed = http.send(http.request("/api/v1/sessions/me/lifecycle/refresh")
        .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(refreshed.statusCode()).isEqualTo(200);
    assertThat(json(refreshed)).containsEntry("expiresAt", "2026-01-05T12:30:00.123Z");

    HttpResponse<String> ended = http.send(http.request("/api/v1/sessions/me").header("Cookie", cookie).DELETE());
    assertThat(ended.statusCode()).isEqualTo(204);
    assertThat(okta.session(session.id())).isEmpty();
  }

  @Test
  void currentSessionEndpointsIgnoreTheApiToken() throws Exception {
    okta.createSession(ada);

    HttpResponse<String> get = http.send(http.managed("/api/v1/sessions/me").GET());
    HttpResponse<String> refresh = http.send(
        http.managed("/api/v1/sessions/me/lifecycle/refresh").POST(HttpRequest.BodyPublishers.noBody()));
    HttpResponse<String> delete = http.send(http.managed("/api/v1/sessions/me").DELETE());

    for (HttpResponse<String> response : List.of(get, refresh, delete)) {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(json(response)).containsEntry("errorCode", "E0000007");
      assertThat(json(response)).containsEntry("errorSummary", "Not found: Resource not found: me (Session)");
    }
  }

  @Test
  void currentSessionWithEndedSessionCookieIsNotFound() throws Exception {
    FakeSession session = okta.createSession(ada);
    http.endSession(session.id());

    HttpResponse<String> response =
        http.send(http.request("/api/v1/sessions/me").header("Cookie", "sid=" + session.id()).GET());

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void everyResponseCarriesOktaHeaders() throws Exception {
    FakeSession session = okta.createSession(ada);
    Set<String> requestIds = new HashSet<>();
    for (HttpResponse<String> response : List.of(
        http.getSession(session.id()), http.getSession("102unknown"), http.send(http.request("/nowhere").GET()),
        http.send(http.request("/api/v1/sessions/" + session.id()).GET()), http.endSession(session.id()))) {
      assertThat(response.headers().firstValue("Date")).hasValue("Mon, 05 Jan 2026 10:00:00 GMT");
      assertThat(response.headers().firstValue("X-Rate-Limit-Limit")).hasValue("600");
      assertThat(response.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("600");
      assertThat(response.headers().firstValue("X-Rate-Limit-Reset"))
          .hasValue(Long.toString(Instant.parse("2026-01-05T10:01:00Z").getEpochSecond()));
      String requestId = response.headers().firstValue("X-Okta-Request-Id").orElseThrow();
      assertThat(requestId).matches("[0-9A-Za-z]{27}");
      requestIds.add(requestId);
    }
    assertThat(requestIds).hasSize(5);
  }
}
