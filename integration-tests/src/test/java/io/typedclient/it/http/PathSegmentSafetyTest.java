package io.typedclient.it.http;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.it.http.TestClients.config;
import static io.typedclient.it.http.TestClients.json;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code @Path} value is exactly one path segment, whatever it holds: the server receives
 * {@code /files/<value>/meta} with the value percent-encoded, decodes it back to the same string, and sees no
 * other segment, no query and no fragment.
 */
@Timeout(value = 20, unit = SECONDS)
class PathSegmentSafetyTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private ItemsApiClient client;

  @BeforeEach
  void createClient() {
    client = new ItemsApiClient(config(server).build());
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  static Stream<Arguments> hostileValues() {
    return Stream.of(
        Arguments.of("../admin", "..%2Fadmin"),
        Arguments.of("../../etc/passwd", "..%2F..%2Fetc%2Fpasswd"),
        Arguments.of("a/b", "a%2Fb"),
        Arguments.of("%2e%2e", "%252e%252e"),
        Arguments.of("%2F", "%252F"),
        Arguments.of("?x=1", "%3Fx%3D1"),
        Arguments.of("#f", "%23f"),
        Arguments.of("a b", "a%20b"),
        Arguments.of("a+b", "a%2Bb"),
        Arguments.of("a;b=c", "a%3Bb%3Dc"),
        Arguments.of("a\\b", "a%5Cb"),
        Arguments.of("ü", "%C3%BC"),
        Arguments.of("日本", "%E6%97%A5%E6%9C%AC"),
        Arguments.of("\uD83D\uDE00", "%F0%9F%98%80"),
        Arguments.of("...", "..."),
        Arguments.of(".hidden", ".hidden"),
        Arguments.of("~user", "~user"),
        Arguments.of("%", "%25"),
        Arguments.of("@host:8080", "%40host%3A8080"),
        Arguments.of("tab\there", "tab%09here"),
        Arguments.of("line\r\nInjected: yes", "line%0D%0AInjected%3A%20yes"));
  }

  @ParameterizedTest
  @MethodSource("hostileValues")
  void hostileValueStaysOneSegment(String value, String encoded) throws Exception {
    server.enqueue(json(200, "\"ok\""));

    String result = client.fileMeta(value);

    RecordedRequest request = server.takeRequest(5, SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getTarget()).isEqualTo("/files/" + encoded + "/meta");
    assertThat(request.getUrl().pathSegments()).containsExactly("files", value, "meta").inOrder();
    assertThat(request.getUrl().query()).isNull();
    assertThat(request.getHeaders().names()).doesNotContain("Injected");
    assertThat(result).isEqualTo("ok");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", ".."})
  void valueThatCannotBeASegmentIsRefusedBeforeSending(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client.fileMeta(value));

    assertThat(e).hasMessageThat().contains("\"name\"");
    assertThat(server.getRequestCount()).isEqualTo(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", ".."})
  void asyncMethodsRefuseThemFromTheCallToo(String value) {
    assertThrows(IllegalArgumentException.class, () -> client.getAsync(value));

    assertThat(server.getRequestCount()).isEqualTo(0);
  }

  @org.junit.jupiter.api.Test
  void everyHostileValueInOneSessionStillReachesOnlyItsOwnResource() throws Exception {
    List<String> values = hostileValues().map(arguments -> (String) arguments.get()[0]).toList();
    for (int i = 0; i < values.size(); i++) {
      server.enqueue(json(200, "\"ok\""));
    }

    for (String value : values) {
      client.fileMeta(value);
    }

    for (String value : values) {
      RecordedRequest request = server.takeRequest(5, SECONDS);
      assertThat(request.getUrl().pathSegments()).containsExactly("files", value, "meta").inOrder();
    }
  }
}
