package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * Streaming calls through the interceptors: what interceptors see, which stream the caller gets, and that every
 * stream the caller does not get is closed.
 */
final class StreamingCallTest {
  /** Answers each call with the next scripted response and remembers whether each body was closed. */
  private static final class ScriptedTransport implements HttpTransport {
    final Deque<int[]> script = new ArrayDeque<>();
    final List<TrackedStream> bodies = new ArrayList<>();

    void answer(int status) {
      script.add(new int[] {status});
    }

    @Override
    public HttpResponse execute(HttpRequest request) {
      throw new AssertionError("a streaming call must not buffer");
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
      throw new AssertionError("a streaming call must not buffer");
    }

    @Override
    public StreamingResponse executeStreaming(HttpRequest request) {
      int status = script.removeFirst()[0];
      TrackedStream body = new TrackedStream(("body " + bodies.size()).getBytes(UTF_8));
      bodies.add(body);
      return StreamingResponse.of(request, status, HttpHeaders.of("X-Attempt", "" + bodies.size()), body);
    }

    @Override
    public CompletableFuture<StreamingResponse> executeStreamingAsync(HttpRequest request) {
      return CompletableFuture.completedFuture(executeStreaming(request));
    }
  }

  private static final class TrackedStream extends ByteArrayInputStream {
    boolean closed;

    TrackedStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private final ScriptedTransport transport = new ScriptedTransport();
  private final List<HttpResponse> seen = new ArrayList<>();

  private ClientRuntime runtime(Interceptor... interceptors) {
    ClientConfig.Builder config = ClientConfig.builder().baseUrl("https://example.com").transport(transport);
    config.addInterceptor(new Interceptor() {
      @Override
      public HttpResponse intercept(Chain chain) {
        HttpResponse response = chain.proceed(chain.request());
        seen.add(response);
        return response;
      }

      @Override
      public CompletableFuture<HttpResponse> interceptAsync(AsyncChain chain) {
        return chain.proceed(chain.request()).thenApply(response -> {
          seen.add(response);
          return response;
        });
      }
    });
    for (Interceptor interceptor : interceptors) {
      config.addInterceptor(interceptor);
    }
    return new ClientRuntime(config.build());
  }

  /** An interceptor for blocking calls only. */
  private static Interceptor blocking(java.util.function.Function<Interceptor.Chain, HttpResponse> intercept) {
    return new Interceptor() {
      @Override
      public HttpResponse intercept(Chain chain) {
        return intercept.apply(chain);
      }

      @Override
      public CompletableFuture<HttpResponse> interceptAsync(AsyncChain chain) {
        throw new AssertionError("blocking calls only");
      }
    };
  }

  private static HttpRequest download(ClientRuntime runtime) {
    return runtime.request("GET", "/file", "Api", "download").appendPath("/file").build();
  }

  @Test
  void interceptorsSeeASuccessWithoutItsBodyWhichIsTheCallersAlone() throws Exception {
    transport.answer(200);
    ClientRuntime runtime = runtime();

    try (StreamingResponse response = runtime.executeStreaming(download(runtime))) {
      assertThat(new String(response.body().readAllBytes(), UTF_8)).isEqualTo("body 0");
      assertThat(response.header("X-Attempt")).isEqualTo("1");
    }

    assertThat(seen.get(0).status()).isEqualTo(200);
    assertThat(seen.get(0).bodyLength()).isEqualTo(0);
    assertThat(transport.bodies.get(0).closed).isTrue();
  }

  @Test
  void anErrorIsReadWholeForInterceptorsAndTheErrorMapperAndItsStreamClosed() {
    transport.answer(404);
    ClientRuntime runtime = runtime();

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> runtime.executeStreaming(download(runtime)));

    assertThat(e.status()).isEqualTo(404);
    assertThat(e.bodyExcerpt()).isEqualTo("body 0");
    assertThat(seen.get(0).bodyString()).isEqualTo("body 0");
    assertThat(transport.bodies.get(0).closed).isTrue();
  }

