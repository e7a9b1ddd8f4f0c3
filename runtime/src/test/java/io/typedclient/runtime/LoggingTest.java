package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the runtime logs, read back through {@link CapturingLoggerFinder}: one DEBUG line per call, with the
 * path template and never header values, the query or a body.
 */
@Timeout(value = 20, unit = SECONDS)
final class LoggingTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void logsOneDebugLinePerCallWithoutSecrets() throws Exception {
    ClientRuntime runtime =
        new ClientRuntime(
            ClientConfig.builder()
                .baseUrl(server.url("/").toString())
                .requestTimeout(Duration.ofMillis(300))
                .addInterceptor(request -> request.toBuilder().header("Authorization", "SSWS SECRETtoken").build())
                .build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"SECRETbody\"}").build());
    server.enqueue(new MockResponse.Builder().code(404).body("{\"errorSummary\":\"SECRETerror\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).headersDelay(5, SECONDS).build());
    String marker = "logmarker" + System.nanoTime();
    CapturingLoggerFinder.clear();

    runtime.execute(request(runtime, marker, "SECRETsession"), TestJson.ITEM);
    Throwable asyncFailure =
        runtime.executeAsync(request(runtime, marker, "SECRETsession2"), TestJson.ITEM).handle((r, e) -> e).get(5, SECONDS);
    assertThat(asyncFailure).isInstanceOf(HttpStatusException.class);
    assertThrows(RequestTimeoutException.class, () -> runtime.execute(request(runtime, marker, "SECRETsession3")));

    List<String> lines =
        CapturingLoggerFinder.records().stream().filter(line -> line.contains(marker)).collect(Collectors.toList());
    String base = server.url("/").toString().replaceAll("/$", "");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).matches(
        "DEBUG GET \\Q" + base + "/" + marker + "/{sessionId} (SessionApi.get)\\E -> 200 in \\d+ ms");
    assertThat(lines.get(1)).matches(
        "DEBUG GET \\Q" + base + "/" + marker + "/{sessionId} (SessionApi.get)\\E -> 404 in \\d+ ms");
    assertThat(lines.get(2)).matches(
        "DEBUG GET \\Q" + base + "/" + marker + "/{sessionId} (SessionApi.get)\\E failed in \\d+ ms: RequestTimeoutException");
    for (String line : lines) {
      assertThat(line).doesNotContain("SECRET");
      assertThat(line).doesNotContain("?");
    }
    runtime.close();
  }

  private static HttpRequest request(ClientRuntime runtime, String marker, String sessionId) {
    return runtime.request("GET", "/" + marker + "/{sessionId}", "SessionApi.get")
        .appendPath("/" + marker + "/")
        .appendPathSegment("sessionId", sessionId)
        .query("token", "SECRETquery")
        .build();
  }

  @Test
  void theTransportChoiceForProxyCredentialsIsLoggedWithoutThePassword() {
    CapturingLoggerFinder.clear();
    ProxyConfig proxy = ProxyConfig.builder("proxy.corp.test", 3128).credentials("svc", "SECRETproxyPassword").build();

    new ClientRuntime(ClientConfig.builder().baseUrl("https://example.okta.com").proxy(proxy).build()).close();

    List<String> lines = CapturingLoggerFinder.records().stream().filter(line -> line.contains("proxy.corp.test"))
        .collect(Collectors.toList());
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).contains("user=svc, password=***");
    assertThat(lines.get(0)).contains("UrlConnectionTransport");
    assertThat(lines.get(0)).doesNotContain("SECRET");
  }
}
