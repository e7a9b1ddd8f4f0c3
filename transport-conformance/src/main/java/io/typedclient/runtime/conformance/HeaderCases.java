package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request and response headers: every value sent and returned in order, none added, the transport's own refused. */
interface HeaderCases extends TransportFixture {
  @Test
  default void sendsEveryRequestHeaderValueInOrder() throws Exception {
    server().enqueue(ok(""));

    transport().execute(
        request("GET", "/h")
            .addHeader("X-Multi", "one")
            .addHeader("X-Multi", "two")
            .header("Authorization", "SSWS secret-token")
            .header("X-Spaces", "a  b\tc")
            .build());

    RecordedRequest recorded = server().takeRequest(5, SECONDS);
    assertThat(recorded.getHeaders().values("X-Multi")).containsExactly("one", "two").inOrder();
    assertThat(recorded.getHeaders().get("Authorization")).isEqualTo("SSWS secret-token");
    assertThat(recorded.getHeaders().get("X-Spaces")).isEqualTo("a  b\tc");
  }

  @Test
  default void latin1HeaderValueArrivesIntactOrIsRefusedBeforeSending() throws Exception {
    // A field value is octets (RFC 9110 5.5): "é" goes out as its one ISO-8859-1 octet, or not at all. Android's
    // HttpURLConnection writes it as UTF-8, two octets a server reads as other text. The hostile server records
    // request heads as ISO-8859-1, one character per octet, where MockWebServer would read either form as "é".
    try (HostileServer recording = HostileServer.start(connection -> {
      while (true) {
        connection.readRequest();
        connection.send("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
      }
    })) {
      HttpRequest request =
          HttpRequest.builder("GET", recording.uri("/latin1")).header("X-Latin1", "caf\u00e9").timeout(Duration.ofSeconds(5)).build();

      HttpResponse response;
      try {
        response = transport().execute(request);
      } catch (IllegalArgumentException e) {
        assertThat(e).hasMessageThat().contains("X-Latin1");
        assertThat(e).hasMessageThat().doesNotContain("caf");
        ExecutionException async = assertThrows(ExecutionException.class, () -> transport().executeAsync(request).get());
        assertThat(async).hasCauseThat().isInstanceOf(IllegalArgumentException.class);
        assertThat(recording.connections()).isEqualTo(0);
        return;
      }
      assertThat(response.status()).isEqualTo(200);
      assertThat(Arrays.asList(recording.requests().get(0).split("\r\n"))).contains("X-Latin1: caf\u00e9");
    }
  }

  @Test
  default void addsNoContentTypeOrAcceptTheCallerDidNotAskFor() throws Exception {
    server().enqueue(ok(""));
    server().enqueue(ok(""));

    transport().execute(request("GET", "/plain").build());
    transport().execute(request("PUT", "/bytes").body(new byte[] {1, 2, 3}).build());

    RecordedRequest get = server().takeRequest(5, SECONDS);
    assertThat(get.getHeaders().get("Accept")).isAnyOf(null, "*/*");
    assertThat(get.getHeaders().get("Content-Type")).isNull();
    RecordedRequest put = server().takeRequest(5, SECONDS);
    assertThat(put.getHeaders().get("Content-Type")).isAnyOf(null, "application/octet-stream");
  }

  @Test
  default void returnsResponseHeadersWithRepeatedValuesInOrder() {
    server().enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("X-Rate-Limit-Limit", "600")
            .addHeader("Set-Cookie", "a=1")
            .addHeader("Set-Cookie", "b=2")
            .addHeader("Link", "<https://x/1>; rel=\"next\"")
            .build());

    HttpResponse response = transport().execute(request("GET", "/").build());

    assertThat(response.headers().all("set-cookie")).containsExactly("a=1", "b=2").inOrder();
    assertThat(response.header("X-RATE-LIMIT-LIMIT")).isEqualTo("600");
    assertThat(response.header("Link")).isEqualTo("<https://x/1>; rel=\"next\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Host", "host", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Upgrade",
          "Expect", "TE", "Trailer", "Proxy-Connection", "Proxy-Authorization"})
  default void refusesHeadersTheTransportOwnsNamingThem(String name) {
    HttpRequest request = request("POST", "/").header(name, "1").body(new byte[] {1}).build();

    IllegalArgumentException sync = assertThrows(IllegalArgumentException.class, () -> transport().execute(request));
    ExecutionException async = assertThrows(ExecutionException.class, () -> transport().executeAsync(request).get());

    assertThat(sync).hasMessageThat().contains("\"" + name + "\"");
    assertThat(async).hasCauseThat().isInstanceOf(IllegalArgumentException.class);
    assertThat(async).hasCauseThat().hasMessageThat().contains("\"" + name + "\"");
    assertThat(server().getRequestCount()).isEqualTo(0);
  }
}
