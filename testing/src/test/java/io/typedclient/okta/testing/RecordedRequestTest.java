package io.typedclient.okta.testing;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class RecordedRequestTest {
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T10:00:00Z"));
  private FakeOkta okta;
  private Http http;

  @BeforeEach
  void start() {
    okta = FakeOkta.builder().clock(clock).start();
    http = new Http(okta);
  }

  @AfterEach
  void stop() {
    okta.close();
  }

  @Test
  void recordsMethodPathQueryHeadersAndBody() throws Exception {
    String token = okta.issueSessionToken(okta.addUser("00u1", "ada@example.com", "Ada Lovelace"));
    http.send(http.managed("/api/v1/sessions?additionalFields=cookieToken")
        .header("Content-Type", "application/json")
        .header("X-Custom", "one")
        .header("X-Custom", "two")
        .POST(HttpRequest.BodyPublishers.ofString("{\"sessionToken\":\"" + token + "\"}")));

    RecordedRequest request = okta.takeRequest();

    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/api/v1/sessions");
    assertThat(request.rawQuery()).isEqualTo("additionalFields=cookieToken");
    assertThat(request.queryParameter("additionalFields")).isEqualTo("cookieToken");
    assertThat(request.queryParameter("absent")).isNull();
    assertThat(request.route()).isEqualTo("/api/v1/sessions");
    assertThat(request.header("authorization")).isEqualTo("SSWS " + okta.apiToken());
    assertThat(request.headers().get("x-custom")).containsExactly("one", "two").inOrder();
    assertThat(request.header("Content-Type")).isEqualTo("application/json");
    assertThat(request.body()).isEqualTo("{\"sessionToken\":\"" + token + "\"}");
    assertThat(request.bodyBytes()).hasLength(request.body().length());
    assertThat(request.receivedAt()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
    assertThat(request.sequence()).isEqualTo(1);
  }

  @Test
  void requestIdIsTheOneTheAnswerCarried() throws Exception {
    String answered = http.getSession("102x").headers().firstValue("X-Okta-Request-Id").orElseThrow();

    assertThat(okta.takeRequest().requestId()).isEqualTo(answered);
  }

  @Test
  void takeRequestReturnsRequestsInOrderThenFails() throws Exception {
    http.getSession("102first");
    clock.advance(Duration.ofSeconds(1));
    http.refreshSession("102second");

    RecordedRequest first = okta.takeRequest();
    RecordedRequest second = okta.takeRequest();

    assertThat(first.path()).isEqualTo("/api/v1/sessions/102first");
    assertThat(second.path()).isEqualTo("/api/v1/sessions/102second/lifecycle/refresh");
    assertThat(second.route()).isEqualTo("/api/v1/sessions/{sessionId}/lifecycle/refresh");
    assertThat(second.receivedAt()).isEqualTo(Instant.parse("2026-01-05T10:00:01Z"));
    NoSuchElementException none = assertThrows(NoSuchElementException.class, okta::takeRequest);
    assertThat(none).hasMessageThat().contains("received 2 in all");
    assertThat(okta.requests()).containsExactly(first, second).inOrder();
    assertThat(okta.requestCount()).isEqualTo(2);
  }

  @Test
  void faultedAndRefusedRequestsAreRecordedToo() throws Exception {
    okta.faults().next(1).closeConnection();
    try (RawConnection connection = new RawConnection(okta)) {
      connection.send("DELETE /api/v1/sessions/102x HTTP/1.1\r\n\r\n").readUntilClosed();
    }
    http.send(http.request("/unknown/path?q=1").GET());

    assertThat(okta.takeRequest().method()).isEqualTo("DELETE");
    RecordedRequest unknown = okta.takeRequest();
    assertThat(unknown.route()).isNull();
    assertThat(unknown.path()).isEqualTo("/unknown/path");
    assertThat(unknown.toString()).isEqualTo("GET (no such endpoint)");
  }

  @Test
  void toStringShowsTheTemplateNeverSecrets() throws Exception {
    FakeSession session = okta.createSession(okta.addUser("00u1", "ada@example.com", "Ada Lovelace"));
    http.getSession(session.id());
    http.send(http.request("/api/v1/sessions/me").header("Cookie", "sid=" + session.id()).GET());

    RecordedRequest get = okta.takeRequest();
    RecordedRequest me = okta.takeRequest();

    assertThat(get.toString()).isEqualTo("GET /api/v1/sessions/{sessionId}");
    assertThat(me.toString()).isEqualTo("GET /api/v1/sessions/me");
    for (Object value : new Object[] {get, me, session, okta}) {
      assertThat(value.toString()).doesNotContain(session.id());
      assertThat(value.toString()).doesNotContain(okta.apiToken());
    }
  }

  @Test
  void resetForgetsRequestsAndRestartsTheSequence() throws Exception {
    http.getSession("102x");
    okta.reset();
    http.getSession("102y");

    assertThat(okta.requestCount()).isEqualTo(1);
    RecordedRequest request = okta.takeRequest();
    assertThat(request.sequence()).isEqualTo(1);
    assertThat(request.path()).isEqualTo("/api/v1/sessions/102y");
  }

  @Test
  void queryParametersAreDecoded() throws Exception {
    http.send(http.managed("/api/v1/users/00u1/sessions?oauthTokens=true&flag&name=a%20b%2Bc").DELETE());

    RecordedRequest request = okta.takeRequest();

    assertThat(request.queryParameter("oauthTokens")).isEqualTo("true");
    assertThat(request.queryParameter("flag")).isEqualTo("");
    assertThat(request.queryParameter("name")).isEqualTo("a b+c");
  }
}
