package io.typedclient.okta.testing;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.testing.Http.json;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every fault, observed on the wire: through java.net.http, and byte for byte through a plain socket. */
@Timeout(30)
class FaultInjectionTest {
  private static final Instant START = Instant.parse("2026-01-05T10:00:20Z");

  private final ManualClock clock = ManualClock.at(START);
  private FakeOkta okta;
  private Http http;
  private FakeUser ada;
  private FakeSession session;

  @BeforeEach
  void start() {
    okta = FakeOkta.builder().clock(clock).start();
    http = new Http(okta);
    ada = okta.addUser("00u1", "ada@example.com", "Ada Lovelace");
    session = okta.createSession(ada);
  }

  @AfterEach
  void stop() {
    okta.close();
  }

  private String rawGetSession(RawConnection connection) throws IOException {
    return connection.send("GET /api/v1/sessions/" + session.id() + " HTTP/1.1\r\nHost: okta\r\nAuthorization: SSWS "
        + okta.apiToken() + "\r\n\r\n").readUntilClosed();
  }

  private static String header(String rawResponse, String name) {
    for (String line : rawResponse.substring(0, rawResponse.indexOf("\r\n\r\n")).split("\r\n")) {
      if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
        return line.substring(name.length() + 1).trim();
      }
    }
    return null;
  }

  private static String body(String rawResponse) {
    return rawResponse.substring(rawResponse.indexOf("\r\n\r\n") + 4);
  }

  @Test
  void respondWithStatusGivesOktaErrorAndHeadersForNextRequestsOnly() throws Exception {
    Fault fault = okta.faults().next(2).respond(503);

    HttpResponse<String> first = http.getSession(session.id());
    HttpResponse<String> second = http.getSession(session.id());
    HttpResponse<String> third = http.getSession(session.id());

    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(json(first)).containsEntry("errorCode", "E0000010");
    assertThat(json(first)).containsEntry("errorSummary", "Service is in read-only mode");
    assertThat(first.headers().firstValue("X-Okta-Request-Id")).isPresent();
    assertThat(first.headers().firstValue("Date")).hasValue("Mon, 05 Jan 2026 10:00:20 GMT");
    assertThat(first.headers().firstValue("X-Rate-Limit-Reset")).isPresent();
    assertThat(second.statusCode()).isEqualTo(503);
    assertThat(third.statusCode()).isEqualTo(200);
    assertThat(fault.timesTriggered()).isEqualTo(2);
    assertThat(fault.isSpent()).isTrue();
  }

  @Test
  void respondWithErrorCodeAndSummary() throws Exception {
    okta.faults().next(1).respond(403, "E0000006", "You do not have permission to perform the requested action");

    HttpResponse<String> response = http.getSession(session.id());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(json(response)).containsEntry("errorCode", "E0000006");
    assertThat(json(response)).containsEntry("errorLink", "E0000006");
  }

  @Test
  void standInFaultsNeverReachTheOrg() throws Exception {
    String token = okta.issueSessionToken(ada);
    okta.faults().next(1).respond(500);

    HttpResponse<String> failed = http.createSession(token);

    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(json(failed)).containsEntry("errorCode", "E0000009");
    // The token was not spent: the request never got to the org.
    assertThat(http.createSession(token).statusCode()).isEqualTo(200);
  }

  @Test
  void htmlErrorPageLooksLikeAProxyWithoutOktaHeaders() throws Exception {
    okta.faults().next(1).respondHtml(502);

    HttpResponse<String> response = http.getSession(session.id());

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html");
    assertThat(response.body()).contains("<title>502 Bad Gateway</title>");
    assertThat(response.headers().firstValue("X-Okta-Request-Id")).isEmpty();
    assertThat(response.headers().firstValue("X-Rate-Limit-Reset")).isEmpty();
  }

  @Test
  void respondWithExactBody() throws Exception {
    okta.faults().next(1).respondWith(200, "text/plain", "not what you expected");

    HttpResponse<String> response = http.getSession(session.id());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain");
    assertThat(response.body()).isEqualTo("not what you expected");
  }

  @Test
  void delayHoldsTheAnswerAfterTheOrgActed() throws Exception {
    okta.faults().next(1).delay(Duration.ofMillis(1500));
    HttpRequest delete = http.managed("/api/v1/sessions/" + session.id()).DELETE()
        .timeout(Duration.ofMillis(300)).build();

    long started = System.nanoTime();
    assertThrows(HttpTimeoutException.class,
        () -> HttpClient.newHttpClient().send(delete, HttpResponse.BodyHandlers.ofString()));

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1400));
    assertThat(okta.session(session.id())).isEmpty();
  }

  @Test
  void delayedAnswerArrivesComplete() throws Exception {
    okta.faults().next(1).delay(Duration.ofMillis(200));

    long started = System.nanoTime();
    HttpResponse<String> response = http.getSession(session.id());

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isAtLeast(Duration.ofMillis(200));
    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void closeConnectionSendsNoByte() throws Exception {
    okta.faults().next(1).closeConnection();

    try (RawConnection connection = new RawConnection(okta)) {
      assertThat(rawGetSession(connection)).isEmpty();
    }
  }

  @Test
  void closeConnectionFailsAPostInJavaNetHttp() throws Exception {
    String token = okta.issueSessionToken(ada);
    okta.faults().matching("POST", "/api/v1/sessions").times(1).closeConnection();

    IOException error = assertThrows(IOException.class, () -> http.createSession(token));

    assertThat(error).hasMessageThat().contains("no bytes");
    assertThat(http.createSession(token).statusCode()).isEqualTo(200);
  }

  @Test
  void javaNetHttpRetriesAGetOnceWhenTheConnectionClosesBeforeTheResponse() throws Exception {
    // Worth knowing for client tests: java.net.http silently resends an idempotent request once when the
    // connection closes before any response byte, so one dropped connection never reaches the caller.
    Fault once = okta.faults().next(1).closeConnection();
    assertThat(http.getSession(session.id()).statusCode()).isEqualTo(200);
    assertThat(once.timesTriggered()).isEqualTo(1);
    assertThat(okta.requestCount()).isEqualTo(2);

    okta.faults().next(2).closeConnection();
    assertThrows(IOException.class, () -> http.getSession(session.id()));
  }

  @Test
  void closeConnectionMidBodySendsHeadersAndHalfTheAnnouncedBody() throws Exception {
    okta.faults().next(1).closeConnectionMidBody();

    try (RawConnection connection = new RawConnection(okta)) {
      String response = rawGetSession(connection);

      assertThat(response).startsWith("HTTP/1.1 200 OK\r\n");
      int announced = Integer.parseInt(header(response, "Content-Length"));
      int received = body(response).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      assertThat(received).isEqualTo(announced / 2);
      assertThat(received).isGreaterThan(0);
    }
  }

  @Test
  void closeConnectionMidBodyFailsJavaNetHttpAfterTheOrgActed() throws Exception {
    String token = okta.issueSessionToken(ada);
    okta.faults().matching("POST", "/api/v1/sessions").closeConnectionMidBody();

    IOException error = assertThrows(IOException.class, () -> http.createSession(token));

    assertThat(error).hasMessageThat().contains("bytes received");
    // The org created the session before the answer was cut: the token is spent.
    assertThat(okta.sessions()).hasSize(2);
    okta.faults().clear();
    assertThat(http.createSession(token).statusCode()).isEqualTo(401);
  }

  @Test
  void closeConnectionMidBodyWithoutBodyCutsTheHeaders() throws Exception {
    okta.faults().next(1).closeConnectionMidBody();

    try (RawConnection connection = new RawConnection(okta)) {
      String response = connection.send("DELETE /api/v1/sessions/" + session.id()
          + " HTTP/1.1\r\nAuthorization: SSWS " + okta.apiToken() + "\r\n\r\n").readUntilClosed();

      assertThat(response).startsWith("HTTP/1.1 204");
      assertThat(response).doesNotContain("\r\n\r\n");
    }
  }

  @Test
  void truncatedJsonIsValidHttpWithHalfABody() throws Exception {
    okta.faults().next(1).truncatedJson();

    HttpResponse<String> response = http.getSession(session.id());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Length"))
        .hasValue(Integer.toString(response.body().length()));
    assertThat(response.body()).startsWith("{\"id\":\"" + session.id());
    assertThrows(IOException.class, () -> json(response));
  }

  @Test
  void malformedJsonHasTheFullLengthButDoesNotParse() throws Exception {
    okta.faults().next(1).malformedJson();

    HttpResponse<String> response = http.getSession(session.id());
    String intact = http.getSession(session.id()).body();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body().length()).isEqualTo(intact.length());
    assertThat(response.body()).startsWith("{\"id\" \"");
    assertThrows(IOException.class, () -> json(response));
  }

  @Test
  void emptyBodyIs200WithNothing() throws Exception {
    okta.faults().next(1).emptyBody();

    HttpResponse<String> response = http.endSession(session.id());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.headers().firstValue("Content-Length")).hasValue("0");
    assertThat(response.body()).isEmpty();
    assertThat(okta.session(session.id())).isEmpty();
  }

  @Test
  void oversizedBodyHasExactlyTheSizeAndStaysValidJson() throws Exception {
    int size = 3 * 1024 * 1024;
    okta.faults().next(1).oversizedBody(size);

    HttpResponse<String> response = http.getSession(session.id());

    assertThat(response.headers().firstValue("Content-Length")).hasValue(Integer.toString(size));
    assertThat(response.body().length()).isEqualTo(size);
    Map<String, Object> json = json(response);
    assertThat(json).containsEntry("id", session.id());
    assertThat(((String) json.get("padding")).length()).isGreaterThan(size - 1000);
  }

  @Test
  void withoutHeadersDropsDateAndReset() throws Exception {
    okta.faults().next(1).withoutHeaders("Date", "x-rate-limit-reset");

    HttpResponse<String> response = http.getSession(session.id());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Date")).isEmpty();
    assertThat(response.headers().firstValue("X-Rate-Limit-Reset")).isEmpty();
    assertThat(response.headers().firstValue("X-Rate-Limit-Limit")).isPresent();
  }

  @Test
  void withHeaderAddsASecondResetHeader() throws Exception {
    okta.faults().next(1).withHeader("X-Rate-Limit-Reset", "1767607300");

    HttpResponse<String> response = http.getSession(session.id());

    assertThat(response.headers().allValues("X-Rate-Limit-Reset"))
        .containsExactly(Long.toString(Instant.parse("2026-01-05T10:01:00Z").getEpochSecond()), "1767607300")
        .inOrder();
  }

  @Test
  void tooManyRequestsUsesTheServerWindowByDefault() throws Exception {
    okta.faults().next(1).tooManyRequests();

    HttpResponse<String> response = http.getSession(session.id());

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(json(response)).containsEntry("errorCode", "E0000047");
    assertThat(response.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("0");
    assertThat(response.headers().allValues("X-Rate-Limit-Reset"))
        .containsExactly(Long.toString(Instant.parse("2026-01-05T10:01:00Z").getEpochSecond()));
    assertThat(response.headers().allValues("Date")).containsExactly("Mon, 05 Jan 2026 10:00:20 GMT");
  }

  @Test
  void tooManyRequestsWithExplicitResetsAndDate() throws Exception {
    Instant later = Instant.parse("2026-01-05T10:00:45Z");
    Instant sooner = Instant.parse("2026-01-05T10:00:30Z");
    okta.faults().next(1).tooManyRequests(
        TooManyRequests.resetAt(later, sooner).date(Instant.parse("2026-01-05T09:59:58Z")));

    HttpResponse<String> response = http.getSession(session.id());

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().allValues("X-Rate-Limit-Reset"))
        .containsExactly(Long.toString(later.getEpochSecond()), Long.toString(sooner.getEpochSecond())).inOrder();
    assertThat(response.headers().allValues("Date")).containsExactly("Mon, 05 Jan 2026 09:59:58 GMT");
  }

  @Test
  void tooManyRequestsWithoutDateOrReset() throws Exception {
    okta.faults().next(1).tooManyRequests(TooManyRequests.resetAt(START.plusSeconds(5)).withoutDate());
    okta.faults().next(1).tooManyRequests(TooManyRequests.withoutReset());

    HttpResponse<String> noDate = http.getSession(session.id());
    HttpResponse<String> noReset = http.getSession(session.id());

    assertThat(noDate.statusCode()).isEqualTo(429);
    assertThat(noDate.headers().firstValue("Date")).isEmpty();
    assertThat(noDate.headers().allValues("X-Rate-Limit-Reset"))
        .containsExactly(Long.toString(START.plusSeconds(5).getEpochSecond()));
    assertThat(noReset.statusCode()).isEqualTo(429);
    assertThat(noReset.headers().firstValue("X-Rate-Limit-Reset")).isEmpty();
    assertThat(noReset.headers().firstValue("Date")).isPresent();
  }

  @Test
  void redirectToAnotherHostIsNotFollowedByDefault() throws Exception {
    okta.faults().next(1).redirect("https://elsewhere.example.com/api/v1/sessions/" + session.id());

    HttpResponse<String> response = http.getSession(session.id());

    assertThat(response.statusCode()).isEqualTo(307);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("https://elsewhere.example.com/api/v1/sessions/" + session.id());
    assertThat(response.body()).isEmpty();
  }

  @Test
  void matchingStrikesOnlyMatchingRequestsUntilCleared() throws Exception {
    Fault fault = okta.faults().matching("get", "/api/v1/sessions/*").respond(503);

    assertThat(http.getSession(session.id()).statusCode()).isEqualTo(503);
    assertThat(http.getSession("102other").statusCode()).isEqualTo(503);
    assertThat(http.refreshSession(session.id()).statusCode()).isEqualTo(200);
    assertThat(http.send(http.managed("/api/v1/sessions/me").GET()).statusCode()).isEqualTo(503);
    assertThat(http.send(http.managed("/api/v1/users/00u1/sessions").DELETE()).statusCode()).isEqualTo(204);
    assertThat(fault.timesTriggered()).isEqualTo(3);

    okta.faults().clear();
    assertThat(fault.isSpent()).isTrue();
    assertThat(http.getSession("102other").statusCode()).isEqualTo(404);
  }

  @Test
  void doubleStarMatchesAnyDepthAndAnyMethod() throws Exception {
    okta.faults().matching("*", "/api/**").respond(500);

    assertThat(http.getSession(session.id()).statusCode()).isEqualTo(500);
    assertThat(http.refreshSession(session.id()).statusCode()).isEqualTo(500);
    assertThat(http.send(http.managed("/other").GET()).statusCode()).isEqualTo(404);
  }

  @Test
  void predicateSelectsRequests() throws Exception {
    okta.faults().matching(request -> "DELETE".equals(request.method()) && request.header("X-Test") != null)
        .times(1).respond(504);

    assertThat(http.send(http.managed("/api/v1/sessions/" + session.id()).header("X-Test", "1").DELETE())
        .statusCode()).isEqualTo(504);
    assertThat(http.send(http.managed("/api/v1/sessions/" + session.id()).header("X-Test", "1").DELETE())
        .statusCode()).isEqualTo(204);
  }

  @Test
  void faultsStrikeInTheOrderArmedOnePerRequest() throws Exception {
    Fault first = okta.faults().next(1).respond(500);
    Fault second = okta.faults().next(1).respond(503);

    assertThat(http.getSession(session.id()).statusCode()).isEqualTo(500);
    assertThat(http.getSession(session.id()).statusCode()).isEqualTo(503);
    assertThat(http.getSession(session.id()).statusCode()).isEqualTo(200);
    assertThat(first.timesTriggered()).isEqualTo(1);
    assertThat(second.timesTriggered()).isEqualTo(1);
  }

  @Test
  void cancelledFaultNeverStrikes() throws Exception {
    Fault fault = okta.faults().next(3).respond(503);
    fault.cancel();

    assertThat(http.getSession(session.id()).statusCode()).isEqualTo(200);
    assertThat(fault.timesTriggered()).isEqualTo(0);
  }

  @Test
  void predicateThatThrowsGivesAnOktaInternalError() throws Exception {
    okta.faults().matching(request -> {
      throw new IllegalStateException("broken predicate");
    }).respond(503);

    HttpResponse<String> response = http.getSession(session.id());

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(json(response)).containsEntry("errorCode", "E0000009");
    assertThat(response.body()).doesNotContain("broken predicate");
  }

  @Test
  void faultDescriptionsNameSelectionAndAction() {
    assertThat(okta.faults().next(2).respond(503).toString()).isEqualTo("Fault{next 2, 2 times: respond 503}");
    assertThat(okta.faults().matching("get", "/api/v1/sessions/*").closeConnectionMidBody().toString())
        .isEqualTo("Fault{GET /api/v1/sessions/*, every time: close the connection mid-body}");
  }

  @Test
  void invalidFaultArgumentsAreRefused() {
    Faults faults = okta.faults();
    assertThrows(IllegalArgumentException.class, () -> faults.next(0));
    assertThrows(IllegalArgumentException.class, () -> faults.matching("GET", "api/v1/sessions"));
    assertThrows(IllegalArgumentException.class, () -> faults.matching("GET", "/api/v1/sessions?x=1"));
    assertThrows(IllegalArgumentException.class, () -> faults.next(1).respond(200));
    assertThrows(IllegalArgumentException.class, () -> faults.next(1).redirect(200, "http://x"));
    assertThrows(IllegalArgumentException.class, () -> faults.next(1).withHeader("X-A", "a\r\nX-B: b"));
    assertThrows(IllegalArgumentException.class, () -> faults.next(1).delay(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> faults.next(1).oversizedBody(10));
    assertThrows(IllegalArgumentException.class, () -> faults.next(1).withoutHeaders());
  }
}
