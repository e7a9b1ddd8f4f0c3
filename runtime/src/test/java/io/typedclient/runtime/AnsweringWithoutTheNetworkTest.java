package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.CallObserverTest.Form;
import io.typedclient.runtime.TestJson.Item;
import io.typedclient.runtime.internal.Futures;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract of {@link Interceptor} for an interceptor that answers without calling {@code proceed}: a cache
 * and a circuit breaker, blocking and asynchronous. The transport must never be reached, the answer is the call's,
 * and the observers see the call start and end with no attempt.
 */
@Timeout(value = 20, unit = SECONDS)
class AnsweringWithoutTheNetworkTest {
  private static final String CACHED = "{\"id\":\"cached\",\"count\":7}";

  private final ScriptedTransport transport = ScriptedTransport.unreachable();
  private final RecordingObserver observer = new RecordingObserver();
  private final FakeScheduler scheduler = new FakeScheduler();

  /** Answers every call from "its cache" with {@code status}, counting how often it was asked. */
  static final class Cache implements Interceptor {
    final AtomicInteger asked = new AtomicInteger();
    private final int status;

    Cache(int status) {
      this.status = status;
    }

    @Override
    public HttpResponse intercept(Chain chain) {
      asked.incrementAndGet();
      return HttpResponse.of(chain.request(), status, HttpHeaders.of("X-Cache", "hit"), CACHED.getBytes(UTF_8));
    }

    @Override
    public CompletableFuture<HttpResponse> interceptAsync(AsyncChain chain) {
      return CompletableFuture.completedFuture(intercept(new Unused(chain.request())));
    }
  }

  /** An open circuit: fails every call at once with {@link CircuitOpenException}. */
  static class OpenCircuit implements Interceptor {
    final AtomicInteger refused = new AtomicInteger();

    @Override
    public HttpResponse intercept(Chain chain) {
      refused.incrementAndGet();
      throw new CircuitOpenException();
    }

    @Override
    public CompletableFuture<HttpResponse> interceptAsync(AsyncChain chain) {
      refused.incrementAndGet();
      return Futures.failed(new CircuitOpenException());
    }
  }

  static final class CircuitOpenException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    CircuitOpenException() {
      super("circuit open: not calling the server");
    }
  }

  /** A blocking chain for {@link Cache#interceptAsync}, which only reads the request. */
  private static final class Unused implements Interceptor.Chain {
    private final HttpRequest request;

    Unused(HttpRequest request) {
      this.request = request;
    }

    @Override
    public HttpRequest request() {
      return request;
    }

    @Override
    public HttpResponse proceed(HttpRequest request) {
      throw new AssertionError("a cache hit never proceeds");
    }

    @Override
    public Scheduler scheduler() {
      throw new AssertionError("not used");
    }
  }

  private ClientConfig.Builder config(Interceptor interceptor) {
    return ClientConfig.builder()
        .baseUrl("https://api.example.com")
        .transport(transport)
        .scheduler(scheduler)
        .addInterceptor(interceptor)
        .addObserver(observer);
  }

  private static HttpRequest get(ClientRuntime runtime) {
    return runtime.request("GET", "/items/{id}", "ItemsApi", "get").appendPath("/items/").appendPathSegment("id", "7")
        .build();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void aCachedAnswerIsTheCallsResultAndNoAttemptIsMade(Form form) {
    try (ClientRuntime runtime = new ClientRuntime(config(new Cache(200)).build())) {
      Object result = form.call(runtime, get(runtime));

      assertThat(((Item) result).id).isEqualTo("cached");
    }
    assertThat(transport.received()).isEmpty();
    assertThat(observer.lines).containsExactly("call GET /items/{id}", "end -> 200 after 0").inOrder();
    assertThat(observer.callEnds.get(0).attempts()).isEqualTo(0);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void aCachedErrorStatusGoesThroughTheErrorMapperAsAnyOther(Form form) {
    try (ClientRuntime runtime = new ClientRuntime(config(new Cache(404)).build())) {
      Object result = form.call(runtime, get(runtime));

      assertThat(result).isInstanceOf(HttpStatusException.class);
      assertThat(((HttpStatusException) result).status()).isEqualTo(404);
    }
    assertThat(observer.lines).containsExactly("call GET /items/{id}", "end -> HttpStatusException 404 after 0")
        .inOrder();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void anOpenCircuitFailsTheCallWithItsOwnExceptionUnwrappedAndIsNotRetried(Form form) {
    OpenCircuit circuit = new OpenCircuit();
    try (ClientRuntime runtime =
        new ClientRuntime(config(circuit).retryPolicy(RetryPolicy.standard()).build())) {
      Object result = form.call(runtime, get(runtime));

      assertThat(result).isInstanceOf(CircuitOpenException.class);
    }
    assertThat(circuit.refused.get()).isEqualTo(1);
    assertThat(scheduler.sleeps()).isEmpty();
    assertThat(scheduler.pending()).isEmpty();
    assertThat(observer.lines).containsExactly("call GET /items/{id}", "end -> CircuitOpenException after 0")
        .inOrder();
  }

  @Test
  void aSynthesizedRetryableStatusIsJudgedByTheRetryLoopLikeAnyOther() {
    Cache unavailable = new Cache(503);
    StandardRetryPolicy twice = StandardRetryPolicy.builder().maxRetries(2).random(() -> 0.5).build();
    try (ClientRuntime runtime = new ClientRuntime(config(unavailable).retryPolicy(twice).build())) {
      HttpStatusException failure = assertThrows(HttpStatusException.class, () -> runtime.execute(get(runtime)));

      assertThat(failure.status()).isEqualTo(503);
    }
    assertThat(unavailable.asked.get()).isEqualTo(3);
    assertThat(scheduler.sleeps()).hasSize(2);
    assertThat(observer.lines).containsExactly("call GET /items/{id}", "end -> HttpStatusException 503 after 0")
        .inOrder();
  }

  @Test
  void anAsyncCircuitBreakerThatThrowsInsteadOfFailingItsFutureStillFailsTheFuture() throws Exception {
    Interceptor throwing = new OpenCircuit() {
      @Override
      public CompletableFuture<HttpResponse> interceptAsync(AsyncChain chain) {
        throw new CircuitOpenException();
      }
    };
    try (ClientRuntime runtime = new ClientRuntime(config(throwing).build())) {
      ExecutionException failure =
          assertThrows(ExecutionException.class, () -> runtime.executeAsync(get(runtime)).get(5, SECONDS));

      assertThat(failure).hasCauseThat().isInstanceOf(CircuitOpenException.class);
    }
    assertThat(observer.lines).containsExactly("call GET /items/{id}", "end -> CircuitOpenException after 0")
        .inOrder();
  }
}
