package io.typedclient.okta.testing;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.testing.Http.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(20)
class AuthenticationTest {
  private FakeOkta okta;
  private Http http;
  private FakeSession session;

  @BeforeEach
  void start() {
    okta = FakeOkta.builder().apiToken("00apiTokenForTests").accessToken("eyJ.access.one").accessToken("eyJ.access.two")
        .start();
    http = new Http(okta);
    session = okta.createSession(okta.addUser("00u1", "ada@example.com", "Ada Lovelace"));
  }

  @AfterEach
  void stop() {
    okta.close();
  }

  @Test
  void apiTokenIsTheConfiguredOne() {
    assertThat(okta.apiToken()).isEqualTo("00apiTokenForTests");
  }

  @Test
  void defaultApiTokenIsRandomAndAccepted() throws Exception {
    try (FakeOkta other = FakeOkta.start(); FakeOkta third = FakeOkta.start()) {
      assertThat(other.apiToken()).matches("00[0-9A-Za-z]{40}");
      assertThat(other.apiToken()).isNotEqualTo(third.apiToken());
      Http otherHttp = new Http(other);
      assertThat(otherHttp.send(otherHttp.managed("/api/v1/sessions/102x").GET()).statusCode()).isEqualTo(404);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"SSWS 00apiTokenForTests", "Bearer eyJ.access.one", "Bearer eyJ.access.two",
      "ssws 00apiTokenForTests", "bearer eyJ.access.one"})
  void acceptsApiTokenAndAccessTokens(String authorization) throws Exception {
    HttpResponse<String> response =
        http.send(http.request("/api/v1/sessions/" + session.id()).header("Authorization", authorization).GET());

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SSWS wrong", "SSWS 00apiTokenForTestsX", "Bearer 00apiTokenForTests",
      "SSWS eyJ.access.one", "Basic YWRhOnNlY3JldA==", "00apiTokenForTests", "SSWS", "SSWS  00apiTokenForTests"})
  void rejectsWrongCredentialsWithInvalidToken(String authorization) throws Exception {
    HttpResponse<String> response =
        http.send(http.request("/api/v1/sessions/" + session.id()).header("Authorization", authorization).GET());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response)).containsEntry("errorCode", "E0000011");
    assertThat(json(response)).containsEntry("errorSummary", "Invalid token provided");
  }

  @Test
  void everyManagementEndpointNeedsCredentials() throws Exception {
    List<HttpRequest.Builder> requests = List.of(
        http.request("/api/v1/sessions").POST(HttpRequest.BodyPublishers.ofString("{\"sessionToken\":\"x\"}")),
        http.request("/api/v1/sessions/" + session.id()).GET(),
        http.request("/api/v1/sessions/" + session.id()).DELETE(),
        http.request("/api/v1/sessions/" + session.id() + "/lifecycle/refresh")
            .POST(HttpRequest.BodyPublishers.noBody()),
        http.request("/api/v1/users/00u1/sessions").DELETE());

    for (HttpRequest.Builder request : requests) {
      HttpResponse<String> response = http.send(request);
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(json(response)).containsEntry("errorCode", "E0000011");
    }
    assertThat(okta.session(session.id())).isPresent();
  }

  @Test
  void sessionCookieDoesNotAuthenticateManagementCalls() throws Exception {
    HttpResponse<String> response = http.send(
        http.request("/api/v1/sessions/" + session.id()).header("Cookie", "sid=" + session.id()).GET());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void createSessionWithBadTokenIsRefusedBeforeTheSessionTokenIsSpent() throws Exception {
    String token = okta.issueSessionToken(okta.addUser("00u2", "grace@example.com", "Grace Hopper"));

    HttpResponse<String> refused = http.send(http.request("/api/v1/sessions")
        .header("Authorization", "SSWS wrong")
        .POST(HttpRequest.BodyPublishers.ofString("{\"sessionToken\":\"" + token + "\"}")));

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(json(refused)).containsEntry("errorCode", "E0000011");
    assertThat(http.createSession(token).statusCode()).isEqualTo(200);
  }
}
