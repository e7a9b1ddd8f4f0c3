package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static io.typedclient.okta.cli.OrgFixture.API_TOKEN;
import static io.typedclient.okta.cli.OrgFixture.START;

import io.typedclient.okta.testing.ManualClock;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.JdkHttpTransport;
import io.typedclient.runtime.UrlConnectionTransport;
import io.typedclient.runtime.conformance.HostileServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line against a hostile server on loopback (issue 20): broken framing is a network failure (exit
 * code 3, not 2: the request was sent); secrets the server echoes are masked in human and {@code --json} output;
 * control characters it sends are escaped, never printed raw. On both transports.
 */
@Timeout(60)
class HostileServerTest {
  static final ManualClock clock = ManualClock.at(START);
  static final String SESSION_ID = "102hostileSession0123456789";

  static Stream<Named<Function<Duration, HttpTransport>>> transports() {
    return Stream.of(
        Named.of("JdkHttpTransport", connectTimeout -> JdkHttpTransport.builder().connectTimeout(connectTimeout).build()),
        Named.of("UrlConnectionTransport",
            connectTimeout -> UrlConnectionTransport.builder().connectTimeout(connectTimeout).build()));
  }

  @ParameterizedTest
  @MethodSource("transports")
  void aMalformedContentLengthIsANetworkFailureNotAUsageError(Function<Duration, HttpTransport> transport)
      throws IOException {
    try (HostileServer server = answering("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + "Content-Length: 451, abc\r\n\r\n{\"id\":\"" + SESSION_ID + "\"}")) {
      CliRunner cli = cli(server, transport);

      CliRunner.Result human = cli.run("--max-retries", "0", "get", SESSION_ID);
      CliRunner.Result json = cli.run("--json", "--max-retries", "0", "get", SESSION_ID);

      assertThat(human.exitCode()).isEqualTo(3);
      assertThat(human.err()).startsWith("okta-sessions: network failure: ProtocolException for GET ");
      assertThat(human.err()).contains("malformed Content-Length");
      assertThat(json.exitCode()).isEqualTo(3);
      assertThat(Json.object(json.err())).containsEntry("error", "network");
    }
  }

  @ParameterizedTest
  @MethodSource("transports")
  void secretsTheServerEchoesAreMaskedInErrors(Function<Duration, HttpTransport> transport) throws IOException {
    String body = "{\"errorCode\":\"" + API_TOKEN + "\",\"errorSummary\":\"Not found: " + SESSION_ID + " for "
        + API_TOKEN + "\",\"errorLink\":\"E0000007\",\"errorId\":\"" + API_TOKEN + "\",\"errorCauses\":[{\"errorSummary\":\""
        + SESSION_ID + "\"}]}";
    try (HostileServer server = answering("HTTP/1.1 404 " + API_TOKEN + "\r\nX-Okta-Request-Id: " + API_TOKEN + "-"
        + SESSION_ID + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)) {
      CliRunner cli = cli(server, transport);

      CliRunner.Result human = cli.run("get", SESSION_ID);
      CliRunner.Result json = cli.run("--json", "get", SESSION_ID);

      for (CliRunner.Result result : List.of(human, json)) {
        assertThat(result.exitCode()).isEqualTo(1);
        assertWithMessage("%s", result).that(result.all()).doesNotContain(API_TOKEN);
        assertWithMessage("%s", result).that(result.all()).doesNotContain(SESSION_ID);
      }
      assertThat(human.err()).contains("requestId     ***-***");
      Map<String, Object> error = Json.object(json.err());
      assertThat(error).containsEntry("errorId", "***");
      assertThat(error).containsEntry("requestId", "***-***");
      assertThat(error).containsEntry("errorSummary", "Not found: *** for ***");
    }
  }

  @ParameterizedTest
  @MethodSource("transports")
  void credentialsTheServerEchoesAreMaskedInResultsButTheAnswersIdStays(Function<Duration, HttpTransport> transport)
      throws IOException {
    String session = "{\"id\":\"" + SESSION_ID + "\",\"login\":\"" + API_TOKEN + "\",\"userId\":\"00u1\","
        + "\"status\":\"ACTIVE\"}";
    try (HostileServer server = answering("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Okta-Request-Id: "
        + API_TOKEN + "\r\nContent-Length: " + session.length() + "\r\n\r\n" + session)) {
      CliRunner cli = cli(server, transport);

      CliRunner.Result human = cli.run("get", SESSION_ID);
      CliRunner.Result json = cli.run("--json", "get", SESSION_ID);

      assertThat(human.exitCode()).isEqualTo(0);
      assertThat(human.all()).doesNotContain(API_TOKEN);
      assertThat(human.out()).contains("id       " + SESSION_ID);
      assertThat(human.out()).contains("login    ***");
      assertThat(json.exitCode()).isEqualTo(0);
      assertThat(json.all()).doesNotContain(API_TOKEN);
      assertThat(Json.object(json.out())).containsEntry("login", "***");
    }
  }

  @ParameterizedTest
  @MethodSource("transports")
  void controlCharactersFromTheServerAreEscapedNotPrinted(Function<Duration, HttpTransport> transport)
      throws IOException {
    // JSON escapes, so the error summary the client reads holds ESC sequences, CR LF, a C1 CSI and an RTL override.
    String hostile = "\\u001b[2J\\u001b[31mgone\\r\\nokta-sessions: all good\\u009b31m\\u202eevil";
    String body = "{\"errorCode\":\"E0000007\",\"errorSummary\":\"" + hostile + "\",\"errorId\":\"oae1\"}";
    String session = "{\"id\":\"" + SESSION_ID + "\",\"login\":\"" + hostile + "\"}";
    try (HostileServer failing = answering("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + body.length() + "\r\n\r\n" + body);
        HostileServer succeeding = answering("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + session.length() + "\r\n\r\n" + session);
        HostileServer inHeader = answering("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
            + "X-Okta-Request-Id: req\u001b[1mBOLD\u009b2J\r\nContent-Length: 2\r\n\r\n{}")) {
      CliRunner.Result error = cli(failing, transport).run("get", SESSION_ID);
      CliRunner.Result errorJson = cli(failing, transport).run("--json", "get", SESSION_ID);
      CliRunner.Result result = cli(succeeding, transport).run("get", SESSION_ID);
      CliRunner.Result resultJson = cli(succeeding, transport).run("--json", "get", SESSION_ID);
      // java.net.http refuses a header value with control characters (a network failure); HttpURLConnection
      // passes it on (Okta's 404, with the request id).
      CliRunner.Result header = cli(inHeader, transport).run("--max-retries", "0", "get", SESSION_ID);

      for (CliRunner.Result printed : List.of(error, errorJson, result, resultJson, header)) {
        assertWithMessage("%s", printed).that(hasTerminalControls(printed.all())).isFalse();
      }
      assertThat(error.err()).contains(
          "errorSummary  \\u001b[2J\\u001b[31mgone\\r\\nokta-sessions: all good\\u009b31m\\u202eevil");
      assertThat(result.out()).contains("login    \\u001b[2J\\u001b[31mgone\\r\\n");
      if (header.exitCode() == 1) {
        assertThat(header.err()).contains("requestId  req\\u001b[1mBOLD\\u009b2J");
      } else {
        assertThat(header.exitCode()).isEqualTo(3);
      }
      // --json stays JSON, and means the same text.
      assertThat(Json.object(errorJson.err()).get("errorSummary"))
          .isEqualTo("\u001b[2J\u001b[31mgone\r\nokta-sessions: all good\u009b31m\u202eevil");
      assertThat(Json.object(resultJson.out()).get("login"))
          .isEqualTo("\u001b[2J\u001b[31mgone\r\nokta-sessions: all good\u009b31m\u202eevil");
    }
  }

  /** Control characters other than the line breaks that end the CLI's own lines. */
  private static boolean hasTerminalControls(String text) {
    String withoutLineEnds = text.replace("\n", "");
    for (int i = 0; i < withoutLineEnds.length(); i++) {
      if (TerminalText.needsEscape(withoutLineEnds.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static HostileServer answering(String response) {
    return HostileServer.start(connection -> {
      while (true) {
        connection.readRequest();
        connection.send(response);
      }
    });
  }

  private static CliRunner cli(HostileServer server, Function<Duration, HttpTransport> transport) {
    return new CliRunner(clock)
        .env("OKTA_CLIENT_ORGURL", server.uri("").toString())
        .env("OKTA_CLIENT_TOKEN", API_TOKEN)
        .transports(settings -> transport.apply(settings.connectTimeout()));
  }
}