  @Test
  void anInterceptorThatProceedsAgainClosesTheStreamOfTheAttemptBefore() throws Exception {
    transport.answer(200);
    transport.answer(200);
    Interceptor twice = blocking(chain -> {
      chain.proceed(chain.request());
      return chain.proceed(chain.request());
    });
    ClientRuntime runtime = runtime(twice);

    try (StreamingResponse response = runtime.executeStreaming(download(runtime))) {
      assertThat(new String(response.body().readAllBytes(), UTF_8)).isEqualTo("body 1");
      assertThat(transport.bodies.get(0).closed).isTrue();
      assertThat(transport.bodies.get(1).closed).isFalse();
    }
  }

  @Test
  void aResponseAnInterceptorMadeItselfIsReturnedWithItsOwnBytesAndTheStreamClosed() throws Exception {
    transport.answer(200);
    Interceptor cache = blocking(chain -> {
      HttpResponse network = chain.proceed(chain.request());
      return HttpResponse.of(network.request(), 200, HttpHeaders.empty(), "cached".getBytes(UTF_8));
    });
    ClientRuntime runtime = runtime(cache);

    try (StreamingResponse response = runtime.executeStreaming(download(runtime))) {
      assertThat(new String(response.body().readAllBytes(), UTF_8)).isEqualTo("cached");
    }
    assertThat(transport.bodies.get(0).closed).isTrue();
  }

  @Test
  void anInterceptorThatThrowsLeavesNoStreamOpen() {
    transport.answer(200);
    Interceptor failing = blocking(chain -> {
      chain.proceed(chain.request());
      throw new IllegalStateException("interceptor failed");
    });
    ClientRuntime runtime = runtime(failing);

    assertThrows(IllegalStateException.class, () -> runtime.executeStreaming(download(runtime)));

    assertThat(transport.bodies.get(0).closed).isTrue();
  }

  @Test
  void theAsyncFormStreamsToo() throws Exception {
    transport.answer(200);
    transport.answer(500);
    ClientRuntime runtime = runtime();

    try (StreamingResponse response = runtime.executeStreamingAsync(download(runtime)).get(5, SECONDS)) {
      assertThat(new String(response.body().readAllBytes(), UTF_8)).isEqualTo("body 0");
    }
    ExecutionException failed =
        assertThrows(ExecutionException.class, () -> runtime.executeStreamingAsync(download(runtime)).get(5, SECONDS));

    assertThat(failed).hasCauseThat().isInstanceOf(HttpStatusException.class);
    assertThat(transport.bodies.get(1).closed).isTrue();
    assertThat(seen.get(0).bodyLength()).isEqualTo(0);
  }

  @Test
  void observersHearStreamedCallsThatStillStreamAndEndWithWhatTheCallerGot() throws Exception {
    transport.answer(200);
    transport.answer(200);
    transport.answer(404);
    RecordingObserver observer = new RecordingObserver();
    ClientRuntime runtime = new ClientRuntime(ClientConfig.builder().baseUrl("https://example.com")
        .transport(transport).addObserver(observer).build());

    try (StreamingResponse response = runtime.executeStreaming(download(runtime))) {
      assertThat(new String(response.body().readAllBytes(), UTF_8)).isEqualTo("body 0");
    }
    try (StreamingResponse response = runtime.executeStreamingAsync(download(runtime)).get(5, SECONDS)) {
      assertThat(new String(response.body().readAllBytes(), UTF_8)).isEqualTo("body 1");
    }
    assertThrows(HttpStatusException.class, () -> runtime.executeStreaming(download(runtime)));

    assertThat(observer.lines)
        .containsExactly(
            "call GET /file", "attempt 0 after 0 ms", "attempt 0 -> 200", "end -> 200 after 1",
            "call GET /file", "attempt 0 after 0 ms", "attempt 0 -> 200", "end -> 200 after 1",
            "call GET /file", "attempt 0 after 0 ms", "attempt 0 -> 404", "end -> HttpStatusException 404 after 1")
        .inOrder();
    assertThat(transport.bodies.get(2).closed).isTrue();
  }
}
