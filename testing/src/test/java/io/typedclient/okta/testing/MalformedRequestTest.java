package io.typedclient.okta.testing;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.testing.Http.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(30)
class MalformedRequestTest {
  private FakeOkta okta;
  private Http http;

  @BeforeEach
  void start() {
    okta = FakeOkta.start();
    http = new Http(okta);
  }

  @AfterEach
  void stop() {
    okta.close();
  }

  private HttpResponse<String> createSessionWithBody(String body) throws Exception {
    return http.send(http.managed("/api/v1/sessions")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "{\"sessionToken\": }", "not json", "[\"sessionToken\"]", "\"token\"",
      "{\"sessionToken\":\"a\"} trailing", "{\"sessionToken\":\"a\",}", "{'sessionToken':'a'}"})
  void bodyThatIsNotOneJsonObjectIsNotWellFormed(String body) throws Exception {
    HttpResponse<String> response = createSessionWithBody(body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(json(response)).containsEntry("errorCode", "E0000003");
    assertThat(json(response)).containsEntry("errorSummary", "The request body was not well-formed.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"sessionToken\":null}", "{\"sessionToken\":\"\"}", "{\"other\":\"x\"}"})
  void missingSessionTokenFailsValidation(String body) throws Exception {
    HttpResponse<String> response = createSessionWithBody(body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response)).containsEntry("errorCode", "E0000001");
    assertThat(json(response)).containsEntry("errorSummary", "Api validation failed: sessionToken");
    assertThat(json(response)).containsEntry(
        "errorCauses", List.of(Map.of("errorSummary", "sessionToken: The field cannot be left blank")));
  }

  @Test
  void nonStringSessionTokenFailsValidation() throws Exception {
    HttpResponse<String> response = createSessionWithBody("{\"sessionToken\":42}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response)).containsEntry("errorCode", "E0000001");
  }

  @Test
  void unknownFieldsAreIgnored() throws Exception {
    String token = okta.issueSessionToken(okta.addUser("00u1", "ada@example.com", "Ada Lovelace"));

    HttpResponse<String> response =
        createSessionWithBody("{\"extra\":{\"a\":[1,2]},\"sessionToken\":\"" + token + "\",\"more\":true}");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void wrongMethodIsNotAllowedWithAllowHeader() throws Exception {
    HttpResponse<String> put = http.send(http.managed("/api/v1/sessions/102abc")
        .PUT(HttpRequest.BodyPublishers.ofString("{}")));
    HttpResponse<String> get = http.send(http.managed("/api/v1/sessions").GET());
    HttpResponse<String> post = http.send(http.managed("/api/v1/users/00u1/sessions")
        .POST(HttpRequest.BodyPublishers.noBody()));

    assertThat(put.statusCode()).isEqualTo(405);
    assertThat(json(put)).containsEntry("errorCode", "E0000022");
    assertThat(json(put)).containsEntry("errorSummary", "The endpoint does not support the provided HTTP method");
    assertThat(put.headers().firstValue("Allow")).hasValue("GET, DELETE");
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("DELETE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/api/v1/session", "/api/v1/sessions/", "/api/v1/sessions/102a/extra",
      "/api/v1/users/00u1/sessions/", "/api/v2/sessions", "/api/v1/sessions//lifecycle/refresh"})
  void unknownPathIsNotFound(String path) throws Exception {
    HttpResponse<String> response = http.send(http.managed(path).GET());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response)).containsEntry("errorCode", "E0000007");
    assertThat(json(response)).containsEntry("errorSummary", "Not found: Resource not found: " + path);
  }

  @Test
  void malformedPercentEscapeIsAnUnknownPath() throws Exception {
    try (RawConnection connection = new RawConnection(okta)) {
      String response = connection.send("GET /api/v1/sessions/%zz HTTP/1.1\r\nAuthorization: SSWS "
          + okta.apiToken() + "\r\n\r\n").readResponse();

      assertThat(response).startsWith("HTTP/1.1 404 Not Found\r\n");
      assertThat(response).contains("\"errorSummary\":\"Not found: Resource not found: /api/v1/sessions/%zz\"");
    }
  }

