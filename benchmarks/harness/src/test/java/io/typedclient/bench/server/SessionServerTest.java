package io.typedclient.bench.server;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SessionServerTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

  @ParameterizedTest
  @ValueSource(strings = {"raw", "jdk"})
  void answersTheSessionWithOktaHeaders(String kind) throws Exception {
    try (SessionServer server = SessionServer.start(kind)) {
      HttpResponse<byte[]> response = get(server, SessionPayload.SESSION_ID, "SSWS " + SessionPayload.API_TOKEN);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo(SessionPayload.session());
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(response.headers().firstValue("X-Okta-Request-Id")).isPresent();
      assertThat(response.headers().firstValue("Date")).isPresent();
      assertThat(response.headers().firstValue("X-Rate-Limit-Limit")).hasValue("600");
      assertThat(response.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("599");
      long reset = Long.parseLong(response.headers().firstValue("X-Rate-Limit-Reset").orElseThrow());
      assertThat(reset).isGreaterThan(System.currentTimeMillis() / 1000);
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"raw", "jdk"})
  void refusesAMissingOrWrongTokenWithOktasE0000011(String kind) throws Exception {
    try (SessionServer server = SessionServer.start(kind)) {
      HttpResponse<byte[]> wrong = get(server, SessionPayload.SESSION_ID, "SSWS wrong");
      HttpResponse<byte[]> bearer = get(server, SessionPayload.SESSION_ID, "Bearer " + SessionPayload.API_TOKEN);

      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(new String(wrong.body(), StandardCharsets.UTF_8)).contains("\"errorCode\":\"E0000011\"");
      assertThat(bearer.statusCode()).isEqualTo(401);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"raw", "jdk"})
  void answersAnUnknownSessionWithOktasE0000007(String kind) throws Exception {
    try (SessionServer server = SessionServer.start(kind)) {
      HttpResponse<byte[]> response = get(server, "unknownSession", "SSWS " + SessionPayload.API_TOKEN);

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"errorCode\":\"E0000007\"");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"raw", "jdk"})
  void countsItsOwnCpuTime(String kind) throws Exception {
    try (SessionServer server = SessionServer.start(kind)) {
      for (int i = 0; i < 20; i++) {
        get(server, SessionPayload.SESSION_ID, "SSWS " + SessionPayload.API_TOKEN);
      }
      assertThat(server.requests()).isEqualTo(20);
      assertThat(server.cpuNanos()).isGreaterThan(0L);
    }
  }

  @org.junit.jupiter.api.Test
  void rawServerAnswersPipelinedRequestsInOrderOnOneConnection() throws Exception {
    try (SessionServer server = SessionServer.start("raw");
        Socket socket = connect(server)) {
      String ok = request(SessionPayload.SESSION_ID, SessionPayload.API_TOKEN);
      String missing = request("nope", SessionPayload.API_TOKEN);
      socket.getOutputStream().write((ok + missing + ok).getBytes(StandardCharsets.ISO_8859_1));

      InputStream in = socket.getInputStream();
      assertThat(readStatus(in)).isEqualTo(200);
      assertThat(readStatus(in)).isEqualTo(404);
      assertThat(readStatus(in)).isEqualTo(200);
      assertThat(server.requests()).isEqualTo(3);
    }
  }

  @org.junit.jupiter.api.Test
  void rawServerSkipsARequestBodyBeforeTheNextRequest() throws Exception {
    try (SessionServer server = SessionServer.start("raw");
        Socket socket = connect(server)) {
      String post = "POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello";
      String get = request(SessionPayload.SESSION_ID, SessionPayload.API_TOKEN);
      socket.getOutputStream().write((post + get).getBytes(StandardCharsets.ISO_8859_1));

      InputStream in = socket.getInputStream();
      assertThat(readStatus(in)).isEqualTo(404);
      assertThat(readStatus(in)).isEqualTo(200);
    }
  }

  @org.junit.jupiter.api.Test
  void rawServerRefusesAnOversizedHeadAndCloses() throws Exception {
    try (SessionServer server = SessionServer.start("raw");
        Socket socket = connect(server)) {
      OutputStream out = socket.getOutputStream();
      out.write("GET / HTTP/1.1\r\nX-Big: ".getBytes(StandardCharsets.ISO_8859_1));
      byte[] filler = new byte[RawSessionServer.MAX_HEAD];
      java.util.Arrays.fill(filler, (byte) 'a');
      out.write(filler);

      InputStream in = socket.getInputStream();
      assertThat(readStatus(in)).isEqualTo(431);
      assertThat(in.read()).isEqualTo(-1);
    }
  }

  @org.junit.jupiter.api.Test
  void rawServerRefusesARequestThatIsNotHttp() throws Exception {
    try (SessionServer server = SessionServer.start("raw");
        Socket socket = connect(server)) {
      socket.getOutputStream().write("HELLO\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));

      assertThat(readStatus(socket.getInputStream())).isEqualTo(400);
    }
  }

  @org.junit.jupiter.api.Test
  void unknownServerKindIsAClearError() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> SessionServer.start("nginx"));
    assertThat(e).hasMessageThat().contains("expected raw or jdk");
  }

  private HttpResponse<byte[]> get(SessionServer server, String id, String authorization) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/sessions/" + id))
        .timeout(TIMEOUT)
        .header("Authorization", authorization)
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Socket connect(SessionServer server) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), URI.create(server.baseUrl()).getPort());
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static String request(String id, String token) {
    return "GET /api/v1/sessions/" + id + " HTTP/1.1\r\nHost: x\r\nauthorization: SSWS " + token + "\r\n\r\n";
  }

  /** Reads one response (head and Content-Length body) and returns its status. */
  private static int readStatus(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed after: " + head);
      }
      head.append((char) b);
    }
    String text = head.toString();
    int at = text.toLowerCase(java.util.Locale.ROOT).indexOf("content-length:");
    int length = Integer.parseInt(text.substring(at + 15, text.indexOf("\r\n", at)).trim());
    assertThat(in.readNBytes(length)).hasLength(length);
    return Integer.parseInt(text.substring(9, 12));
  }
}
