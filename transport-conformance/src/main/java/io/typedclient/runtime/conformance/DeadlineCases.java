package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.RequestTimeoutException;
import io.typedclient.runtime.TransportException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Deadlines against a hostile server: {@link HttpRequest#timeout()} bounds the whole exchange, trailers and slow
 * drips included, within {@value #MARGIN_MILLIS} ms; {@code cancel()}, {@code close()} and an interrupt end a call at
 * once and never wait for the network; one hostile connection never delays another call.
 */
interface DeadlineCases extends TransportFixture {
  /** How far past its timeout a call may end: the machines that run the suite are shared and slow. */
  long MARGIN_MILLIS = 1_500;

  /** How long a cancel, a close or an interrupt may take to end a call. */
  long PROMPT_MILLIS = 1_000;

  /**
   * How long a hostile script keeps going if the client never hangs up: past every case's deadline, so that a
   * transport that does not stop fails its case instead of hanging the suite.
   */
  Duration HOSTILE_LIMIT = Duration.ofSeconds(20);

  /** Headers, one chunk, the last chunk, then trailer lines without end. */
  static HostileServer.Script endlessTrailers() {
    return connection -> {
      connection.readRequest();
      connection.send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n");
      connection.sendUntilHangUp("X-Trailer: " + "v".repeat(64) + "\r\n", Duration.ofMillis(5), HOSTILE_LIMIT);
    };
  }

  /** Headers and one chunk, then the next chunk's size line one byte every 100 ms, never finished. */
  static HostileServer.Script drippingChunkHeader() {
    return connection -> {
      connection.readRequest();
      connection.send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n1;");
      connection.sendUntilHangUp("x", Duration.ofMillis(100), HOSTILE_LIMIT);
    };
  }

  /** Reads the request, then waits for the client to hang up without sending a byte. */
  static HostileServer.Script silent() {
    return connection -> {
      connection.readRequest();
      connection.awaitHangUp(HOSTILE_LIMIT);
    };
  }

  @Test
  default void theTimeoutEndsACallStuckInEndlessTrailers() throws Exception {
    // The body is whole once the last chunk has come: a transport may return it without reading trailers. One
    // server per call: java.net.http does exactly that and leaves the trailers in the connection, where the next
    // request to the same server fails to read them as its status line (a TransportException: that server's loss).
    try (HostileServer first = HostileServer.start(endlessTrailers());
        HostileServer second = HostileServer.start(endlessTrailers())) {
      Duration timeout = Duration.ofMillis(500);

      long start = System.nanoTime();
      Object sync = outcome(() ->
          transport().execute(HttpRequest.builder("GET", first.uri("/trailers")).timeout(timeout).build()));
      long syncMillis = (System.nanoTime() - start) / 1_000_000;
      start = System.nanoTime();
      Object async =
          transport().executeAsync(HttpRequest.builder("GET", second.uri("/trailers")).timeout(timeout).build())
              .handle((r, e) -> r != null ? r : e)
              .get(10, SECONDS);
      long asyncMillis = (System.nanoTime() - start) / 1_000_000;

      for (Object outcome : new Object[] {sync, async}) {
        if (outcome instanceof HttpResponse) {
          assertThat(((HttpResponse) outcome).bodyString()).isEqualTo("hello");
        } else {
          assertThat(outcome).isInstanceOf(RequestTimeoutException.class);
        }
      }
      assertThat(syncMillis).isLessThan(timeout.toMillis() + MARGIN_MILLIS);
      assertThat(asyncMillis).isLessThan(timeout.toMillis() + MARGIN_MILLIS);
    }
  }

  @Test
  default void theTimeoutEndsACallWhoseChunkFramingDrips() throws Exception {
    try (HostileServer hostile = HostileServer.start(drippingChunkHeader())) {
      Duration timeout = Duration.ofMillis(500);
      HttpRequest request = HttpRequest.builder("GET", hostile.uri("/drip")).timeout(timeout).build();

      long start = System.nanoTime();
      RequestTimeoutException sync = assertThrows(RequestTimeoutException.class, () -> transport().execute(request));
      long syncMillis = (System.nanoTime() - start) / 1_000_000;
      start = System.nanoTime();
      Throwable async = transport().executeAsync(request).handle((r, e) -> e).get(10, SECONDS);
      long asyncMillis = (System.nanoTime() - start) / 1_000_000;

      assertThat(sync.timeout()).isEqualTo(timeout);
      assertThat(syncMillis).isLessThan(timeout.toMillis() + MARGIN_MILLIS);
      assertThat(async).isInstanceOf(RequestTimeoutException.class);
      assertThat(asyncMillis).isLessThan(timeout.toMillis() + MARGIN_MILLIS);
    }
  }

  private static Object outcome(java.util.function.Supplier<HttpResponse> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return e;
    }
  }

  @Test
  default void cancelAndCloseReturnAtOnceWhileTheBodyDrips() throws Exception {
    try (HostileServer hostile = HostileServer.start(drippingChunkHeader())) {
      HttpTransport own = newTransport(Duration.ofSeconds(5));
      HttpRequest request = HttpRequest.builder("GET", hostile.uri("/drip")).timeout(Duration.ofSeconds(15)).build();
      CompletableFuture<HttpResponse> cancelled = own.executeAsync(request);
      CompletableFuture<HttpResponse> leftRunning = own.executeAsync(request);
      assertThat(hostile.awaitRequests(2, Duration.ofSeconds(5))).isTrue();
      Thread.sleep(200); // the body is dripping

      long start = System.nanoTime();
      assertThat(cancelled.cancel(true)).isTrue();
      long cancelMillis = (System.nanoTime() - start) / 1_000_000;
      start = System.nanoTime();
      own.close();
      long closeMillis = (System.nanoTime() - start) / 1_000_000;

      assertThat(cancelMillis).isLessThan(PROMPT_MILLIS);
      assertThat(closeMillis).isLessThan(PROMPT_MILLIS);
      assertThat(cancelled.isCancelled()).isTrue();
      // A call in flight when its transport closes still ends by its own deadline at the latest.
      leftRunning.cancel(true);
    }
  }

  @Test
  default void aHostileConnectionDelaysNoOtherCall() throws Exception {
    try (HostileServer trailers = HostileServer.start(endlessTrailers());
        HostileServer drip = HostileServer.start(drippingChunkHeader());
        HostileServer stalling = HostileServer.start(silent())) {
      List<CompletableFuture<HttpResponse>> stuck = new ArrayList<>();
      try {
        // More than a small thread pool has threads: a transport that lets them hold its threads stalls the rest.
        for (int i = 0; i < 4; i++) {
          stuck.add(transport().executeAsync(
              HttpRequest.builder("GET", trailers.uri("/trailers/" + i)).timeout(Duration.ofSeconds(15)).build()));
          stuck.add(transport().executeAsync(
              HttpRequest.builder("GET", drip.uri("/drip/" + i)).timeout(Duration.ofSeconds(15)).build()));
        }
        // java.net.http returns the trailers' body at its last chunk and may send the next calls on that same
        // connection, where they fail at once: it need not be asked four times. The drips hold every transport.
        assertThat(trailers.awaitRequests(1, Duration.ofSeconds(5))).isTrue();
        assertThat(drip.awaitRequests(4, Duration.ofSeconds(5))).isTrue();
        server().enqueue(ok("sync"));
        server().enqueue(ok("async"));
        Duration timeout = Duration.ofMillis(400);

        long start = System.nanoTime();
        HttpResponse sync = transport().execute(request("GET", "/sync").build());
        HttpResponse async = transport().executeAsync(request("GET", "/async").build()).get(5, SECONDS);
        long okMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        Throwable late =
            transport().executeAsync(HttpRequest.builder("GET", stalling.uri("/late")).timeout(timeout).build())
                .handle((r, e) -> e)
                .get(10, SECONDS);
        long lateMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(sync.bodyString()).isEqualTo("sync");
        assertThat(async.bodyString()).isEqualTo("async");
        assertThat(okMillis).isLessThan(2_000);
        assertThat(late).isInstanceOf(RequestTimeoutException.class);
        assertThat(lateMillis).isLessThan(timeout.toMillis() + MARGIN_MILLIS);
      } finally {
        for (CompletableFuture<HttpResponse> call : stuck) {
          call.cancel(true);
        }
      }
    }
  }

  @Test
  default void anInterruptEndsACallWaitingForHeaders() throws Exception {
    try (HostileServer hostile = HostileServer.start(silent())) {
      assertInterruptEndsTheCall(hostile, hostile.uri("/silent"));
    }
  }

  @Test
  default void anInterruptEndsACallWhoseBodyDrips() throws Exception {
    try (HostileServer hostile = HostileServer.start(drippingChunkHeader())) {
      assertInterruptEndsTheCall(hostile, hostile.uri("/drip"));
    }
  }

  private void assertInterruptEndsTheCall(HostileServer hostile, java.net.URI uri) throws Exception {
    HttpRequest request = HttpRequest.builder("GET", uri).timeout(Duration.ofSeconds(15)).build();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicBoolean stillInterrupted = new AtomicBoolean();
    Thread caller = new Thread(() -> {
      try {
        transport().execute(request);
      } catch (RuntimeException e) {
        failure.set(e);
        stillInterrupted.set(Thread.currentThread().isInterrupted());
      }
    }, "interrupted-caller");
    caller.start();
    assertThat(hostile.awaitRequests(1, Duration.ofSeconds(5))).isTrue();
    Thread.sleep(200);

    long start = System.nanoTime();
    caller.interrupt();
    caller.join(5_000);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(caller.isAlive()).isFalse();
    assertThat(millis).isLessThan(PROMPT_MILLIS);
    assertThat(failure.get()).isInstanceOf(TransportException.class);
    assertThat(failure.get()).isNotInstanceOf(RequestTimeoutException.class);
    assertThat(failure.get()).hasCauseThat().isInstanceOf(InterruptedIOException.class);
    assertThat(stillInterrupted.get()).isTrue();
  }
}