  @Test
  void percentEncodedSessionIdIsDecoded() throws Exception {
    HttpResponse<String> response = http.send(http.managed("/api/v1/sessions/a%2Fb").GET());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response)).containsEntry("errorSummary", "Not found: Resource not found: a/b (Session)");
  }

  @Test
  void headRequestGetsHeadersOnly() throws Exception {
    HttpResponse<String> response = http.send(http.managed("/api/v1/sessions/102abc")
        .method("HEAD", HttpRequest.BodyPublishers.noBody()));

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void chunkedRequestBodyIsRead() throws Exception {
    String token = okta.issueSessionToken(okta.addUser("00u1", "ada@example.com", "Ada Lovelace"));
    byte[] body = ("{\"sessionToken\":\"" + token + "\"}").getBytes(StandardCharsets.UTF_8);

    try (RawConnection connection = new RawConnection(okta)) {
      String response = connection.send("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nAuthorization: SSWS "
              + okta.apiToken() + "\r\nTransfer-Encoding: chunked\r\n\r\n"
              + "10;ext=1\r\n" + new String(body, 0, 16, StandardCharsets.ISO_8859_1) + "\r\n"
              + Integer.toHexString(body.length - 16) + "\r\n"
              + new String(body, 16, body.length - 16, StandardCharsets.ISO_8859_1) + "\r\n0\r\n\r\n")
          .readResponse();

      assertThat(response).startsWith("HTTP/1.1 200 OK\r\n");
      assertThat(response).contains("\"login\":\"ada@example.com\"");
    }
  }

  @Test
  void expectContinueIsHonoured() throws Exception {
    String token = okta.issueSessionToken(okta.addUser("00u1", "ada@example.com", "Ada Lovelace"));
    java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().connectTimeout(Http.TIMEOUT).build();

    HttpResponse<String> response = client.send(http.managed("/api/v1/sessions")
            .expectContinue(true)
            .POST(HttpRequest.BodyPublishers.ofString("{\"sessionToken\":\"" + token + "\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void keepAliveConnectionServesManyRequests() throws Exception {
    try (RawConnection connection = new RawConnection(okta)) {
      for (int i = 0; i < 3; i++) {
        String response = connection.send("GET /api/v1/sessions/102x HTTP/1.1\r\nHost: x\r\n\r\n").readResponse();
        assertThat(response).startsWith("HTTP/1.1 401 Unauthorized\r\n");
      }
      String last = connection.send("GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
          .readUntilClosed();
      assertThat(last).startsWith("HTTP/1.1 404 Not Found\r\n");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "GET\r\n\r\n",
      "GET /api/v1/sessions HTTP/1.1 extra\r\n\r\n",
      "GET api/v1/sessions HTTP/1.1\r\n\r\n",
      "G(T / HTTP/1.1\r\n\r\n",
      "GET / HTTP/1.1\r\nNo colon here\r\n\r\n",
      "GET / HTTP/1.1\r\nHost: x\r\n folded: value\r\n\r\n",
      "GET / HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
      "GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
      "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
      "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
  })
  void invalidHttpGetsOktaStyleErrorAndClose(String request) throws Exception {
    try (RawConnection connection = new RawConnection(okta)) {
      String response = connection.send(request).readUntilClosed();

      assertThat(response).matches("(?s)HTTP/1\\.1 (400|501) [^\r]*\r\n.*");
      assertThat(response).contains("Connection: close\r\n");
      assertThat(response).containsMatch("\r\nX-Okta-Request-Id: [0-9A-Za-z]{27}\r\n");
      assertThat(response).contains("\r\nX-Rate-Limit-Reset: ");
      String body = response.substring(response.indexOf("\r\n\r\n") + 4);
      assertThat(json(body)).containsEntry("errorCode", "E0000003");
      assertThat(body).doesNotContain("Exception");
      assertThat(body).doesNotContain("\tat ");
    }
    assertServerStillAnswers();
  }

  @Test
  void unsupportedProtocolVersionIsRefused() throws Exception {
    try (RawConnection connection = new RawConnection(okta)) {
      assertThat(connection.send("GET / HTTP/2.0\r\n\r\n").readUntilClosed())
          .startsWith("HTTP/1.1 505 HTTP Version Not Supported\r\n");
    }
  }

  @Test
  void oversizedRequestBodyIsRefusedWithoutReadingIt() throws Exception {
    try (RawConnection connection = new RawConnection(okta)) {
      String response = connection.send("POST /api/v1/sessions HTTP/1.1\r\nContent-Length: "
          + (RequestReader.MAX_BODY + 1) + "\r\n\r\n").readUntilClosed();

      assertThat(response).startsWith("HTTP/1.1 413 Content Too Large\r\n");
    }
    assertServerStillAnswers();
  }

  @Test
  void overlongRequestLineIsRefused() throws Exception {
    try (RawConnection connection = new RawConnection(okta)) {
      String response = connection.send("GET /" + "a".repeat(RequestReader.MAX_LINE) + " HTTP/1.1\r\n\r\n")
          .readUntilClosed();

      assertThat(response).startsWith("HTTP/1.1 414 URI Too Long\r\n");
    }
  }

  @Test
  void tooManyHeadersAreRefused() throws Exception {
    StringBuilder request = new StringBuilder("GET / HTTP/1.1\r\n");
    for (int i = 0; i <= RequestReader.MAX_HEADERS; i++) {
      request.append("X-H").append(i).append(": v\r\n");
    }
    try (RawConnection connection = new RawConnection(okta)) {
      assertThat(connection.send(request.append("\r\n").toString()).readUntilClosed())
          .startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n");
    }
  }

  @Test
  void randomGarbageNeverKillsTheServer() throws Exception {
    Random random = new Random(20260105L);
    for (int i = 0; i < 40; i++) {
      byte[] garbage = new byte[1 + random.nextInt(600)];
      random.nextBytes(garbage);
      try (RawConnection connection = new RawConnection(okta)) {
        connection.send(garbage);
        if (i % 2 == 0) {
          // Half the time the client also hangs up at once, in the middle of whatever the server is reading.
          continue;
        }
        connection.send("\r\n\r\n");
        String response = connection.readUntilClosed();
        assertThat(response).doesNotContain("Exception");
      }
    }
    assertServerStillAnswers();
  }

  @Test
  void clientHangingUpMidRequestLeavesServerWorking() throws Exception {
    try (RawConnection connection = new RawConnection(okta)) {
      connection.send("POST /api/v1/sessions HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"sess");
    }
    try (RawConnection connection = new RawConnection(okta)) {
      connection.send("GET /api/v1/sess");
    }
    assertServerStillAnswers();
  }

  private void assertServerStillAnswers() throws Exception {
    HttpResponse<String> response = http.send(http.managed("/api/v1/sessions/102alive").GET());
    assertThat(response.statusCode()).isEqualTo(404);
  }
}
