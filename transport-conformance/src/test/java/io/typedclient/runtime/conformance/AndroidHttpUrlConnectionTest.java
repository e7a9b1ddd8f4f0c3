package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ProtocolException;
import java.net.URL;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Android double does what {@link AndroidUrlConnectionTransportConformanceTest} relies on: each behaviour of
 * Android's {@code HttpURLConnection} that differs from the JDK's, shown on a bare connection, next to the JDK's
 * where the contrast is the point. Without these, a conformance run over the double could pass for want of the
 * behaviour it is meant to exercise.
 */
@Timeout(value = 20, unit = SECONDS)
final class AndroidHttpUrlConnectionTest {
  private static final String TEXT = "{\"status\":\"ACTIVE\"}".repeat(500);

  @StartStop final MockWebServer server = new MockWebServer();
  private final AndroidUrlStreamHandler android = new AndroidUrlStreamHandler();

  @AfterEach
  void closeHandler() {
    android.close();
  }

  private HttpURLConnection open(String path) throws IOException {
    HttpURLConnection connection = android.open(server.url(path).url());
    connection.setReadTimeout(5_000);
    return connection;
  }

  @Test
  void asksForGzipDecodesItAndRemovesContentEncodingAndContentLength() throws Exception {
    server.enqueue(gzipped(200, TEXT));

    HttpURLConnection connection = open("/gzip");

    assertThat(connection.getResponseCode()).isEqualTo(200);
    assertThat(server.takeRequest(5, SECONDS).getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
    assertThat(connection.getHeaderField("Content-Encoding")).isNull();
    assertThat(connection.getHeaderField("Content-Length")).isNull();
    assertThat(connection.getContentLengthLong()).isEqualTo(-1);
    assertThat(read(connection.getInputStream())).isEqualTo(TEXT);
  }

  @Test
  void decodesErrorBodiesTooAndServesThemFromTheErrorStreamOnly() throws Exception {
    server.enqueue(gzipped(404, "{\"errorCode\":\"E0000007\"}"));

    HttpURLConnection connection = open("/missing");

    assertThat(connection.getResponseCode()).isEqualTo(404);
    assertThrows(FileNotFoundException.class, connection::getInputStream);
    assertThat(read(connection.getErrorStream())).isEqualTo("{\"errorCode\":\"E0000007\"}");
  }

  @Test
  void aCallersOwnAcceptEncodingTurnsDecodingOff() throws Exception {
    server.enqueue(gzipped(200, TEXT));

    HttpURLConnection connection = open("/gzip");
    connection.setRequestProperty("Accept-Encoding", "gzip");

    assertThat(connection.getResponseCode()).isEqualTo(200);
    assertThat(connection.getHeaderField("Content-Encoding")).isEqualTo("gzip");
    assertThat(connection.getContentLengthLong()).isGreaterThan(0);
  }

  @Test
  void acceptsPatchWhichTheJdksConnectionRefuses() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("patched").build());

    HttpURLConnection connection = open("/things/1");
    connection.setRequestMethod("PATCH");
    connection.setDoOutput(true);
    connection.setFixedLengthStreamingMode(2);
    try (OutputStream out = connection.getOutputStream()) {
      out.write("{}".getBytes(UTF_8));
    }

