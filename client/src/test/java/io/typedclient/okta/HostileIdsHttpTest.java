package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.OktaHttp.T0;
import static io.typedclient.okta.OktaHttp.take;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids and cookies chosen to escape their place in the request stay where they belong. */
@Timeout(30)
class HostileIdsHttpTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private SessionApiClient sessions;

  @BeforeEach
  void setUp() {
    sessions = OktaHttp.clientFor(server, FakeScheduler.autoAdvancing(T0)).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    sessions.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "../../users/00u1/lifecycle/deactivate",
    "a/b",
    "a?b=c&oauthTokens=true",
    "a#fragment",
    "%2F..%2F",
    "..%2f",
    "a b",
    "ünïcödé",
    "me/lifecycle/refresh",
    ";jsessionid=x",
    "a\\b",
    "a+b",
    "...",
    "%",
  })
  void sessionIdStaysOnePathSegment(String id) throws Exception {
    server.enqueue(OktaHttp.json(200, "{\"id\":\"x\"}"));
    server.enqueue(OktaHttp.json(200, "{\"id\":\"x\"}"));
    server.enqueue(OktaHttp.status(204));
    server.enqueue(OktaHttp.status(204));

    sessions.getSession(id);
    sessions.refreshSession(id);
    sessions.endSession(id);
    sessions.revokeUserSessions(id, null, null);

    assertSegments(take(server), List.of("api", "v1", "sessions", id));
    assertSegments(take(server), List.of("api", "v1", "sessions", id, "lifecycle", "refresh"));
    assertSegments(take(server), List.of("api", "v1", "sessions", id));
    assertSegments(take(server), List.of("api", "v1", "users", id, "sessions"));
  }

  private static void assertSegments(RecordedRequest recorded, List<String> expected) {
    assertThat(recorded.getUrl().pathSegments()).containsExactlyElementsIn(expected).inOrder();
    assertThat(recorded.getUrl().query()).isNull();
    assertThat(recorded.getTarget()).doesNotContain("#");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", ".."})
  void idsThatWouldNameAnotherResourceAreRefusedBeforeSending(String id) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sessions.getSession(id));
    assertThat(e).hasMessageThat().contains("sessionId");
    Throwable async = assertThrows(Throwable.class, () -> sessions.endSessionAsync(id).join());
    // Refused either at once or through the future; either way an IllegalArgumentException.
    assertThat(async instanceof java.util.concurrent.CompletionException ? async.getCause() : async)
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isEqualTo(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"me", "ME"})
  void meIsNotAnIdBecauseOktaReadsItAsTheCallersOwn(String id) {
    IllegalArgumentException get = assertThrows(IllegalArgumentException.class, () -> sessions.getSession(id));
    assertThat(get).hasMessageThat().contains("\"sessionId\"");
    assertThrows(IllegalArgumentException.class, () -> sessions.refreshSession(id));
    assertThrows(IllegalArgumentException.class, () -> sessions.endSession(id));
    IllegalArgumentException revoke =
        assertThrows(IllegalArgumentException.class, () -> sessions.revokeUserSessions(id, true, null));
    assertThat(revoke).hasMessageThat().contains("\"userId\"");
    Throwable async = assertThrows(Throwable.class, () -> sessions.getSessionAsync(id).join());
    assertThat(async instanceof java.util.concurrent.CompletionException ? async.getCause() : async)
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isEqualTo(0);
  }

  @Test
  void nullIdIsRefusedBeforeSending() {
    assertThrows(IllegalArgumentException.class, () -> sessions.getSession(null));
    assertThat(server.getRequestCount()).isEqualTo(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sid=abc\r\nX-Injected: 1", "sid=abc\nAuthorization: SSWS stolen", "sid=abc\u0000"})
  void cookieCannotInjectHeaders(String cookie) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> sessions.getCurrentSession(cookie));
    assertThat(e).hasMessageThat().doesNotContain("sid=abc");
    assertThat(server.getRequestCount()).isEqualTo(0);
  }

  @Test
  void currentSessionCallWithoutCookieIsRefusedBeforeSending() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sessions.getCurrentSession(null));
    assertThat(e).hasMessageThat().contains("session cookie");
    assertThat(server.getRequestCount()).isEqualTo(0);
  }
}
