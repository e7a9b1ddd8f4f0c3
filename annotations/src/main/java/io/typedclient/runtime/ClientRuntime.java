package io.typedclient.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import okio.Buffer;

/**
 * What a generated client holds: its configuration, the interceptor chain, the transport, and the decoding of
 * responses. Generated code builds a request with {@link #request} and hands it to one of the
 * {@code execute} methods; hand-written code can do the same. Thread-safe.
 *
 * <p>Every {@code execute} method sends the request through the interceptors to the transport; a 2xx response
 * is decoded with the given adapter, any other status becomes the exception of the configured
 * {@link ErrorMapper}. The asynchronous forms never block the calling thread and complete exceptionally with
 * the same exception types that the blocking forms throw (never wrapped in {@link CompletionException}).
 */
public final class ClientRuntime implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger("io.typedclient");

  private final ClientConfig config;
  private final HttpTransport transport;
  private final boolean ownsTransport;
  private final List<Interceptor> interceptors;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** A runtime for {@code config}; creates the default transport when the config names none. */
  public ClientRuntime(ClientConfig config) {
    this.config = config;
    this.interceptors = config.interceptors();
    if (config.transport() != null) {
      this.transport = config.transport();
      this.ownsTransport = false;
    } else {
      this.transport = JdkHttpTransport.builder().connectTimeout(config.connectTimeout()).build();
      this.ownsTransport = true;
    }
  }

  /** The configuration. */
  public ClientConfig config() {
    return config;
  }

  /** The configured Moshi. */
  public Moshi moshi() {
    return config.moshi();
  }

  /**
   * Starts a request for {@code method} on {@code pathTemplate} (relative to the base URL), named
   * {@code operation} in logs and messages.
   */
  public RequestBuilder request(String method, String pathTemplate, String operation) {
    return new RequestBuilder(config, method, pathTemplate, operation);
  }

  /** Sends {@code request} and decodes a 2xx body with {@code adapter}. */
  public <T> T execute(HttpRequest request, JsonAdapter<T> adapter) {
    return decode(successful(send(request)), adapter);
  }

  /** Sends {@code request} and discards a 2xx body. */
  public void execute(HttpRequest request) {
    successful(send(request));
  }

  /** Sends {@code request}; a 2xx body is decoded with {@code adapter}, or ignored when it is {@code null}. */
  public <T> ApiResponse<T> executeForResponse(HttpRequest request, JsonAdapter<T> adapter) {
    HttpResponse response = successful(send(request));
    return ApiResponse.of(adapter == null ? null : decode(response, adapter), response);
  }

  /** Asynchronous {@link #execute(HttpRequest, JsonAdapter)}. */
  public <T> CompletableFuture<T> executeAsync(HttpRequest request, JsonAdapter<T> adapter) {
    return sendAsync(request).thenApply(response -> decode(successful(response), adapter));
  }

  /** Asynchronous {@link #execute(HttpRequest)}. */
  public CompletableFuture<Void> executeAsync(HttpRequest request) {
    return sendAsync(request).thenApply(response -> {
      successful(response);
      return null;
    });
  }

  /** Asynchronous {@link #executeForResponse}. */
  public <T> CompletableFuture<ApiResponse<T>> executeForResponseAsync(HttpRequest request, JsonAdapter<T> adapter) {
    return sendAsync(request).thenApply(response -> {
      HttpResponse ok = successful(response);
      return ApiResponse.of(adapter == null ? null : decode(ok, adapter), ok);
    });
  }

  /** Sends {@code request} through the interceptors and the transport; any status is returned as it is. */
  public HttpResponse send(HttpRequest request) {
    checkOpen(request);
    long start = System.nanoTime();
    try {
      HttpResponse response = new SyncChain(0, request).proceed(request);
      log(request, response, start, null);
      return response;
    } catch (RuntimeException e) {
      log(request, null, start, e);
      throw e;
    }
  }

  /** Asynchronous {@link #send}: never throws, never blocks. */
  public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
    if (closed.get()) {
      return CompletableFuture.failedFuture(new ClientClosedException(request));
    }
    long start = System.nanoTime();
    CompletableFuture<HttpResponse> result = new AsyncChainImpl(0, request).proceed(request);
    return unwrapped(result.whenComplete((response, failure) -> log(request, response, start, unwrap(failure))));
  }

  /**
   * Closes the transport if this runtime created it. Idempotent; later calls fail with
   * {@link ClientClosedException}.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsTransport) {
      transport.close();
    }
  }

  private void checkOpen(HttpRequest request) {
    if (closed.get()) {
      throw new ClientClosedException(request);
    }
  }

  private HttpResponse successful(HttpResponse response) {
    if (response.isSuccessful()) {
      return response;
    }
    TypedClientException exception;
    try {
      exception = config.errorMapper().toException(response);
    } catch (RuntimeException e) {
      // A mapper must not throw; if one does, the status still reaches the caller.
      HttpStatusException fallback = new HttpStatusException(response);
      fallback.addSuppressed(e);
      throw fallback;
    }
    throw exception != null ? exception : new HttpStatusException(response);
  }

  /** Decodes a whole body as exactly one JSON value of type T. */
  static <T> T decode(HttpResponse response, JsonAdapter<T> adapter) {
    byte[] body = response.bodyUnsafe();
    if (body.length == 0) {
      throw new ResponseDecodingException(response, new JsonDataException("expected a JSON value but the body is empty"));
    }
    try (JsonReader reader = JsonReader.of(new Buffer().write(body))) {
      T value = adapter.fromJson(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("expected the end of the document after the value at " + reader.getPath());
      }
      if (value == null) {
        throw new JsonDataException("expected a JSON value but the body is null");
      }
      return value;
    } catch (IOException | RuntimeException e) {
      // JsonEncodingException (malformed), JsonDataException (shape), EOFException (truncated), and any
      // runtime failure of an adapter all mean the same thing to the caller.
      throw new ResponseDecodingException(response, e);
    }
  }

  private void log(HttpRequest request, HttpResponse response, long startNanos, Throwable failure) {
    if (!LOG.isLoggable(System.Logger.Level.DEBUG)) {
      return;
    }
    long millis = (System.nanoTime() - startNanos) / 1_000_000;
    if (response != null) {
      LOG.log(System.Logger.Level.DEBUG, "{0} -> {1} in {2} ms", request, response.status(), millis);
    } else if (failure != null) {
      LOG.log(System.Logger.Level.DEBUG, "{0} failed in {1} ms: {2}", request, millis, failure.getClass().getSimpleName());
    }
  }

  static Throwable unwrap(Throwable failure) {
    while (failure instanceof CompletionException && failure.getCause() != null) {
      failure = failure.getCause();
    }
    return failure;
  }

  /** A future that fails with the original exception, not a {@link CompletionException} around it. */
  static <T> CompletableFuture<T> unwrapped(CompletableFuture<T> future) {
    CompletableFuture<T> result = new CompletableFuture<>();
    future.whenComplete((value, failure) -> {
      if (failure != null) {
        result.completeExceptionally(unwrap(failure));
      } else {
        result.complete(value);
      }
    });
    // Cancelling what the caller holds cancels the exchange and any pending retry wait.
    result.whenComplete((value, failure) -> {
      if (result.isCancelled()) {
        future.cancel(true);
      }
    });
    return result;
  }

  private final class SyncChain implements Interceptor.Chain {
    private final int index;
    private final HttpRequest request;

    SyncChain(int index, HttpRequest request) {
      this.index = index;
      this.request = request;
    }

    @Override
    public HttpRequest request() {
      return request;
    }

    @Override
    public HttpResponse proceed(HttpRequest next) {
      checkOpen(next);
      if (index < interceptors.size()) {
        HttpResponse response = interceptors.get(index).intercept(new SyncChain(index + 1, next));
        if (response == null) {
          throw new IllegalStateException("interceptor " + interceptors.get(index).getClass().getName() + " returned null");
        }
        return response;
      }
      return transport.execute(next);
    }

    @Override
    public Scheduler scheduler() {
      return config.scheduler();
    }
  }

  private final class AsyncChainImpl implements Interceptor.AsyncChain {
    private final int index;
    private final HttpRequest request;

    AsyncChainImpl(int index, HttpRequest request) {
      this.index = index;
      this.request = request;
    }

    @Override
    public HttpRequest request() {
      return request;
    }

    @Override
    public CompletableFuture<HttpResponse> proceed(HttpRequest next) {
      if (closed.get()) {
        return CompletableFuture.failedFuture(new ClientClosedException(next));
      }
      try {
        CompletableFuture<HttpResponse> future =
            index < interceptors.size()
                ? interceptors.get(index).interceptAsync(new AsyncChainImpl(index + 1, next))
                : transport.executeAsync(next);
        if (future == null) {
          return CompletableFuture.failedFuture(new IllegalStateException("interceptor returned a null future"));
        }
        return future;
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }

    @Override
    public Scheduler scheduler() {
      return config.scheduler();
    }
  }
}