    assertThat(connection.getResponseCode()).isEqualTo(200);
    RecordedRequest recorded = server.takeRequest(5, SECONDS);
    assertThat(recorded.getMethod()).isEqualTo("PATCH");
    assertThat(recorded.getBody().utf8()).isEqualTo("{}");
    HttpURLConnection jdk = (HttpURLConnection) server.url("/things/1").url().openConnection();
    assertThrows(ProtocolException.class, () -> jdk.setRequestMethod("PATCH"));
  }

  @Test
  void followsRedirectsUnlessToldNotTo() throws Exception {
    for (int i = 0; i < 2; i++) {
      server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/elsewhere").build());
      server.enqueue(new MockResponse.Builder().code(200).body("followed").build());
    }

    HttpURLConnection following = open("/start");
    HttpURLConnection notFollowing = open("/start");
    notFollowing.setInstanceFollowRedirects(false);

    assertThat(following.getInstanceFollowRedirects()).isTrue();
    assertThat(following.getResponseCode()).isEqualTo(200);
    assertThat(read(following.getInputStream())).isEqualTo("followed");
    assertThat(notFollowing.getResponseCode()).isEqualTo(302);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void disconnectEndsAReadInProgressAtOnce() throws Exception {
    try (HostileServer stalling = HostileServer.start(connection -> {
      connection.readRequest();
      connection.send("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nfirst");
      connection.awaitHangUp(Duration.ofSeconds(20));
    })) {
      HttpURLConnection connection = android.open(stalling.uri("/stall").toURL());
      InputStream body = connection.getInputStream();
      assertThat(body.read(new byte[5])).isEqualTo(5);
      CompletableFuture<Throwable> blockedRead = CompletableFuture.supplyAsync(() -> {
        try {
          body.read();
          return null;
        } catch (IOException e) {
          return e;
        }
      });
      Thread.sleep(200); // the read is waiting for bytes that never come

      long start = System.nanoTime();
      connection.disconnect();
      Throwable failure = blockedRead.get(5, SECONDS);

      assertThat(failure).isInstanceOf(IOException.class);
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_000);
    }
  }

  @Test
  void headersStartAtPositionZeroAndIncludeAndroidsOwn() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("X-First", "1").body("").build());

    HttpURLConnection connection = open("/headers");

    assertThat(connection.getHeaderFieldKey(0)).isEqualTo("X-First");
    assertThat(connection.getHeaderField(0)).isEqualTo("1");
    assertThat(connection.getHeaderField(null)).isEqualTo("HTTP/1.1 200 OK");
    assertThat(connection.getHeaderField("X-Android-Response-Source")).isEqualTo("NETWORK 200");
    assertThat(connection.getHeaderField("X-Android-Selected-Protocol")).isEqualTo("http/1.1");
  }

  @Test
  void labelsBodiesItWasNotToldTheTypeOfAndSendsAnEmptyBodyWithDelete() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());

    HttpURLConnection connection = open("/sessions/1");
    connection.setRequestMethod("DELETE");

    assertThat(connection.getResponseCode()).isEqualTo(204);
    RecordedRequest recorded = server.takeRequest(5, SECONDS);
    assertThat(recorded.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(recorded.getHeaders().get("Content-Length")).isEqualTo("0");
  }

  @Test
  void headerValuesAreWrittenAsUtf8AndControlCharactersRefusedQuotingTheValue() throws Exception {
    try (HostileServer recording = HostileServer.start(connection -> {
      connection.readRequest();
      connection.send("HTTP/1.1 204 No Content\r\n\r\n");
      connection.awaitHangUp(Duration.ofSeconds(5));
    })) {
      HttpURLConnection connection = android.open(recording.uri("/h").toURL());
      connection.addRequestProperty("X-Latin1", "caf\u00e9");

      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> connection.addRequestProperty("X-Bell", "a\u0007b"));
      assertThat(connection.getResponseCode()).isEqualTo(204);

      assertThat(e).hasMessageThat().contains("a\u0007b");
      // HostileServer reads the request as ISO-8859-1: two bytes for the é, as UTF-8 has it.
      assertThat(recording.requests().get(0)).contains("X-Latin1: caf\u00c3\u00a9");
    }
  }

  @Test
  void hasNoPerConnectionAuthenticator() throws Exception {
    HttpURLConnection connection = open("/");

    assertThrows(UnsupportedOperationException.class, () -> connection.setAuthenticator(null));
  }

  private static MockResponse gzipped(int status, String text) throws IOException {
    Buffer compressed = new Buffer();
    try (okio.BufferedSink sink = Okio.buffer(new GzipSink(compressed))) {
      sink.writeUtf8(text);
    }
    return new MockResponse.Builder().code(status).addHeader("Content-Encoding", "gzip").body(compressed).build();
  }

  private static String read(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toString(UTF_8);
  }
}
