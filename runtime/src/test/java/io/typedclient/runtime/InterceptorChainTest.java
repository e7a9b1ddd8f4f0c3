package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The interceptor chain for blocking and non-blocking calls: order, retries that wait, cancellation. */
@Timeout(value = 20, unit = SECONDS)
final class InterceptorChainTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private final FakeScheduler scheduler = new FakeScheduler();

  ClientRuntime runtime(Interceptor... interceptors) {
    ClientConfig.Builder config = ClientConfig.builder().baseUrl(server.url("/").toString()).scheduler(scheduler);
    for (Interceptor interceptor : interceptors) {
      config.addInterceptor(interceptor);
    }
    return new ClientRuntime(config.build());
  }

  static HttpRequest get(ClientRuntime runtime) {
    return runtime.request("GET", "/items", "ItemApi.list").appendPath("/items").build();
  }

  static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{\"id\":\"" + code + "\"}").build();
  }

  /** Adds its name to {@code X-Order} on the way out and to {@code trail} on the way back. */
  static Interceptor named(String name, List<String> trail) {
    return new Interceptor() {
      @Override
      public HttpResponse intercept(Chain chain) {
        trail.add(name + ">");
        HttpResponse response = chain.proceed(chain.request().toBuilder().addHeader("X-Order", name).build());
        trail.add("<" + name);
        return response;
      }

      @Override
      public CompletableFuture<HttpResponse> interceptAsync(AsyncChain chain) {
        trail.add(name + ">");
        return chain.proceed(chain.request().toBuilder().addHeader("X-Order", name).build())
            .whenComplete((response, failure) -> trail.add("<" + name));
      }
    };
  }

  /** Retries a 503 up to {@code maxAttempts}, waiting {@code wait} through the chain's scheduler. */
  static final class RetryOn503 implements Interceptor {
    final Duration wait;
    final int maxAttempts;

    RetryOn503(Duration wait, int maxAttempts) {
      this.wait = wait;
      this.maxAttempts = maxAttempts;
    }

    @Override
    public HttpResponse intercept(Chain chain) {
      HttpResponse response = chain.proceed(chain.request());
      for (int attempt = 2; attempt <= maxAttempts && response.status() == 503; attempt++) {
        try {
          chain.scheduler().sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return response;
        }
        response = chain.proceed(chain.request());
      }
      return response;
    }

    @Override
    public CompletableFuture<HttpResponse> interceptAsync(AsyncChain chain) {
      return attempt(chain, 1);
    }

    private CompletableFuture<HttpResponse> attempt(AsyncChain chain, int attempt) {
      return chain.proceed(chain.request())
          .thenCompose(response -> response.status() == 503 && attempt < maxAttempts
              ? chain.scheduler().delay(wait).thenCompose(ignored -> attempt(chain, attempt + 1))
              : CompletableFuture.completedFuture(response));
    }
  }

  @Test
  void interceptorsReadTheInvocationAndItSurvivesTheirRewrites() throws Exception {
    List<Invocation> seen = Collections.synchronizedList(new ArrayList<>());
    RequestInterceptor reader = request -> {
      seen.add(request.invocation());
      return request.toBuilder().header("X-Api-Method", request.invocation().apiMethod()).build();
    };
    server.enqueue(status(200));
    server.enqueue(status(200));
    ClientRuntime runtime = runtime(reader, named("second", new ArrayList<>()), reader);
    HttpRequest request = runtime.request("GET", "/items/{id}", "ItemApi", "get")
        .appendPath("/items/").appendPathSegment("id", "42").query("expand", "owner").build();

    runtime.send(request);
    runtime.sendAsync(request).get(5, SECONDS);

    assertThat(seen).hasSize(4);
    for (Invocation invocation : seen) {
      assertThat(invocation).isSameInstanceAs(request.invocation());
    }
    assertThat(seen.get(0).pathValues()).containsExactly("id", "42");
    assertThat(seen.get(0).queryValues()).containsExactly("expand", Collections.singletonList("owner"));
    assertThat(server.takeRequest(5, SECONDS).getHeaders().get("X-Api-Method")).isEqualTo("get");
    runtime.close();
  }

  @Test
  void interceptorsRunInOrderOutAndInReverseBackForBlockingCalls() throws Exception {
    List<String> trail = Collections.synchronizedList(new ArrayList<>());
    ClientRuntime runtime = runtime(named("a", trail), named("b", trail), named("c", trail));
    server.enqueue(status(200));

    runtime.execute(get(runtime), TestJson.ITEM);

    assertThat(server.takeRequest(5, SECONDS).getHeaders().values("X-Order")).containsExactly("a", "b", "c").inOrder();
    assertThat(trail).containsExactly("a>", "b>", "c>", "<c", "<b", "<a").inOrder();
    runtime.close();
  }

  @Test
  void interceptorsRunInOrderOutAndInReverseBackForAsyncCalls() throws Exception {
    List<String> trail = Collections.synchronizedList(new ArrayList<>());
    ClientRuntime runtime = runtime(named("a", trail), named("b", trail), named("c", trail));
    server.enqueue(status(200));

    runtime.executeAsync(get(runtime), TestJson.ITEM).get(5, SECONDS);

    assertThat(server.takeRequest(5, SECONDS).getHeaders().values("X-Order")).containsExactly("a", "b", "c").inOrder();
    assertThat(trail).containsExactly("a>", "b>", "c>", "<c", "<b", "<a").inOrder();
    runtime.close();
  }

  @Test
  void requestInterceptorIsAskedAgainForEveryAttempt() throws Exception {
    AtomicInteger tokens = new AtomicInteger();
    RequestInterceptor auth =
        request -> request.toBuilder().header("Authorization", "Bearer t" + tokens.incrementAndGet()).build();
    ClientRuntime runtime = runtime(new RetryOn503(Duration.ofSeconds(1), 2), auth);
    server.enqueue(status(503));
    server.enqueue(status(200));

    runtime.execute(get(runtime), TestJson.ITEM);

    assertThat(server.takeRequest(5, SECONDS).getHeaders().get("Authorization")).isEqualTo("Bearer t1");
    assertThat(server.takeRequest(5, SECONDS).getHeaders().get("Authorization")).isEqualTo("Bearer t2");
    runtime.close();
  }

  @Test
  void blockingRetryWaitsThroughTheScheduler() throws Exception {
    ClientRuntime runtime = runtime(new RetryOn503(Duration.ofSeconds(2), 3));
    server.enqueue(status(503));
    server.enqueue(status(503));
    server.enqueue(status(200));

    TestJson.Item item = runtime.execute(get(runtime), TestJson.ITEM);

    assertThat(item.id).isEqualTo("200");
    assertThat(scheduler.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    runtime.close();
  }

  @Test
  void asyncRetryWaitsOnTheSchedulerWithoutHoldingAThread() throws Exception {
    ClientRuntime runtime = runtime(new RetryOn503(Duration.ofSeconds(30), 3));
    server.enqueue(status(503));
    server.enqueue(status(200));

    CompletableFuture<TestJson.Item> future = runtime.executeAsync(get(runtime), TestJson.ITEM);
    scheduler.awaitDelayRequests(1);

    // The call is parked on a 30 s wait that only the fake clock can end: no thread sleeps through it, and the
    // second attempt has not been sent.
    assertThat(scheduler.sleeps()).isEmpty();
    assertThat(scheduler.pending()).hasSize(1);
    assertThat(scheduler.pending().get(0).duration).isEqualTo(Duration.ofSeconds(30));
    assertThat(future.isDone()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);

    scheduler.advance(Duration.ofSeconds(29));
    assertThat(future.isDone()).isFalse();
    scheduler.advance(Duration.ofSeconds(1));

    assertThat(future.get(5, SECONDS).id).isEqualTo("200");
    assertThat(server.getRequestCount()).isEqualTo(2);
    runtime.close();
  }

  @Test
  void cancellingTheCallCancelsAPendingSchedulerWait() throws Exception {
    ClientRuntime runtime = runtime(new RetryOn503(Duration.ofSeconds(30), 3));
    server.enqueue(status(503));
    server.enqueue(status(200));

    CompletableFuture<TestJson.Item> future = runtime.executeAsync(get(runtime), TestJson.ITEM);
    scheduler.awaitDelayRequests(1);
    assertThat(future.cancel(true)).isTrue();

    // The interceptor's thread may still be handing the wait to the runtime; it is cancelled either way.
    CompletableFuture<Void> wait = scheduler.pending().get(0).future;
    assertThat(wait.handle((v, e) -> e).get(5, SECONDS)).isInstanceOf(java.util.concurrent.CancellationException.class);
    scheduler.advance(Duration.ofMinutes(1));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(future.isCancelled()).isTrue();
    runtime.close();
  }

  @Test
  void cancellingTheCallAbandonsTheExchangeInFlight() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    ClientRuntime runtime =
        new ClientRuntime(ClientConfig.builder().baseUrl(server.url("/").toString()).maxResponseBodyBytes(Long.MAX_VALUE).build());
    server.enqueue(TestBodies.endless(200, clientGone));

    CompletableFuture<HttpResponse> future = runtime.sendAsync(get(runtime));
    server.takeRequest(5, SECONDS);
    assertThat(future.cancel(true)).isTrue();

    assertThat(clientGone.await(5, SECONDS)).isTrue();
    runtime.close();
  }

  @Test
  void afterACancelTheChainRefusesToProceedAndSaysSo() throws Exception {
    CompletableFuture<Void> ownWait = new CompletableFuture<>();
    AtomicBoolean sawCancelled = new AtomicBoolean();
    CompletableFuture<Throwable> proceedFailure = new CompletableFuture<>();
    Interceptor ownTimer =
        new Interceptor() {
          @Override
          public HttpResponse intercept(Chain chain) {
            return chain.proceed(chain.request());
          }

          @Override
          public CompletableFuture<HttpResponse> interceptAsync(AsyncChain chain) {
            // Waits on something the runtime does not know about, then carries on regardless.
            return ownWait.thenCompose(ignored -> {
              sawCancelled.set(chain.isCancelled());
              CompletableFuture<HttpResponse> next = chain.proceed(chain.request());
              next.whenComplete((r, e) -> proceedFailure.complete(e));
              return next;
            });
          }
        };
    ClientRuntime runtime = runtime(ownTimer);

    CompletableFuture<TestJson.Item> future = runtime.executeAsync(get(runtime), TestJson.ITEM);
    future.cancel(true);
    ownWait.complete(null);

    assertThat(sawCancelled.get()).isTrue();
    assertThat(proceedFailure.get(5, SECONDS)).isInstanceOf(java.util.concurrent.CancellationException.class);
    assertThat(server.getRequestCount()).isEqualTo(0);
    runtime.close();
  }

  @Test
  void anInterceptorCanAnswerWithoutTheNetwork() throws Exception {
    Interceptor canned =
        new Interceptor() {
          @Override
          public HttpResponse intercept(Chain chain) {
            return HttpResponse.of(chain.request(), 200, HttpHeaders.empty(), "{\"id\":\"cached\"}".getBytes(UTF_8));
          }

          @Override
          public CompletableFuture<HttpResponse> interceptAsync(AsyncChain chain) {
            return CompletableFuture.completedFuture(
                HttpResponse.of(chain.request(), 200, HttpHeaders.empty(), "{\"id\":\"cached\"}".getBytes(UTF_8)));
          }
        };
    ClientRuntime runtime = runtime(canned);

    assertThat(runtime.execute(get(runtime), TestJson.ITEM).id).isEqualTo("cached");
    assertThat(runtime.executeAsync(get(runtime), TestJson.ITEM).get(5, SECONDS).id).isEqualTo("cached");
    assertThat(server.getRequestCount()).isEqualTo(0);
    runtime.close();
  }

  @Test
  void brokenInterceptorsFailTheCallClearly() throws Exception {
    Interceptor returnsNull =
        new Interceptor() {
          @Override
          public HttpResponse intercept(Chain chain) {
            return null;
          }

          @Override
          public CompletableFuture<HttpResponse> interceptAsync(AsyncChain chain) {
            return null;
          }
        };
    RequestInterceptor throwing = request -> {
      throw new IllegalStateException("token supplier failed");
    };
    ClientRuntime nulls = runtime(returnsNull);
    ClientRuntime throwsRuntime = runtime(throwing);

    IllegalStateException syncNull = assertThrows(IllegalStateException.class, () -> nulls.execute(get(nulls)));
    Throwable asyncNull = nulls.executeAsync(get(nulls)).handle((r, e) -> e).get(5, SECONDS);
    IllegalStateException syncThrow =
        assertThrows(IllegalStateException.class, () -> throwsRuntime.execute(get(throwsRuntime)));
    Throwable asyncThrow = throwsRuntime.executeAsync(get(throwsRuntime)).handle((r, e) -> e).get(5, SECONDS);

    assertThat(syncNull).hasMessageThat().contains("returned null");
    assertThat(asyncNull).hasMessageThat().contains("returned a null future");
    assertThat(syncThrow).hasMessageThat().isEqualTo("token supplier failed");
    assertThat(asyncThrow).isInstanceOf(IllegalStateException.class);
    assertThat(asyncThrow).hasMessageThat().isEqualTo("token supplier failed");
    assertThat(server.getRequestCount()).isEqualTo(0);
    nulls.close();
    throwsRuntime.close();
  }

  @Test
  void theTransportSeesTheRequestAfterEveryInterceptor() throws Exception {
    ClientRuntime runtime =
        runtime(
            (RequestInterceptor) request -> request.toBuilder().header("User-Agent", "typedclient-test/1").build(),
            (RequestInterceptor) request -> request.toBuilder().header("Authorization", "SSWS t").build());
    server.enqueue(status(200));

    ApiResponse<TestJson.Item> response = runtime.executeForResponse(get(runtime), TestJson.ITEM);

    assertThat(response.request().headers().first("User-Agent")).isEqualTo("typedclient-test/1");
    assertThat(response.request().headers().first("Authorization")).isEqualTo("SSWS t");
    assertThat(server.takeRequest(5, SECONDS).getHeaders().get("User-Agent")).isEqualTo("typedclient-test/1");
    runtime.close();
  }
}
