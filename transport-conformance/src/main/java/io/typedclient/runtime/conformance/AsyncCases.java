package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;

import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.RequestTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@link HttpTransport#executeAsync}: never blocks, fails with the same types, cancels the exchange. */
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
}
