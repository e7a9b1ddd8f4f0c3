package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.RequestTimeoutException;
import io.typedclient.runtime.TransportException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** Connections: refused, timed out, reused, cut off; a POST is never sent twice. */
interface ConnectionCases extends TransportFixture {
  @Test
  default void connectionRefusedIsATransportExceptionWithTheCause() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    HttpRequest request = HttpRequest.builder("GET", URI.create("http://127.0.0.1:" + port + "/x")).build();

    TransportException e = assertThrows(TransportException.class, () -> transport().execute(request));
    Throwable async = transport().executeAsync(request).handle((r, t) -> t).get();

    assertThat(e).isNotInstanceOf(RequestTimeoutException.class);
    assertThat(e.getCause()).isInstanceOf(IOException.class);
    assertThat(e.request()).isSameInstanceAs(request);
    assertThat(async).isInstanceOf(TransportException.class);
  }

  @Test
  default void connectTimeoutIsARequestTimeout() throws Exception {
    // A listening socket whose accept backlog is full: the kernel drops further SYNs, so connecting hangs.
    try (FullBacklog full = FullBacklog.open()) {
      Duration connectTimeout = Duration.ofMillis(300);
      HttpTransport hurried = newTransport(connectTimeout);
      HttpRequest request =
          HttpRequest.builder("GET", URI.create("http://127.0.0.1:" + full.port() + "/x"))
              .timeout(Duration.ofSeconds(10))
              .build();

      long start = System.nanoTime();
      RequestTimeoutException e = assertThrows(RequestTimeoutException.class, () -> hurried.execute(request));

      assertThat(e.timeout()).isEqualTo(connectTimeout);
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
      hurried.close();
    }
  }

  @Test
  default void reusesConnectionsOnceBodiesAreRead() throws Exception {
    server().enqueue(ok("first"));
    server().enqueue(new MockResponse.Builder().code(404).body("{\"error\":\"missing\"}").build());
    server().enqueue(new MockResponse.Builder().code(200).chunkedBody("chunked body", 3).build());
    server().enqueue(ok("last"));

    transport().execute(request("GET", "/1").build());
    transport().execute(request("GET", "/2").build());
    transport().execute(request("POST", "/3").body(new byte[] {1, 2}).build());
    assertThat(transport().execute(request("GET", "/4").build()).bodyString()).isEqualTo("last");

    int connection = server().takeRequest(5, SECONDS).getConnectionIndex();
    for (int i = 2; i <= 4; i++) {
      RecordedRequest recorded = server().takeRequest(5, SECONDS);
      assertThat(recorded.getConnectionIndex()).isEqualTo(connection);
      assertThat(recorded.getExchangeIndex()).isEqualTo(i - 1);
    }
  }

  @Test
  default void connectionClosedMidBodyIsATransportException() {
    server().enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("x".repeat(100_000))
            .onResponseBody(new SocketEffect.CloseSocket(true, false, false))
            .build());

    TransportException e =
        assertThrows(TransportException.class, () -> transport().execute(request("GET", "/cut").build()));

    assertThat(e).isNotInstanceOf(RequestTimeoutException.class);
    assertThat(e.getCause()).isNotNull();
  }

  @Test
  default void aPostIsNeverSentTwiceWhenTheConnectionDrops() throws Exception {
    // Every request is read, then the connection is dropped before any answer: a transport that resends
    // would be seen here twice.
    server().setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build();
          }
        });

    assertThrows(TransportException.class, () -> transport().execute(request("POST", "/sessions").body(new byte[] {1}).build()));
    assertThat(server().getRequestCount()).isEqualTo(1);
    assertThrows(TransportException.class, () -> transport().execute(request("POST", "/lifecycle/refresh").build()));
    assertThat(server().getRequestCount()).isEqualTo(2);
  }
}
