package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.RequestTimeoutException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * {@link HttpTransport#executeAsync}: never blocks, fails with the same types, cancels the exchange: once
 * {@code cancel()} has returned no byte of the request goes out, and the connection is closed. The caller's callbacks
 * hold only their own thread: one that blocks stalls no other call, and one may make a blocking call itself.
 */
interface AsyncCases extends TransportFixture {
  @Test
  default void executeAsyncReturnsBeforeTheServerAnswers() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server().setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            release.await(10, SECONDS);
            return ok("released");
          }
        });

    // If executeAsync blocked until the response, it would wait for the latch this thread releases below.
    CompletableFuture<HttpResponse> future = transport().executeAsync(request("GET", "/wait").build());
    assertThat(future.isDone()).isFalse();
    release.countDown();

    assertThat(future.get(5, SECONDS).bodyString()).isEqualTo("released");
  }

  @Test
  default void aCallbackThatBlocksStallsNoOtherCall() throws Exception {
    answerEachRequestWithItsPath();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);

    CompletableFuture<Void> blocking = transport().executeAsync(request("GET", "/first").build())
        .thenAccept(response -> {
          entered.countDown();
          try {
            release.await(20, SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    try {
      assertThat(entered.await(5, SECONDS)).isTrue();
      // A transport that ran callbacks on a thread its exchanges need (an HTTP client's selector, say) would not
      // get these answers while the callback above blocks it.
      CompletableFuture<HttpResponse> second = transport().executeAsync(request("GET", "/second").build());
      assertThat(second.get(5, SECONDS).bodyString()).isEqualTo("answer to /second");
      assertThat(transport().execute(request("GET", "/third").build()).bodyString()).isEqualTo("answer to /third");
    } finally {
      release.countDown();
    }
    blocking.get(5, SECONDS);
  }

  @Test
  default void aBlockingCallFromACallbackCompletes() throws Exception {
    server().enqueue(ok("outer"));
    server().enqueue(ok("inner"));

    CompletableFuture<String> nested = transport().executeAsync(request("GET", "/outer").build())
        .thenApply(outer -> outer.bodyString() + "+" + transport().execute(request("GET", "/inner").build()).bodyString());

    assertThat(nested.get(10, SECONDS)).isEqualTo("outer+inner");
  }

  @Test
  default void asyncFailuresAreOurTypesNotCompletionExceptions() throws Exception {
    server().enqueue(new MockResponse.Builder().code(200).headersDelay(10, SECONDS).build());

    CompletableFuture<HttpResponse> future =
        transport().executeAsync(request("GET", "/t").timeout(Duration.ofMillis(200)).build());
    Throwable direct = future.handle((r, e) -> e).get();
    Throwable seen = future.thenApply(r -> r).handle((r, e) -> e).get();

    assertThat(direct).isInstanceOf(RequestTimeoutException.class);
    // A dependent stage sees CompletionException around the cause; the future itself fails with the cause.
    assertThat(seen).isInstanceOf(java.util.concurrent.CompletionException.class);
    assertThat(seen).hasCauseThat().isInstanceOf(RequestTimeoutException.class);
  }

  @Test
  default void cancellingTheAsyncFutureAbandonsTheExchange() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    server().enqueue(MockBodies.endless(200, clientGone));

    CompletableFuture<HttpResponse> future =
        transport().executeAsync(request("GET", "/endless").maxResponseBytes(Long.MAX_VALUE).timeout(Duration.ofSeconds(30)).build());
    // Wait until the body is flowing, then cancel.
    server().takeRequest(5, SECONDS);
    Thread.sleep(100);
    assertThat(future.cancel(true)).isTrue();

    assertThat(clientGone.await(5, SECONDS)).isTrue();
    assertThat(future.isCancelled()).isTrue();
  }

  @Test
  default void cancelledCallsCloseTheirConnections() throws Exception {
    try (HostileServer silent = HostileServer.start(DeadlineCases.silent())) {
      List<CompletableFuture<HttpResponse>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(transport().executeAsync(
            HttpRequest.builder("GET", silent.uri("/wait/" + i)).timeout(Duration.ofSeconds(15)).build()));
      }
      assertThat(silent.awaitRequests(6, Duration.ofSeconds(5))).isTrue();

      for (CompletableFuture<HttpResponse> call : calls) {
        assertThat(call.cancel(true)).isTrue();
      }

      assertThat(silent.awaitHangUps(6, Duration.ofSeconds(2))).isTrue();
    }
  }

  @Test
  default void aCallCancelledWhileConnectingSendsNothing() throws Exception {
    // A listening socket whose accept backlog is full: the kernel drops the call's SYN, so it is still connecting
    // when it is cancelled; then the backlog drains and the SYN, sent again, gets through.
    try (FullBacklog backlog = FullBacklog.open()) {
      HttpRequest post =
          HttpRequest.builder("POST", URI.create("http://127.0.0.1:" + backlog.port() + "/api/v1/sessions"))
              .body("{\"sessionToken\":\"single-use\"}".getBytes(StandardCharsets.UTF_8))
              .timeout(Duration.ofSeconds(10))
              .build();

      CompletableFuture<HttpResponse> call = transport().executeAsync(post);
      Thread.sleep(300);
      assertThat(call.cancel(true)).isTrue();
      backlog.drain();

      // The SYN is sent again one second after the first: every connection that arrives within the next two
      // and a half seconds is read, and none may carry a byte of the cancelled POST.
      assertThat(bytesReceived(backlog.listener(), Duration.ofMillis(2_500))).isEmpty();
    }
  }

  /** Everything sent on the connections {@code listener} accepts within {@code window}. */
  private static String bytesReceived(ServerSocket listener, Duration window) throws IOException {
    StringBuilder received = new StringBuilder();
    long end = System.nanoTime() + window.toNanos();
    List<Socket> accepted = new ArrayList<>();
    try {
      while (true) {
        long left = (end - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
          break;
        }
        listener.setSoTimeout((int) left);
        try {
          Socket socket = listener.accept();
          accepted.add(socket);
          socket.setSoTimeout(1);
        } catch (SocketTimeoutException e) {
          break;
        }
        for (Socket socket : accepted) {
          drain(socket, received);
        }
      }
      for (Socket socket : accepted) {
        socket.setSoTimeout(200);
        drain(socket, received);
      }
    } finally {
      for (Socket socket : accepted) {
        socket.close();
      }
    }
    return received.toString();
  }

  private static void drain(Socket socket, StringBuilder received) {
    byte[] buffer = new byte[4096];
    try {
      InputStream in = socket.getInputStream();
      for (int n; (n = in.read(buffer)) > 0; ) {
        received.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      // Timed out with nothing more to read, or closed: what came is in `received`.
    }
  }
}
