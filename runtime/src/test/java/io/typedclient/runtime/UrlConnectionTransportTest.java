package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What is particular to {@link UrlConnectionTransport} and {@code HttpURLConnection}; the transport conformance
 * suite ({@code transport-conformance/}) checks what every transport must do.
 */
@Timeout(value = 20, unit = SECONDS)
final class UrlConnectionTransportTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private final UrlConnectionTransport transport =
      UrlConnectionTransport.builder().connectTimeout(Duration.ofSeconds(5)).build();

  @AfterEach
  void closeTransport() {
    transport.close();
  }

  HttpRequest.Builder request(String method, String path) {
    return HttpRequest.builder(method, server.url(path).uri()).timeout(Duration.ofSeconds(5));
  }

  static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  @Test
  void patchRefusalSaysWhyAndWhatToUseInstead() {
    UnsupportedOperationException e =
        assertThrows(
            UnsupportedOperationException.class,
            () -> transport.execute(request("PATCH", "/x").body(new byte[] {1}).build()));

    assertThat(e).hasMessageThat().startsWith("PATCH cannot be sent by this platform's HttpURLConnection");
    assertThat(e).hasMessageThat().contains("use JdkHttpTransport on the JVM");
    assertThat(server.getRequestCount()).isEqualTo(0);
  }

  @Test
  void patchGoesOutAsPatchWhereThePlatformAllowsIt() {
    List<FakeConnection> opened = new ArrayList<>();
    UrlConnectionTransport patching =
        UrlConnectionTransport.builder()
            .connectionFactory(url -> {
              FakeConnection connection = new FakeConnection(url);
              opened.add(connection);
              return connection;
            })
            .build();

    HttpResponse response =
        patching.execute(
            HttpRequest.builder("PATCH", URI.create("https://example.okta.com/api/v1/users/1"))
                .header("Content-Type", "application/json")
                .body("{\"a\":1}".getBytes(UTF_8))
                .build());

    FakeConnection connection = opened.get(0);
    assertThat(connection.getRequestMethod()).isEqualTo("PATCH");
    assertThat(connection.sent.toString(UTF_8)).isEqualTo("{\"a\":1}");
    assertThat(connection.requestPropertiesAtConnect).doesNotContainKey("X-HTTP-Method-Override");
    assertThat(connection.requestPropertiesAtConnect.get("Content-Type")).containsExactly("application/json");
    assertThat(connection.getInstanceFollowRedirects()).isFalse();
    assertThat(connection.getUseCaches()).isFalse();
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyString()).isEqualTo("patched");
    assertThat(response.header("X-Fake")).isEqualTo("yes");
    patching.close();
  }

  @Test
  void aBodyOnGetIsRefusedBecauseHttpUrlConnectionWouldSendAPost() {
    UnsupportedOperationException e =
        assertThrows(
            UnsupportedOperationException.class, () -> transport.execute(request("GET", "/x").body(new byte[] {1}).build()));

    assertThat(e).hasMessageThat().contains("would turn it into a POST");
    assertThat(server.getRequestCount()).isEqualTo(0);
  }

  @Test
  void headersTheJdkWouldDropSilentlyAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> transport.execute(request("GET", "/x").header("Origin", "https://app.example.com").build()));

    assertThat(e).hasMessageThat().contains("\"Origin\"");
    assertThat(e).hasMessageThat().contains("drops it");
    assertThat(server.getRequestCount()).isEqualTo(0);
  }

  @Test
  void a401ToAStreamedRequestKeepsItsStatusAndHeaders() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .addHeader("WWW-Authenticate", "SSWS realm=\"okta\"")
            .addHeader("X-Okta-Request-Id", "req-401")
            .body("{\"errorCode\":\"E0000011\"}")
            .build());

    HttpResponse response = transport.execute(request("POST", "/api/v1/sessions").body("{}".getBytes(UTF_8)).build());

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("X-Okta-Request-Id")).isEqualTo("req-401");
    // The JDK's HttpURLConnection discards this body for streamed requests; Android's keeps it.
    assertThat(response.bodyString()).isAnyOf("", "{\"errorCode\":\"E0000011\"}");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void asyncCallsRunOnTheTransportsOwnDaemonThreads() throws Exception {
    server.enqueue(ok("a"));

    Thread thread = transport.executeAsync(request("GET", "/a").build()).thenApply(r -> Thread.currentThread()).get(5, SECONDS);

    assertThat(thread.getName()).startsWith("typedclient-urlconnection-");
    assertThat(thread.isDaemon()).isTrue();
  }

  @Test
  void aCallersExecutorRunsTheCallsAndIsLeftRunningOnClose() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    UrlConnectionTransport withExecutor = UrlConnectionTransport.builder().executor(executor).build();
    server.enqueue(ok("a"));

    String body = withExecutor.executeAsync(request("GET", "/a").build()).get(5, SECONDS).bodyString();
    withExecutor.close();

    assertThat(body).isEqualTo("a");
    assertThat(executor.isShutdown()).isFalse();
    assertThat(withExecutor.executeAsync(request("GET", "/b").build()).handle((r, e) -> e).get(5, SECONDS))
        .isInstanceOf(ClientClosedException.class);
    executor.shutdownNow();
  }

  @Test
  void aCallCancelledWhileQueuedIsNeverSent() throws Exception {
    List<Runnable> queued = new ArrayList<>();
    UrlConnectionTransport queueing = UrlConnectionTransport.builder().executor(queued::add).build();
    server.enqueue(ok("a"));

    CompletableFuture<HttpResponse> future = queueing.executeAsync(request("GET", "/a").build());
    assertThat(future.cancel(true)).isTrue();
    queued.forEach(Runnable::run);

    assertThat(future.isCancelled()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(0);
    queueing.close();
  }

  /** An HttpURLConnection that accepts any method, as Android's does, and answers from memory. */
  private static final class FakeConnection extends HttpURLConnection {
    final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final String[][] responseHeaders = {{null, "HTTP/1.1 200 OK"}, {"X-Fake", "yes"}, {"Content-Length", "7"}};

    FakeConnection(URL url) {
      super(url);
    }

    @Override
    public void setRequestMethod(String method) {
      this.method = method;
    }

    java.util.Map<String, List<String>> requestPropertiesAtConnect;

    @Override
    public void connect() {
      requestPropertiesAtConnect = getRequestProperties();
      connected = true;
    }

    @Override
    public void disconnect() {}

    @Override
    public boolean usingProxy() {
      return false;
    }

    @Override
    public OutputStream getOutputStream() {
      return sent;
    }

    @Override
    public int getResponseCode() {
      return 200;
    }

    @Override
    public String getHeaderFieldKey(int n) {
      return n < responseHeaders.length ? responseHeaders[n][0] : null;
    }

    @Override
    public String getHeaderField(int n) {
      return n < responseHeaders.length ? responseHeaders[n][1] : null;
    }

    @Override
    public long getContentLengthLong() {
      return 7;
    }

    @Override
    public InputStream getInputStream() {
      return new ByteArrayInputStream("patched".getBytes(UTF_8));
    }
  }

  @Test
  void aBodyStillArrivingAtTheDeadlineFailsWithTheTimeoutEvenWhenTheDeadlineThreadIsLate() throws Exception {
    // The deadline thread is held up by another entry, as on a loaded machine: the reader of the body sees the
    // deadline pass first, and the call must still fail with the timeout, not with the read it cut short.
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch stalled = new CountDownLatch(1);
    long due = System.nanoTime();
    transport.deadlines().watch(new Deadlines.Entry() {
      @Override
      public long deadline() {
        return due;
      }

      @Override
      public void expire() {
        stalled.countDown();
        try {
          release.await(15, SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
    try {
      assertThat(stalled.await(5, SECONDS)).isTrue();
      server.enqueue(ok("x".repeat(200)).newBuilder().throttleBody(2, 50, MILLISECONDS).build());
      server.enqueue(ok("x".repeat(200)).newBuilder().throttleBody(2, 50, MILLISECONDS).build());

      Throwable async = transport.executeAsync(request("GET", "/trickle").timeout(Duration.ofMillis(400)).build())
          .handle((response, failure) -> failure).get(10, SECONDS);
      RequestTimeoutException blocking = assertThrows(RequestTimeoutException.class,
          () -> transport.execute(request("GET", "/trickle").timeout(Duration.ofMillis(400)).build()));

      assertThat(async).isInstanceOf(RequestTimeoutException.class);
      assertThat(blocking.timeout()).isEqualTo(Duration.ofMillis(400));
    } finally {
      release.countDown();
    }
  }
}
