package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.cli.OrgFixture.API_TOKEN;
import static io.typedclient.okta.cli.OrgFixture.START;
import static io.typedclient.okta.cli.OrgFixture.USER_ID;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeOktaExtension;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.okta.testing.ManualClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The network fails or Okta does not answer in time: exit code 3, and a message that says so. */
@Timeout(20)
class NetworkFailureTest {
  static final ManualClock clock = ManualClock.at(START);

  @RegisterExtension
  static final FakeOktaExtension fakeOkta = OrgFixture.fakeOkta(clock);

  FakeOkta okta;
  CliRunner cli;

  @BeforeEach
  void setUp() {
    okta = fakeOkta.server();
    cli = OrgFixture.configured(okta, clock);
  }

  @Test
  void aClosedPortIsANetworkFailureAfterTheRetries() throws IOException {
    String closed = "http://127.0.0.1:" + closedPort();

    CliRunner.Result result = cli.run("--org-url", closed, "--token", API_TOKEN, "-v", "get", "102session0000");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    List<String> lines = result.err().lines().toList();
    // A GET is retried after a connection failure: the first attempt and four retries.
    assertThat(lines.get(0)).matches("> GET    /api/v1/sessions/\\{sessionId}                   ConnectException +\\d+ ms");
    for (int retry = 1; retry <= 4; retry++) {
      assertThat(lines.get(retry)).matches(
          "> GET    /api/v1/sessions/\\{sessionId}                   ConnectException +\\d+ ms   retry " + retry);
    }
    assertThat(lines.get(5)).startsWith("okta-sessions: network failure: ConnectException for GET " + closed
        + "/api/v1/sessions/{sessionId}");
    assertThat(lines.get(6)).isEqualTo("Check the org URL (--org-url or OKTA_CLIENT_ORGURL) and your network.");
    assertThat(lines).hasSize(7);
    assertThat(cli.scheduler().waits()).hasSize(4);
  }

  @Test
  void aNetworkFailureWithJsonIsOneJsonObject() throws IOException {
    String closed = "http://127.0.0.1:" + closedPort();

    CliRunner.Result result = cli.run("--json", "--org-url", closed, "--max-retries", "0", "end", "102session0000");

    assertThat(result.exitCode()).isEqualTo(3);
    Map<String, Object> error = Json.object(result.err());
    assertThat(error).containsEntry("error", "network");
    assertThat((String) error.get("message")).startsWith("network failure: ConnectException for DELETE");
  }

  @Test
  void noAnswerWithinTheTimeout() {
    FakeSession session = okta.createSession(okta.addUser(USER_ID, "ada@example.com", "Ada Lovelace"));
    okta.faults().next(1).delay(Duration.ofSeconds(3));
    long start = System.nanoTime();

    // A POST is not retried, so the one attempt times out.
    CliRunner.Result result = cli.run("--timeout", "0.3", "refresh", session.id());

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).startsWith("okta-sessions: timed out: ");
    assertThat(result.err()).contains("Check the org URL and your network, or allow more time with --timeout SECONDS.");
    assertThat(took).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void theTimeoutCoversRetriesToo() throws IOException {
    FakeSession session = okta.createSession(okta.addUser(USER_ID, "ada@example.com", "Ada Lovelace"));
    okta.faults().matching("GET", "/api/v1/sessions/*").delay(Duration.ofSeconds(3));
    long start = System.nanoTime();

    CliRunner.Result result = cli.run("--json", "--timeout", "0.5", "get", session.id());

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(Json.object(result.err())).containsEntry("error", "timeout");
    assertThat(took).isLessThan(Duration.ofSeconds(2));
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
