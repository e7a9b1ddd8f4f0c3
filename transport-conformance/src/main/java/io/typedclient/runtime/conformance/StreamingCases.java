package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.RequestTimeoutException;
import io.typedclient.runtime.StreamingResponse;
import io.typedclient.runtime.TransportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Streamed responses ({@link io.typedclient.runtime.HttpTransport#executeStreaming}) and streamed request bodies
 * ({@link HttpRequest#bodySource()}): a response is returned with its headers and read as it arrives, beyond
 * {@link HttpRequest#maxResponseBytes()}, within the deadline; closing it early drops the connection; a streamed
 * request body goes out chunked.
 */
interface StreamingCases extends TransportFixture {
  @Test
  default void aStreamedBodyIsReadAsItArrivesAndNotHeldToTheLimit() throws Exception {
    byte[] bytes = new byte[300_000];
    Arrays.fill(bytes, (byte) 'y');
    server().enqueue(new MockResponse.Builder().code(200).addHeader("X-Kind", "big").body(new Buffer().write(bytes))
        .build());

    try (StreamingResponse response =
        transport().executeStreaming(request("GET", "/big").maxResponseBytes(100_000).build())) {
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.header("X-Kind")).isEqualTo("big");
      assertThat(response.body().readAllBytes()).isEqualTo(bytes);
    }
  }

  @Test
  default void closingAStreamedBodyEarlyDropsTheConnection() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    server().enqueue(MockBodies.endless(200, clientGone));
    server().enqueue(ok("after"));

    // An endless body: only a transport that returns at the headers and reads on demand gets here.
    try (StreamingResponse response = transport().executeStreaming(request("GET", "/endless").build())) {
      byte[] some = new byte[20_000];
      int read = 0;
      while (read < some.length) {
        read += response.body().read(some, read, some.length - read);
      }
      assertThat(some[19_999]).isEqualTo((byte) 'x');
    }

    assertThat(clientGone.await(5, SECONDS)).isTrue();
    assertThat(transport().execute(request("GET", "/after").build()).bodyString()).isEqualTo("after");
  }

  @Test
  default void anAsyncStreamedResponseCompletesWithTheHeaders() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    server().enqueue(MockBodies.endless(201, clientGone));

    try (StreamingResponse response =
        transport().executeStreamingAsync(request("GET", "/endless").build()).get(10, SECONDS)) {
      assertThat(response.status()).isEqualTo(201);
      assertThat(response.body().read()).isEqualTo('x');
    }

    assertThat(clientGone.await(5, SECONDS)).isTrue();
  }

  @Test
  default void aStreamedCallbackThatBlocksStallsNoOtherCall() throws Exception {
    answerEachRequestWithItsPath();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);

    CompletableFuture<Void> blocking =
        transport().executeStreamingAsync(request("GET", "/first").build()).thenAccept(response -> {
          entered.countDown();
          try (response) {
            release.await(20, SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    try {
      assertThat(entered.await(5, SECONDS)).isTrue();
      // A transport that completed the streamed future on a thread its exchanges need would not get these answers.
      try (StreamingResponse second =
          transport().executeStreamingAsync(request("GET", "/second").build()).get(5, SECONDS)) {
        assertThat(new String(second.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("answer to /second");
      }
      assertThat(transport().execute(request("GET", "/third").build()).bodyString()).isEqualTo("answer to /third");
    } finally {
      release.countDown();
    }
    blocking.get(5, SECONDS);
  }

  @Test
  default void aBlockingCallFromAStreamedCallbackCompletes() throws Exception {
    server().enqueue(ok("outer"));
    server().enqueue(ok("inner"));

    CompletableFuture<String> nested =
        transport().executeStreamingAsync(request("GET", "/outer").build()).thenApply(outer -> {
          try (outer) {
            return new String(outer.body().readAllBytes(), StandardCharsets.UTF_8) + "+"
                + transport().execute(request("GET", "/inner").build()).bodyString();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });

    assertThat(nested.get(10, SECONDS)).isEqualTo("outer+inner");
  }

  @Test
  default void theDeadlineAppliesWhileAStreamedBodyIsRead() throws Exception {
    // Chunked, ten bytes a second: headers at once, then a body far slower than the deadline. (A short body of
    // declared length would go to the JDK HttpURLConnection's keep-alive cleaner when dropped, which reads the
    // rest on a thread of its own; that is the transport's timeout cases' business, not streaming's.)
    server().enqueue(new MockResponse.Builder().code(200).chunkedBody("x".repeat(10_000), 100)
        .throttleBody(10, 1, SECONDS).build());
    Duration timeout = Duration.ofMillis(600);

    long start = System.nanoTime();
    try (StreamingResponse response =
        transport().executeStreaming(request("GET", "/slow").timeout(timeout).build())) {
      InputStream body = response.body();
      RequestTimeoutException e = assertThrows(RequestTimeoutException.class, body::readAllBytes);
      long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

      assertThat(e.timeout()).isEqualTo(timeout);
      assertThat(elapsedMillis).isLessThan(timeout.toMillis() + DeadlineCases.MARGIN_MILLIS);
      assertThrows(IOException.class, body::read); // closed by the failure
    }
  }

  @Test
  default void aStreamedBodyLeftOpenPastItsDeadlineIsCutOff() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    server().enqueue(MockBodies.endless(200, clientGone));
    Duration timeout = Duration.ofMillis(500);

    try (StreamingResponse response =
        transport().executeStreaming(request("GET", "/endless").timeout(timeout).build())) {
      // Nobody reads: the transport still drops the connection at the deadline, and the next read says why.
      assertThat(clientGone.await(10, SECONDS)).isTrue();
      RequestTimeoutException e =
          assertThrows(RequestTimeoutException.class, () -> response.body().readAllBytes());
      assertThat(e.timeout()).isEqualTo(timeout);
    }
  }

  @Test
  default void anErrorStatusIsStreamedLikeAnyOther() throws Exception {
    server().enqueue(new MockResponse.Builder().code(503).body("busy").build());

    try (StreamingResponse response = transport().executeStreaming(request("GET", "/busy").build())) {
      assertThat(response.status()).isEqualTo(503);
      assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("busy");
    }
  }

  @Test
  default void aReadAfterCloseFails() throws Exception {
    // Chunked: a short body of declared length, dropped unread, would go to the JDK HttpURLConnection's keep-alive
    // cleaner, whose thread then races the timeout cases that follow (see theDeadlineAppliesWhileAStreamedBodyIsRead).
    server().enqueue(new MockResponse.Builder().code(200).chunkedBody("some body", 4).build());

    StreamingResponse response = transport().executeStreaming(request("GET", "/x").build());
    response.close();
    response.close();

    assertThrows(IOException.class, () -> response.body().read());
  }

  @Test
  default void aStreamedRequestBodyIsSentChunkedAndOpenedOncePerExchange() throws Exception {
    server().enqueue(ok("stored"));
    byte[] bytes = new byte[1_000_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    AtomicInteger opened = new AtomicInteger();

    String answer = transport().execute(request("PUT", "/upload")
            .header("Content-Type", "application/octet-stream")
            .bodySource(() -> {
              opened.incrementAndGet();
              return new ByteArrayInputStream(bytes);
            })
            .build())
        .bodyString();

    RecordedRequest recorded = server().takeRequest(5, SECONDS);
    assertThat(answer).isEqualTo("stored");
    assertThat(recorded.getHeaders().get("Transfer-Encoding")).isEqualTo("chunked");
    assertThat(recorded.getHeaders().get("Content-Length")).isNull();
    assertThat(recorded.getBody().toByteArray()).isEqualTo(bytes);
    assertThat(opened.get()).isEqualTo(1);
  }

  @Test
  default void aStreamedRequestBodyGoesOutWhileItIsRead() throws Exception {
    CountDownLatch mostOfTheFirstHalfArrived = new CountDownLatch(1);
    int half = 1_000_000;
    // A transport may hold back up to a chunk while it fills it; not half a megabyte.
    try (ChunkedUploadServer server = new ChunkedUploadServer(half / 2, mostOfTheFirstHalfArrived)) {
      // The source gives half of the body, then waits until the server has most of it: a transport that read the
      // whole source before sending would wait here until the source gave up.
      InputStream source = new InputStream() {
        private int given;

        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
          if (given == half) {
            try {
              if (!mostOfTheFirstHalfArrived.await(10, SECONDS)) {
                throw new IOException("the server had not half of what was read: the transport holds the body back");
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IOException(e);
            }
          }
          int n = Math.min(length, (given < half ? half : 2 * half) - given);
          if (n <= 0) {
            return length == 0 ? 0 : -1;
          }
          Arrays.fill(into, offset, offset + n, (byte) 'a');
          given += n;
          return n;
        }
      };
      HttpRequest request = HttpRequest.builder("POST", server.uri())
          .timeout(Duration.ofSeconds(15))
          .header("Content-Type", "application/octet-stream")
          .bodySource(() -> source)
          .build();

      assertThat(transport().execute(request).bodyString()).isEqualTo("ok");
      assertThat(server.received()).isEqualTo(2L * half);
    }
  }

  @Test
  default void aBodySourceThatFailsIsATransportException() {
    HttpRequest request = request("POST", "/upload")
        .bodySource(() -> {
          throw new IOException("the file is gone");
        })
        .build();

    TransportException e = assertThrows(TransportException.class, () -> transport().execute(request));

    assertThat(e).hasCauseThat().hasMessageThat().isEqualTo("the file is gone");
  }
}
