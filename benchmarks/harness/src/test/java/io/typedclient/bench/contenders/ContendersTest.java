package io.typedclient.bench.contenders;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.bench.server.SessionPayload;
import io.typedclient.bench.server.SessionServer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every contender really decodes the payload, and really talks to the server, before anyone times it. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ContendersTest {

  static Stream<String> json() {
    return Contenders.JSON.stream();
  }

  static Stream<String> http() {
    return Contenders.HTTP.stream();
  }

  @ParameterizedTest
  @MethodSource("json")
  void decodesThePayloadAndEncodesItBack(String name) throws Exception {
    SessionCodec codec = Contenders.json(name);

    Object session = codec.decode(SessionPayload.session());
    byte[] encoded = codec.encode(session);

    assertThat(codec.summary(session)).isEqualTo(SessionPayload.SUMMARY);
    assertThat(codec.summary(codec.decode(encoded))).isEqualTo(SessionPayload.SUMMARY);
    String text = new String(encoded, StandardCharsets.UTF_8);
    assertThat(text).contains("\"userId\"");
    assertThat(text).contains("2019-08-24T14:15:22.818Z");
  }

  @ParameterizedTest
  @MethodSource("http")
  void fetchesAndDecodesTheSessionOverLoopback(String name) {
    try (SessionServer server = SessionServer.start("raw");
        SessionFetcher fetcher = Contenders.http(name, server.baseUrl(), SessionPayload.API_TOKEN)) {
      Object first = fetcher.getSession(SessionPayload.SESSION_ID);
      Object second = fetcher.getSession(SessionPayload.SESSION_ID);

      assertThat(fetcher.summary(first)).isEqualTo(SessionPayload.SUMMARY);
      assertThat(fetcher.summary(second)).isEqualTo(SessionPayload.SUMMARY);
      assertThat(server.requests()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @MethodSource("http")
  void failsOnAWrongTokenInsteadOfReturningSomething(String name) {
    try (SessionServer server = SessionServer.start("raw");
        SessionFetcher fetcher = Contenders.http(name, server.baseUrl(), "wrong-token")) {
      assertThrows(RuntimeException.class, () -> fetcher.getSession(SessionPayload.SESSION_ID));
    }
  }

  @Test
  void unknownNamesAreClearErrors() {
    IllegalArgumentException http =
        assertThrows(IllegalArgumentException.class, () -> Contenders.http("curl", "http://127.0.0.1:1", "t"));
    IllegalArgumentException json = assertThrows(IllegalArgumentException.class, () -> Contenders.json("gson"));

    assertThat(http).hasMessageThat().contains("unknown HTTP contender 'curl'");
    assertThat(json).hasMessageThat().contains("unknown JSON contender 'gson'");
  }
}
