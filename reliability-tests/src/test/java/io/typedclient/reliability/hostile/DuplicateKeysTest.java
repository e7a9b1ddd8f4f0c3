package io.typedclient.reliability.hostile;

import static com.google.common.truth.Truth.assertThat;

import com.squareup.moshi.JsonDataException;
import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.reliability.support.Outcome;
import io.typedclient.runtime.JdkHttpTransport;
import io.typedclient.runtime.ResponseDecodingException;
import io.typedclient.runtime.conformance.HostileServer;
import java.time.Duration;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A session in which a property comes twice is refused, naming the property's path, rather than read with the last
 * value winning: {@code "status": "REVOKED", ..., "status": "ACTIVE"} must not read as a live session (issue 20,
 * item 10). The Okta client's adapters are generated, so this holds for every model it reads.
 */
@Timeout(60)
class DuplicateKeysTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"id\":\"102dup\",\"status\":\"REVOKED\",\"login\":\"ada@example.com\",\"status\":\"ACTIVE\"}"
          + "| Property 'status' has multiple values at path $.status",
      "{\"id\":\"102dup\",\"id\":\"102other\"}| Property 'id' has multiple values at path $.id",
      "{\"id\":\"102dup\",\"idp\":{\"id\":\"00o1\",\"type\":\"OKTA\",\"type\":\"FEDERATION\"}}"
          + "| Property 'type' has multiple values at path $.idp.type",
      "{\"id\":\"102dup\",\"expiresAt\":\"2026-01-05T12:00:00Z\",\"expiresAt\":\"2099-01-05T12:00:00Z\"}"
          + "| Property 'expiresAt' has multiple values at path $.expiresAt",
  })
  void aRepeatedPropertyIsRefusedNotReadWithTheLastValue(String body, String message) {
    String response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
        + "\r\n\r\n" + body;
    try (HostileServer server = HostileServer.start(connection -> {
          while (true) {
            connection.readRequest();
            connection.send(response);
          }
        });
        JdkHttpTransport transport = JdkHttpTransport.create();
        SessionApiClient api = OktaSessions.builder()
            .orgUrl(server.uri("").toString())
            .apiToken("00duplicateKeysToken0123456789")
            .transport(transport)
            .requestTimeout(Duration.ofSeconds(5))
            .build()) {
      for (Outcome outcome : new Outcome[] {
          Outcome.of(() -> api.getSession("102dup")), Outcome.ofAsync(() -> api.getSessionAsync("102dup"), 10)}) {
        assertThat(outcome.failure()).isInstanceOf(ResponseDecodingException.class);
        assertThat(outcome.failure()).hasCauseThat().isInstanceOf(JsonDataException.class);
        assertThat(outcome.failure()).hasCauseThat().hasMessageThat().isEqualTo(message);
        assertThat(outcome.failure()).hasMessageThat().contains(message);
      }
    }
  }
}
