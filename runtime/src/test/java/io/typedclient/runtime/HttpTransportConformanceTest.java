package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link HttpTransport} must do, over real loopback HTTP. Each transport has a subclass that
 * supplies it; a transport passes when its subclass passes.
 */
@Timeout(value = 20, unit = SECONDS)
abstract class HttpTransportConformanceTest {
  @StartStop final MockWebServer server = new MockWebServer();

  HttpTransport transport;

  /** A new transport with a connect timeout of {@code connectTimeout}. */
  abstract HttpTransport newTransport(Duration connectTimeout);

  /**
   * Whether this transport can put {@code PATCH} on the wire on this JVM; one that cannot must refuse it
   * with {@link UnsupportedOperationException} before sending anything.
   */
  abstract boolean sendsPatch();

  @BeforeEach
  void createTransport() {
    transport = newTransport(Duration.ofSeconds(5));
  }

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

  // ---- methods, headers, bodies ----

  @ParameterizedTest
  @ValueSource(strings = {"GET", "DELETE", "OPTIONS"})
  void sendsBodylessMethodsAndReadsTheResponse(String method) throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Answer", "42").body("hello").build());

    HttpResponse response = transport.execute(request(method, "/things/1?x=y").build());

    RecordedRequest recorded = server.takeRequest(5, SECONDS);
    assertThat(recorded.getMethod()).isEqualTo(method);
    assertThat(recorded.getTarget()).isEqualTo("/things/1?x=y");
    assertThat(recorded.getBodySize()).isEqualTo(0);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("x-answer")).isEqualTo("42");
    assertThat(response.bodyString()).isEqualTo("hello");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE"})
  void sendsMethodsWithBodies(String method) throws Exception {
    server.enqueue(new MockResponse.Builder().code(201).body("{\"id\":1}").build());
    byte[] body = "{\"name\":\"ü\"}".getBytes(UTF_8);

    HttpResponse response =
        transport.execute(
            request(method, "/things").header("Content-Type", "application/json; charset=utf-8").body(body).build());

    RecordedRequest recorded = server.takeRequest(5, SECONDS);
    assertThat(recorded.getMethod()).isEqualTo(method);
    assertThat(recorded.getBody().toByteArray()).isEqualTo(body);
    assertThat(recorded.getHeaders().get("Content-Length")).isEqualTo(Integer.toString(body.length));
    assertThat(recorded.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.bodyString()).isEqualTo("{\"id\":1}");
  }

  @Test
  void postWithoutBodySendsContentLengthZero() throws Exception {
    server.enqueue(ok("refreshed"));

    HttpResponse response = transport.execute(request("POST", "/sessions/me/lifecycle/refresh").build());

    RecordedRequest recorded = server.takeRequest(5, SECONDS);
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getHeaders().get("Content-Length")).isEqualTo("0");
    assertThat(recorded.getBodySize()).isEqualTo(0);
    assertThat(response.bodyString()).isEqualTo("refreshed");
  }

  @Test
  void patchIsSentOnTheWireOrRefusedBeforeSending() throws Exception {
    HttpRequest patch =
        request("PATCH", "/things/1").header("Content-Type", "application/json").body("{}".getBytes(UTF_8)).build();
    if (sendsPatch()) {
      server.enqueue(ok("patched"));
      HttpResponse response = transport.execute(patch);
      RecordedRequest recorded = server.takeRequest(5, SECONDS);
      assertThat(recorded.getMethod()).isEqualTo("PATCH");
      assertThat(recorded.getHeaders().get("X-HTTP-Method-Override")).isNull();
      assertThat(recorded.getBody().utf8()).isEqualTo("{}");
      assertThat(response.bodyString()).isEqualTo("patched");
    } else {
      UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> transport.execute(patch));
      assertThat(e).hasMessageThat().contains("PATCH");
      assertThat(e).hasMessageThat().contains("JdkHttpTransport");
      ExecutionException async = assertThrows(ExecutionException.class, () -> transport.executeAsync(patch).get());
      assertThat(async).hasCauseThat().isInstanceOf(UnsupportedOperationException.class);
      assertThat(server.getRequestCount()).isEqualTo(0);
    }
  }

  @Test
  void headRequestReadsNoBodyEvenWhenContentLengthIsOverTheCap() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("").setHeader("Content-Length", "10000000").build());

    HttpResponse response = transport.execute(request("HEAD", "/big").maxResponseBytes(1000).build());

    assertThat(server.takeRequest(5, SECONDS).getMethod()).isEqualTo("HEAD");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyLength()).isEqualTo(0);
    assertThat(response.header("Content-Length")).isEqualTo("10000000");
  }

  @Test
  void sendsEveryRequestHeaderValueInOrder() throws Exception {
    server.enqueue(ok(""));

    transport.execute(
        request("GET", "/h")
            .addHeader("X-Multi", "one")
            .addHeader("X-Multi", "two")
            .header("Authorization", "SSWS secret-token")
            .header("X-Spaces", "a  b\tc")
            .build());

    RecordedRequest recorded = server.takeRequest(5, SECONDS);
    assertThat(recorded.getHeaders().values("X-Multi")).containsExactly("one", "two").inOrder();
    assertThat(recorded.getHeaders().get("Authorization")).isEqualTo("SSWS secret-token");
    assertThat(recorded.getHeaders().get("X-Spaces")).isEqualTo("a  b\tc");
  }

  @Test
  void latin1HeaderValueArrivesIntactOrIsRefusedBeforeSending() throws Exception {
    server.enqueue(ok(""));
    HttpRequest request = request("GET", "/latin1").header("X-Latin1", "caf\u00e9").build();

    HttpResponse response;
    try {
      response = transport.execute(request);
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessageThat().contains("X-Latin1");
      assertThat(e).hasMessageThat().doesNotContain("caf");
      ExecutionException async = assertThrows(ExecutionException.class, () -> transport.executeAsync(request).get());
      assertThat(async).hasCauseThat().isInstanceOf(IllegalArgumentException.class);
      assertThat(server.getRequestCount()).isEqualTo(0);
      return;
    }
    assertThat(response.status()).isEqualTo(200);
    RecordedRequest recorded = server.takeRequest(5, SECONDS);
    assertThat(recorded.getHeaders().get("X-Latin1")).isEqualTo("caf\u00e9");
  }

  @Test
  void addsNoContentTypeOrAcceptTheCallerDidNotAskFor() throws Exception {
    server.enqueue(ok(""));
    server.enqueue(ok(""));

    transport.execute(request("GET", "/plain").build());
    transport.execute(request("PUT", "/bytes").body(new byte[] {1, 2, 3}).build());

    RecordedRequest get = server.takeRequest(5, SECONDS);
    assertThat(get.getHeaders().get("Accept")).isAnyOf(null, "*/*");
    assertThat(get.getHeaders().get("Content-Type")).isNull();
    RecordedRequest put = server.takeRequest(5, SECONDS);
    assertThat(put.getHeaders().get("Content-Type")).isAnyOf(null, "application/octet-stream");
  }

  @Test
  void returnsResponseHeadersWithRepeatedValuesInOrder() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("X-Rate-Limit-Limit", "600")
            .addHeader("Set-Cookie", "a=1")
            .addHeader("Set-Cookie", "b=2")
            .addHeader("Link", "<https://x/1>; rel=\"next\"")
            .build());

    HttpResponse response = transport.execute(request("GET", "/").build());

    assertThat(response.headers().all("set-cookie")).containsExactly("a=1", "b=2").inOrder();
    assertThat(response.header("X-RATE-LIMIT-LIMIT")).isEqualTo("600");
    assertThat(response.header("Link")).isEqualTo("<https://x/1>; rel=\"next\"");
  }

  @Test
  void roundTripsLargeBinaryBodies() throws Exception {
    byte[] up = new byte[1 << 20];
    for (int i = 0; i < up.length; i++) {
      up[i] = (byte) (i * 31);
    }
    byte[] down = new byte[(1 << 20) + 17];
    for (int i = 0; i < down.length; i++) {
      down[i] = (byte) (i * 7);
    }
    server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(down)).build());
    server.enqueue(new MockResponse.Builder().code(200).chunkedBody(new Buffer().write(down), 3000).build());

    HttpResponse declared = transport.execute(request("POST", "/up").body(up).maxResponseBytes(2 << 20).build());
    HttpResponse chunked = transport.execute(request("GET", "/chunked").maxResponseBytes(2 << 20).build());

    assertThat(server.takeRequest(5, SECONDS).getBody().toByteArray()).isEqualTo(up);
    assertThat(declared.body()).isEqualTo(down);
    assertThat(chunked.body()).isEqualTo(down);
  }

  // ---- statuses ----

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 429, 500, 502, 503})
  void returnsErrorStatusesWithTheirBodiesAsResponses(int status) {
    server.enqueue(
        new MockResponse.Builder()
            .code(status)
            .addHeader("X-Okta-Request-Id", "req-" + status)
            .body("{\"errorCode\":\"E" + status + "\"}")
            .build());

    HttpResponse response = transport.execute(request("GET", "/err").build());

    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header("X-Okta-Request-Id")).isEqualTo("req-" + status);
    assertThat(response.bodyString()).isEqualTo("{\"errorCode\":\"E" + status + "\"}");
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 403, 404, 429, 500})
  void errorBodiesToRequestsWithBodiesAreReadToo(int status) throws Exception {
    // A streamed request body must not cost the error body (only a 401 may lose it: see UrlConnectionTransport).
    server.enqueue(new MockResponse.Builder().code(status).body("{\"errorCode\":\"E" + status + "\"}").build());
    server.enqueue(ok("next"));

    HttpResponse response =
        transport.execute(request("POST", "/api/v1/sessions").body("{\"sessionToken\":\"t\"}".getBytes(UTF_8)).build());
    HttpResponse next = transport.execute(request("GET", "/next").build());

    assertThat(response.status()).isEqualTo(status);
    assertThat(response.bodyString()).isEqualTo("{\"errorCode\":\"E" + status + "\"}");
    assertThat(next.bodyString()).isEqualTo("next");
    // The error body was read to its end, so the connection was reused.
    int first = server.takeRequest(5, SECONDS).getConnectionIndex();
    assertThat(server.takeRequest(5, SECONDS).getConnectionIndex()).isEqualTo(first);
  }

  @Test
  void emptyBodiesAreEmptyArrays() {
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(new MockResponse.Builder().code(200).body("").build());

    HttpResponse noContent = transport.execute(request("DELETE", "/x").build());
    HttpResponse empty = transport.execute(request("GET", "/y").build());

    assertThat(noContent.status()).isEqualTo(204);
    assertThat(noContent.bodyLength()).isEqualTo(0);
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.body()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void neverFollowsRedirects(int status) throws Exception {
    server.enqueue(new MockResponse.Builder().code(status).addHeader("Location", server.url("/elsewhere")).body("moved").build());
    server.enqueue(ok("followed"));

    HttpResponse response = transport.execute(request("GET", "/start").build());

    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header("Location")).endsWith("/elsewhere");
    assertThat(response.bodyString()).isEqualTo("moved");
    assertThat(server.takeRequest(5, SECONDS).getTarget()).isEqualTo("/start");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void cachesNothing() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Cache-Control", "max-age=3600").body("first").build());
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Cache-Control", "max-age=3600").body("second").build());

    assertThat(transport.execute(request("GET", "/session").build()).bodyString()).isEqualTo("first");
    assertThat(transport.execute(request("GET", "/session").build()).bodyString()).isEqualTo("second");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  // ---- refused headers ----

  @ParameterizedTest
  @ValueSource(
      strings = {"Host", "host", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Upgrade",
          "Expect", "TE", "Trailer", "Proxy-Connection"})
  void refusesHeadersTheTransportOwnsNamingThem(String name) {
    HttpRequest request = request("POST", "/").header(name, "1").body(new byte[] {1}).build();

    IllegalArgumentException sync = assertThrows(IllegalArgumentException.class, () -> transport.execute(request));
    ExecutionException async = assertThrows(ExecutionException.class, () -> transport.executeAsync(request).get());

    assertThat(sync).hasMessageThat().contains("\"" + name + "\"");
    assertThat(async).hasCauseThat().isInstanceOf(IllegalArgumentException.class);
    assertThat(async).hasCauseThat().hasMessageThat().contains("\"" + name + "\"");
    assertThat(server.getRequestCount()).isEqualTo(0);
  }

  // ---- body cap ----

  @Test
  void bodyOverTheCapFailsWithoutReadingTheRest() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    server.enqueue(TestBodies.endless(200, clientGone));

    ResponseTooLargeException e =
        assertThrows(
            ResponseTooLargeException.class,
            () -> transport.execute(request("GET", "/endless").maxResponseBytes(100_000).build()));

    assertThat(e.limit()).isEqualTo(100_000);
    assertThat(e.status()).isEqualTo(200);
    assertThat(e).hasMessageThat().contains("100000");
    assertThat(clientGone.await(5, SECONDS)).isTrue();
  }

  @Test
  void errorBodyOverTheCapFailsToo() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    server.enqueue(TestBodies.endless(500, clientGone));

    ResponseTooLargeException e =
        assertThrows(
            ResponseTooLargeException.class,
            () -> transport.execute(request("GET", "/endless").maxResponseBytes(10_000).build()));

    assertThat(e.status()).isEqualTo(500);
    assertThat(clientGone.await(5, SECONDS)).isTrue();
  }

  @Test
  void declaredLengthOverTheCapFailsBeforeReadingTheBody() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    server.enqueue(TestBodies.declaredButStalled(50_000_000, clientGone, Duration.ofMillis(20)));

    // The body trickles at 50 bytes a second: only a check of Content-Length can fail this quickly.
    ResponseTooLargeException e =
        assertThrows(
            ResponseTooLargeException.class,
            () -> transport.execute(request("GET", "/huge").maxResponseBytes(1000).timeout(Duration.ofSeconds(10)).build()));

    assertThat(e.limit()).isEqualTo(1000);
    assertThat(clientGone.await(5, SECONDS)).isTrue();
  }

  @Test
  void bodyExactlyAtTheCapIsAccepted() {
    server.enqueue(ok("12345"));
    server.enqueue(new MockResponse.Builder().code(200).chunkedBody("12345", 2).build());

    assertThat(transport.execute(request("GET", "/a").maxResponseBytes(5).build()).bodyString()).isEqualTo("12345");
    assertThat(transport.execute(request("GET", "/b").maxResponseBytes(5).build()).bodyString()).isEqualTo("12345");
  }

  @Test
  void asyncBodyOverTheCapFailsWithTheSameType() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    server.enqueue(TestBodies.endless(200, clientGone));

    Throwable failure =
        transport.executeAsync(request("GET", "/endless").maxResponseBytes(50_000).build()).handle((r, e) -> e).get();

    assertThat(failure).isInstanceOf(ResponseTooLargeException.class);
    assertThat(clientGone.await(5, SECONDS)).isTrue();
  }

  // ---- timeouts ----

  @ParameterizedTest
  @ValueSource(longs = {0, -1})
  void refusesAConnectTimeoutThatIsNotPositive(long seconds) {
    Duration timeout = Duration.ofSeconds(seconds);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> newTransport(timeout));

    assertThat(e).hasMessageThat().isEqualTo("connectTimeout must be positive: " + timeout);
    assertThat(assertThrows(NullPointerException.class, () -> newTransport(null))).hasMessageThat()
        .isEqualTo("connectTimeout");
  }

  @Test
  void requestTimeoutWhileWaitingForHeaders() {
    server.enqueue(new MockResponse.Builder().code(200).headersDelay(10, SECONDS).body("late").build());
    Duration timeout = Duration.ofMillis(250);

    long start = System.nanoTime();
    RequestTimeoutException e =
        assertThrows(
            RequestTimeoutException.class, () -> transport.execute(request("GET", "/slow").timeout(timeout).build()));
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(e.timeout()).isEqualTo(timeout);
    assertThat(elapsedMillis).isAtLeast(200);
    assertThat(elapsedMillis).isLessThan(5_000);
  }

  @Test
  void requestTimeoutCoversABodyThatTricklesIn() {
    // 2 bytes every 50 ms: each read succeeds quickly, the whole body would take 5 s.
    server.enqueue(ok("x".repeat(200)).newBuilder().throttleBody(2, 50, MILLISECONDS).build());

    long start = System.nanoTime();
    assertThrows(
        RequestTimeoutException.class,
        () -> transport.execute(request("GET", "/trickle").timeout(Duration.ofMillis(400)).build()));
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
  }

  @Test
  void requestTimeoutCoversABodyThatStalls() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    // Bytes for about 300 ms, then nothing until the test ends: a read is blocked when the deadline passes.
    server.enqueue(TestBodies.trickleThenStall(1_000, clientGone, Duration.ofMillis(50), 6, release));
    Duration timeout = Duration.ofMillis(400);

    long start = System.nanoTime();
    RequestTimeoutException e =
        assertThrows(
            RequestTimeoutException.class, () -> transport.execute(request("GET", "/stall").timeout(timeout).build()));
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
    release.countDown();

    assertThat(e.timeout()).isEqualTo(timeout);
    assertThat(elapsedMillis).isLessThan(maxMillisForAStalledRead(timeout));
  }

  /**
   * The longest a transport may take to give up on a body that stalls in the middle of a read at its deadline.
   */
  long maxMillisForAStalledRead(Duration timeout) {
    return timeout.toMillis() + 1_500;
  }

  @Test
  void asyncRequestTimeoutCoversHeadersAndBody() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).headersDelay(10, SECONDS).body("late").build());
    server.enqueue(ok("x".repeat(200)).newBuilder().throttleBody(2, 50, MILLISECONDS).build());

    Throwable headers =
        transport.executeAsync(request("GET", "/slow").timeout(Duration.ofMillis(250)).build()).handle((r, e) -> e).get();
    Throwable body =
        transport.executeAsync(request("GET", "/trickle").timeout(Duration.ofMillis(400)).build()).handle((r, e) -> e).get();

    assertThat(headers).isInstanceOf(RequestTimeoutException.class);
    assertThat(body).isInstanceOf(RequestTimeoutException.class);
  }

  // ---- I/O failures ----

  @Test
  void connectionRefusedIsATransportExceptionWithTheCause() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    HttpRequest request = HttpRequest.builder("GET", URI.create("http://127.0.0.1:" + port + "/x")).build();

    TransportException e = assertThrows(TransportException.class, () -> transport.execute(request));
    Throwable async = transport.executeAsync(request).handle((r, t) -> t).get();

    assertThat(e).isNotInstanceOf(RequestTimeoutException.class);
    assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
    assertThat(e.request()).isSameInstanceAs(request);
    assertThat(async).isInstanceOf(TransportException.class);
  }

  @Test
  void connectTimeoutIsARequestTimeout() throws Exception {
    // A listening socket whose accept backlog is full: the kernel drops further SYNs, so connecting hangs.
    try (ServerSocket full = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      List<java.net.Socket> fillers = new ArrayList<>();
      try {
        boolean backlogFull = false;
        for (int i = 0; i < 20 && !backlogFull; i++) {
          java.net.Socket filler = new java.net.Socket();
          fillers.add(filler);
          try {
            filler.connect(full.getLocalSocketAddress(), 200);
          } catch (java.net.SocketTimeoutException e) {
            backlogFull = true;
          }
        }
        assertThat(backlogFull).isTrue();
        Duration connectTimeout = Duration.ofMillis(300);
        HttpTransport hurried = newTransport(connectTimeout);
        HttpRequest request =
            HttpRequest.builder("GET", URI.create("http://127.0.0.1:" + full.getLocalPort() + "/x"))
                .timeout(Duration.ofSeconds(10))
                .build();

        long start = System.nanoTime();
        RequestTimeoutException e = assertThrows(RequestTimeoutException.class, () -> hurried.execute(request));

        assertThat(e.timeout()).isEqualTo(connectTimeout);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        hurried.close();
      } finally {
        for (java.net.Socket filler : fillers) {
          filler.close();
        }
      }
    }
  }

  @Test
  void reusesConnectionsOnceBodiesAreRead() throws Exception {
    server.enqueue(ok("first"));
    server.enqueue(new MockResponse.Builder().code(404).body("{\"error\":\"missing\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).chunkedBody("chunked body", 3).build());
    server.enqueue(ok("last"));

    transport.execute(request("GET", "/1").build());
    transport.execute(request("GET", "/2").build());
    transport.execute(request("POST", "/3").body(new byte[] {1, 2}).build());
    assertThat(transport.execute(request("GET", "/4").build()).bodyString()).isEqualTo("last");

    int connection = server.takeRequest(5, SECONDS).getConnectionIndex();
    for (int i = 2; i <= 4; i++) {
      RecordedRequest recorded = server.takeRequest(5, SECONDS);
      assertThat(recorded.getConnectionIndex()).isEqualTo(connection);
      assertThat(recorded.getExchangeIndex()).isEqualTo(i - 1);
    }
  }

  @Test
  void connectionClosedMidBodyIsATransportException() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("x".repeat(100_000))
            .onResponseBody(new SocketEffect.CloseSocket(true, false, false))
            .build());

    TransportException e =
        assertThrows(TransportException.class, () -> transport.execute(request("GET", "/cut").build()));

    assertThat(e).isNotInstanceOf(RequestTimeoutException.class);
    assertThat(e.getCause()).isNotNull();
  }

  @Test
  void aPostIsNeverSentTwiceWhenTheConnectionDrops() throws Exception {
    // Every request is read, then the connection is dropped before any answer: a transport that resends
    // would be seen here twice.
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build();
          }
        });

    assertThrows(TransportException.class, () -> transport.execute(request("POST", "/sessions").body(new byte[] {1}).build()));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThrows(TransportException.class, () -> transport.execute(request("POST", "/lifecycle/refresh").build()));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  // ---- async ----

  @Test
  void executeAsyncReturnsBeforeTheServerAnswers() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            release.await(10, SECONDS);
            return ok("released");
          }
        });

    // If executeAsync blocked until the response, it would wait for the latch this thread releases below.
    CompletableFuture<HttpResponse> future = transport.executeAsync(request("GET", "/wait").build());
    assertThat(future.isDone()).isFalse();
    release.countDown();

    assertThat(future.get(5, SECONDS).bodyString()).isEqualTo("released");
  }

  @Test
  void asyncFailuresAreOurTypesNotCompletionExceptions() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).headersDelay(10, SECONDS).build());

    CompletableFuture<HttpResponse> future =
        transport.executeAsync(request("GET", "/t").timeout(Duration.ofMillis(200)).build());
    Throwable direct = future.handle((r, e) -> e).get();
    Throwable seen = future.thenApply(r -> r).handle((r, e) -> e).get();

    assertThat(direct).isInstanceOf(RequestTimeoutException.class);
    // A dependent stage sees CompletionException around the cause; the future itself fails with the cause.
    assertThat(seen).isInstanceOf(java.util.concurrent.CompletionException.class);
    assertThat(seen).hasCauseThat().isInstanceOf(RequestTimeoutException.class);
  }

  @Test
  void cancellingTheAsyncFutureAbandonsTheExchange() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    server.enqueue(TestBodies.endless(200, clientGone));

    CompletableFuture<HttpResponse> future =
        transport.executeAsync(request("GET", "/endless").maxResponseBytes(Long.MAX_VALUE).timeout(Duration.ofSeconds(30)).build());
    // Wait until the body is flowing, then cancel.
    server.takeRequest(5, SECONDS);
    Thread.sleep(100);
    assertThat(future.cancel(true)).isTrue();

    assertThat(clientGone.await(5, SECONDS)).isTrue();
    assertThat(future.isCancelled()).isTrue();
  }

  // ---- concurrency ----

  @Test
  void servesConcurrentCallsFromManyThreads() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder()
                .code(200)
                .addHeader("X-Echo", request.getHeaders().get("X-Call"))
                .body(request.getTarget())
                .build();
          }
        });
    int threads = 8;
    int callsPerThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(
            pool.submit(
                () -> {
                  List<String> problems = new ArrayList<>();
                  for (int i = 0; i < callsPerThread; i++) {
                    String id = thread + "-" + i;
                    HttpRequest request = request("GET", "/call/" + id).header("X-Call", id).build();
                    HttpResponse response =
                        i % 2 == 0 ? transport.execute(request) : transport.executeAsync(request).get(10, SECONDS);
                    if (!response.bodyString().equals("/call/" + id) || !id.equals(response.header("X-Echo"))) {
                      problems.add(id + " got " + response.bodyString() + " / " + response.header("X-Echo"));
                    }
                  }
                  return problems;
                }));
      }
      List<String> problems = new ArrayList<>();
      for (Future<List<String>> result : results) {
        problems.addAll(result.get(30, SECONDS));
      }
      assertThat(problems).isEmpty();
      assertThat(server.getRequestCount()).isEqualTo(threads * callsPerThread);
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- close ----

  @Test
  void closeIsIdempotentAndLaterCallsFailClearly() throws Exception {
    server.enqueue(ok("before"));
    assertThat(transport.execute(request("GET", "/before").build()).bodyString()).isEqualTo("before");

    transport.close();
    transport.close();

    HttpRequest after = request("GET", "/after").build();
    ClientClosedException sync = assertThrows(ClientClosedException.class, () -> transport.execute(after));
    Throwable async = transport.executeAsync(after).handle((r, e) -> e).get();
    assertThat(sync).hasMessageThat().contains("closed");
    assertThat(sync.request()).isSameInstanceAs(after);
    assertThat(async).isInstanceOf(ClientClosedException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
