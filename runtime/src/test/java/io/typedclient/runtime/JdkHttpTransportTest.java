package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What is particular to {@link JdkHttpTransport}; the transport conformance suite
 * ({@code transport-conformance/}) checks what every transport must do.
 */
@Timeout(value = 20, unit = SECONDS)
final class JdkHttpTransportTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private final JdkHttpTransport transport = JdkHttpTransport.builder().connectTimeout(Duration.ofSeconds(5)).build();

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
  void sendsPlainHttp11OverCleartextWithoutAnH2cUpgradeOffer() throws Exception {
    server.enqueue(ok("a"));
    server.enqueue(ok("b"));

    transport.execute(request("GET", "/first").build());
    transport.execute(request("GET", "/second").build());

    for (int i = 0; i < 2; i++) {
      RecordedRequest recorded = server.takeRequest(5, SECONDS);
      assertThat(recorded.getHeaders().get("Upgrade")).isNull();
      assertThat(recorded.getHeaders().get("HTTP2-Settings")).isNull();
    }
  }

  /**
   * The client's own work runs on its selector thread (no executor of its own), so no callback of the caller may
   * run there: the futures complete on the transport's threads, whichever way the call ends.
   */
  @Test
  void callbacksRunOnTheTransportsThreadsNeverOnTheClientsOrTheJvmsTimers() throws Exception {
    server.enqueue(ok("fine"));
    server.enqueue(new MockResponse.Builder().code(200).headersDelay(10, SECONDS).build());

    String answered = transport.executeAsync(request("GET", "/ok").build())
        .handle((response, failure) -> Thread.currentThread().getName()).get(5, SECONDS);
    String timedOut = transport.executeAsync(request("GET", "/slow").timeout(Duration.ofMillis(300)).build())
        .handle((response, failure) -> failure instanceof RequestTimeoutException ? Thread.currentThread().getName()
            : "not a timeout: " + failure).get(5, SECONDS);

    assertThat(answered).startsWith("typedclient-jdk-async-");
    // The timeout fires on the JVM's one CompletableFuture timer thread, which must not run a caller's callback.
    assertThat(timedOut).startsWith("typedclient-jdk-async-");
  }

  @Test
  void aCallersExecutorRunsTheCompletions() throws Exception {
    server.enqueue(ok("fine"));
    java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newSingleThreadExecutor(
        task -> new Thread(task, "callers-own"));
    try (JdkHttpTransport own = JdkHttpTransport.builder().executor(executor).build()) {
      String thread = own.executeAsync(request("GET", "/ok").build())
          .handle((response, failure) -> Thread.currentThread().getName()).get(5, SECONDS);

      assertThat(thread).isEqualTo("callers-own");
    } finally {
      executor.shutdownNow();
    }
  }

  /** The same for streamed responses: their futures complete on the transport's threads or the caller's executor. */
  @Test
  void streamedCallbacksRunOnTheTransportsThreadsOrTheCallersExecutor() throws Exception {
    server.enqueue(ok("fine"));
    server.enqueue(new MockResponse.Builder().code(200).headersDelay(10, SECONDS).build());
    server.enqueue(ok("fine"));

    String answered = transport.executeStreamingAsync(request("GET", "/ok").build())
        .handle((response, failure) -> closed(response) + Thread.currentThread().getName()).get(5, SECONDS);
    String timedOut = transport.executeStreamingAsync(request("GET", "/slow").timeout(Duration.ofMillis(300)).build())
        .handle((response, failure) -> failure instanceof RequestTimeoutException ? Thread.currentThread().getName()
            : "not a timeout: " + failure).get(5, SECONDS);
    java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newSingleThreadExecutor(
        task -> new Thread(task, "callers-own"));
    String callers;
    try (JdkHttpTransport own = JdkHttpTransport.builder().executor(executor).build()) {
      callers = own.executeStreamingAsync(request("GET", "/ok").build())
          .handle((response, failure) -> closed(response) + Thread.currentThread().getName()).get(5, SECONDS);
    } finally {
      executor.shutdownNow();
    }

    assertThat(answered).startsWith("typedclient-jdk-async-");
    assertThat(timedOut).startsWith("typedclient-jdk-async-");
    assertThat(callers).isEqualTo("callers-own");
  }

  private static String closed(StreamingResponse response) {
    if (response != null) {
      response.close();
    }
    return "";
  }

  @Test
  void aStreamedCallStillCompletesWhenTheTransportIsClosedWhileItIsInFlight() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("late").headersDelay(300, java.util.concurrent.TimeUnit.MILLISECONDS).build());

    java.util.concurrent.CompletableFuture<StreamingResponse> call =
        transport.executeStreamingAsync(request("GET", "/late").build());
    transport.close();

    try (StreamingResponse response = call.get(5, SECONDS)) {
      assertThat(new String(response.body().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("late");
    }
  }

  @Test
  void aCallStillCompletesWhenTheTransportIsClosedWhileItIsInFlight() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("late").headersDelay(300, java.util.concurrent.TimeUnit.MILLISECONDS).build());

    java.util.concurrent.CompletableFuture<HttpResponse> call = transport.executeAsync(request("GET", "/late").build());
    transport.close();

    assertThat(call.get(5, SECONDS).bodyString()).isEqualTo("late");
  }

  /**
   * An https authority that answered over HTTP/1.1 although h2 was offered is asked for HTTP/1.1 from then on; one
   * that answered over h2 keeps being offered h2, and so does any other authority.
   */
  @Test
  void anHttpsAuthorityThatChoseHttp11IsAskedForHttp11FromThenOn() {
    java.util.Set<String> http1Only = java.util.concurrent.ConcurrentHashMap.newKeySet();
    HttpRequest h1Server = HttpRequest.builder("GET", java.net.URI.create("https://h1.example:8443/a")).build();
    HttpRequest h2Server = HttpRequest.builder("GET", java.net.URI.create("https://h2.example/a")).build();
    HttpRequest loopback = HttpRequest.builder("GET", java.net.URI.create("http://127.0.0.1:8080/a")).build();

    assertThat(JdkRequests.toJdk(h1Server, null, http1Only).version()).isEmpty();
    JdkRequests.learnVersion(http1Only, h1Server, answer(h1Server, java.net.http.HttpClient.Version.HTTP_1_1));
    JdkRequests.learnVersion(http1Only, h2Server, answer(h2Server, java.net.http.HttpClient.Version.HTTP_2));
    JdkRequests.learnVersion(http1Only, loopback, answer(loopback, java.net.http.HttpClient.Version.HTTP_1_1));

    assertThat(http1Only).containsExactly("h1.example:8443");
    java.net.http.HttpClient.Version http11 = java.net.http.HttpClient.Version.HTTP_1_1;
    assertThat(JdkRequests.toJdk(h1Server, null, http1Only).version()).hasValue(http11);
    assertThat(JdkRequests.toJdk(h2Server, null, http1Only).version()).isEmpty();
    // Cleartext (loopback only) always asks for HTTP/1.1: no h2c upgrade offer.
    assertThat(JdkRequests.toJdk(loopback, null, http1Only).version()).hasValue(http11);
  }

  /** A response of {@code version} to {@code request}, as the JDK's client would hand it over. */
  private static java.net.http.HttpResponse<byte[]> answer(HttpRequest request, java.net.http.HttpClient.Version version) {
    return new java.net.http.HttpResponse<>() {
      @Override
      public int statusCode() {
        return 200;
      }

      @Override
      public java.net.http.HttpRequest request() {
        return JdkRequests.toJdk(request, null, java.util.Set.of());
      }

      @Override
      public java.util.Optional<java.net.http.HttpResponse<byte[]>> previousResponse() {
        return java.util.Optional.empty();
      }

      @Override
      public java.net.http.HttpHeaders headers() {
        return java.net.http.HttpHeaders.of(java.util.Map.of(), (name, value) -> true);
      }

      @Override
      public byte[] body() {
        return new byte[0];
      }

      @Override
      public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
        return java.util.Optional.empty();
      }

      @Override
      public java.net.URI uri() {
        return request.uri();
      }

      @Override
      public java.net.http.HttpClient.Version version() {
        return version;
      }
    };
  }

  @Test
  void noBodyStaysWatchedForItsDeadlineOnceTheCallIsOver() throws Exception {
    server.enqueue(ok("fine"));
    server.enqueue(new MockResponse.Builder().code(404).body("{\"errorCode\":\"E0000007\"}").build());
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(new MockResponse.Builder().code(200).body("x".repeat(2_000)).build());

    transport.execute(request("GET", "/ok").build());
    transport.execute(request("GET", "/missing").build());
    transport.execute(request("GET", "/empty").build());
    assertThrows(ResponseTooLargeException.class,
        () -> transport.execute(request("GET", "/large").maxResponseBytes(1_000).build()));

    assertThat(transport.bodiesWatched()).isEqualTo(0);
  }
}
