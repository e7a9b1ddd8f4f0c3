package io.typedclient.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import io.typedclient.runtime.internal.DebugLog;
import io.typedclient.runtime.internal.DefaultTransports;
import io.typedclient.runtime.internal.Futures;
import io.typedclient.runtime.internal.JsonModelSupport;
import io.typedclient.runtime.internal.RetryLoop;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * What a generated client holds: its configuration, the interceptor chain, the transport, and the decoding of
 * responses. Generated code builds a request with {@link #request} and hands it to one of the
 * {@code execute} methods; hand-written code can do the same. Thread-safe.
 *
 * <p>Every {@code execute} method sends the request through the interceptors to the transport, as often as the
 * configured {@link RetryPolicy} decides (each attempt through every interceptor); a 2xx response is decoded with the given adapter, any other status becomes the exception of the configured
 * {@link ErrorMapper}. The asynchronous forms never block the calling thread and complete exceptionally with
 * the same exception types that the blocking forms throw (never wrapped in {@link CompletionException}).
 * Cancelling a future they return cancels the call: the exchange in flight is abandoned, a pending
 * {@link Interceptor.AsyncChain#scheduler()}{@code .delay(...)} (a retry's wait among them) is cancelled, and a
 * later {@link Interceptor.AsyncChain#proceed} fails at once.
 *
 * <p>The configuration's {@link CallObserver}s see every call, blocking or asynchronous: its start and end, and
 * each attempt it hands to the transport (see {@link CallObserver} for the order and the rules). Without
 * observers a call does none of that work.
 *
 * <p>Each call is logged once to the {@link System.Logger} named {@code io.typedclient} at {@code DEBUG} (where
 * {@code System.Logger} does not exist, as on Android, to the {@code java.util.logging} logger of that name at
 * {@code FINE}): method,
 * URL with the path template, operation, status or exception type, and duration. Never header values, the
 * query, or a body.
 */
public final class ClientRuntime implements AutoCloseable {
  private static final DebugLog LOG = DebugLog.named("io.typedclient");

  private final ClientConfig config;
  private final HttpTransport transport;
  private final boolean ownsTransport;
  private final InterceptorChain chain;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * A runtime for {@code config}. When the config names no transport, the runtime creates and owns a
   * {@link JdkHttpTransport} with the config's connect timeout, proxy and TLS trust; or an
   * {@link UrlConnectionTransport} where {@code java.net.http} is missing (Android), or where it would not send the
   * proxy's credentials in a tunnel ({@link JdkHttpTransport#sendsProxyCredentialsInTunnels()}).
   */
  public ClientRuntime(ClientConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    if (config.transport() != null) {
      this.transport = config.transport();
      this.ownsTransport = false;
    } else {
      this.transport = DefaultTransports.create(config.connectTimeout(), config.proxy(), config.tls());
      this.ownsTransport = true;
    }
    this.chain = new InterceptorChain(interceptors(config), transport, closed, config.scheduler());
  }

  /** The interceptors, after the retry loop when the config has a retry policy. */
  private static List<Interceptor> interceptors(ClientConfig config) {
    if (config.retryPolicy() == null) {
      return config.interceptors();
    }
    List<Interceptor> chain = new ArrayList<>(config.interceptors().size() + 1);
    chain.add(new RetryLoop(config.retryPolicy()));
    chain.addAll(config.interceptors());
    return Collections.unmodifiableList(chain);
  }

  /** The configuration. */
  public ClientConfig config() {
    return config;
  }

  /**
   * Starts a request for {@code method} on {@code pathTemplate} (relative to the base URL), named
   * {@code operation} in logs and messages; for hand-written calls. Its {@link Invocation} has that operation,
   * the template and the values, and no interface or method name.
   */
  public RequestBuilder request(String method, String pathTemplate, String operation) {
    return new RequestBuilder(config, method, pathTemplate, null, operation);
  }

  /**
   * Starts a request for {@code method} on {@code pathTemplate} (relative to the base URL) made by
   * {@code apiMethod} of the interface named {@code api}; generated code calls this form. The request's
   * {@link Invocation} names both, and its operation is {@code api + "." + apiMethod}.
   */
  public RequestBuilder request(String method, String pathTemplate, String api, String apiMethod) {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(apiMethod, "apiMethod");
    return new RequestBuilder(config, method, pathTemplate, api, apiMethod);
  }

  /** Sends {@code request} and decodes a 2xx body with {@code adapter}. */
  public <T> T execute(HttpRequest request, JsonAdapter<T> adapter) {
    Objects.requireNonNull(adapter, "adapter");
    ObservedCall observed = begin(request);
    try {
      T value = decode(successful(exchange(request, observed)), adapter);
      ended(observed, null);
      return value;
    } catch (RuntimeException e) {
      ended(observed, e);
      throw e;
    }
  }

  /** Sends {@code request} and discards a 2xx body. */
  public void execute(HttpRequest request) {
    ObservedCall observed = begin(request);
    try {
      successful(exchange(request, observed));
      ended(observed, null);
    } catch (RuntimeException e) {
      ended(observed, e);
      throw e;
    }
  }

  /** Sends {@code request}; a 2xx body is decoded with {@code adapter} and returned with the status and headers. */
  public <T> ApiResponse<T> executeForResponse(HttpRequest request, JsonAdapter<T> adapter) {
    Objects.requireNonNull(adapter, "adapter");
    ObservedCall observed = begin(request);
    try {
      HttpResponse response = successful(exchange(request, observed));
      ApiResponse<T> value = ApiResponse.of(decode(response, adapter), response);
      ended(observed, null);
      return value;
    } catch (RuntimeException e) {
      ended(observed, e);
      throw e;
    }
  }

  /** Sends {@code request}; a 2xx response is returned with its status and headers, and its body discarded. */
  public ApiResponse<@Nullable Void> executeForResponse(HttpRequest request) {
    ObservedCall observed = begin(request);
    try {
      ApiResponse<@Nullable Void> value = ApiResponse.of(null, successful(exchange(request, observed)));
      ended(observed, null);
      return value;
    } catch (RuntimeException e) {
      ended(observed, e);
      throw e;
    }
  }

  /** Asynchronous {@link #execute(HttpRequest, JsonAdapter)}. */
  public <T> CompletableFuture<T> executeAsync(HttpRequest request, JsonAdapter<T> adapter) {
    Objects.requireNonNull(adapter, "adapter");
    return start(request, response -> decode(successful(response), adapter));
  }

  /** Asynchronous {@link #execute(HttpRequest)}. */
  public CompletableFuture<@Nullable Void> executeAsync(HttpRequest request) {
    return start(request, response -> {
      successful(response);
      return null;
    });
  }

  /** Asynchronous {@link #executeForResponse(HttpRequest, JsonAdapter)}. */
  public <T> CompletableFuture<ApiResponse<T>> executeForResponseAsync(HttpRequest request, JsonAdapter<T> adapter) {
    Objects.requireNonNull(adapter, "adapter");
    return start(request, response -> {
      HttpResponse ok = successful(response);
      return ApiResponse.of(decode(ok, adapter), ok);
    });
  }

  /** Asynchronous {@link #executeForResponse(HttpRequest)}. */
  public CompletableFuture<ApiResponse<@Nullable Void>> executeForResponseAsync(HttpRequest request) {
    return start(request, response -> ApiResponse.of(null, successful(response)));
  }

  /** Sends {@code request} and returns a 2xx body as bytes, within {@link ClientConfig#maxResponseBodyBytes()}. */
  public byte[] executeBytes(HttpRequest request) {
    return call(request, null, response -> successful(response).body());
  }

  /** Asynchronous {@link #executeBytes}. */
  public CompletableFuture<byte[]> executeBytesAsync(HttpRequest request) {
    return start(request, response -> successful(response).body());
  }

  /** Sends {@code request} and returns a 2xx response whole: status, headers, the body as bytes and text. */
  public HttpResponse executeRaw(HttpRequest request) {
    return call(request, null, this::successful);
  }

  /** Asynchronous {@link #executeRaw}. */
  public CompletableFuture<HttpResponse> executeRawAsync(HttpRequest request) {
    return start(request, this::successful);
  }

  /**
   * Sends {@code request} and returns a 2xx response once its headers are in, its body to be read as it arrives
   * and not held to the body limit (see {@link StreamingResponse}; the caller closes it). Any other status is the
   * {@link ErrorMapper}'s exception, its body read within the limit. Interceptors see a 2xx response with an
   * empty body: the body is the caller's alone.
   */
  public StreamingResponse executeStreaming(HttpRequest request) {
    StreamingCall streaming = new StreamingCall();
    try {
      return call(request, streaming, response -> streaming.finish(successful(response)));
    } catch (RuntimeException | Error e) {
      streaming.discard();
      throw e;
    }
  }

  /** Asynchronous {@link #executeStreaming}; cancelling the future closes a response that arrives after. */
  public CompletableFuture<StreamingResponse> executeStreamingAsync(HttpRequest request) {
    StreamingCall streaming = new StreamingCall();
    CompletableFuture<StreamingResponse> call = start(request, r -> streaming.finish(successful(r)), streaming);
    call.whenComplete((response, failure) -> {
      if (failure != null) {
        streaming.discard();
      }
    });
    return call;
  }

  /** Sends {@code request} through the interceptors and the transport; any status is returned as it is. */
  public HttpResponse send(HttpRequest request) {
    ObservedCall observed = begin(request);
    try {
      HttpResponse response = exchange(request, observed);
      ended(observed, null);
      return response;
    } catch (RuntimeException e) {
      ended(observed, e);
      throw e;
    }
  }

  /** A blocking call of {@code request} whose 2xx response {@code finisher} turns into its result. */
  private <T extends @Nullable Object> T call(
      HttpRequest request, @Nullable StreamingCall streaming, AsyncCall.Finisher<T> finisher) {
    ObservedCall observed = begin(request);
    try {
      T value = finisher.finish(exchange(request, observed, streaming));
      ended(observed, null);
      return value;
    } catch (RuntimeException e) {
      ended(observed, e);
      throw e;
    }
  }

  /** Asynchronous {@link #send}: never throws, never blocks; any status completes the future normally. */
  public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
    return start(request, response -> response);
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

  @Override
  public String toString() {
    return "ClientRuntime{" + config + (closed.get() ? ", closed}" : "}");
  }

  private <T extends @Nullable Object> CompletableFuture<T> start(
      HttpRequest request, AsyncCall.Finisher<T> finisher) {
    return start(request, finisher, null);
  }

  private <T extends @Nullable Object> CompletableFuture<T> start(
      HttpRequest request, AsyncCall.Finisher<T> finisher, @Nullable StreamingCall streaming) {
    Objects.requireNonNull(request, "request");
    if (closed.get()) {
      return Futures.failed(new ClientClosedException(request));
    }
    AsyncCall<T> call = new AsyncCall<>(this, request, finisher, ObservedCall.start(config, request), streaming);
    CompletableFuture<HttpResponse> exchange = chain.proceedAsync(call, request);
    exchange.whenComplete(call);
    return call;
  }

  /** Accepts a blocking call of {@code request}: the client must be open. Its observers, if any, are told. */
  private @Nullable ObservedCall begin(HttpRequest request) {
    Objects.requireNonNull(request, "request");
    chain.checkOpen(request);
    return ObservedCall.start(config, request);
  }

  private HttpResponse exchange(HttpRequest request, @Nullable ObservedCall observed) {
    return exchange(request, observed, null);
  }

  /**
   * Runs {@code request} through the interceptors and the transport, and logs the outcome; {@code streaming} is
   * {@code null} unless the call streams its response.
   */
  private HttpResponse exchange(
      HttpRequest request, @Nullable ObservedCall observed, @Nullable StreamingCall streaming) {
    long start = System.nanoTime();
    try {
      HttpResponse response = chain.proceed(request, observed, streaming);
      log(request, response, start, null);
      if (observed != null) {
        observed.responded(response);
      }
      return response;
    } catch (RuntimeException e) {
      log(request, null, start, e);
      throw e;
    }
  }

  private static void ended(@Nullable ObservedCall observed, @Nullable Throwable failure) {
    if (observed != null) {
      observed.ended(failure);
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
    JsonReader reader = JsonReader.of(new Buffer().write(body));
    try {
      T value = adapter.fromJson(reader);
      if (peekAfterValue(reader) != JsonReader.Token.END_DOCUMENT) {
        throw new JsonEncodingException("expected the end of the body after the JSON value, found more data");
      }
      if (value == null) {
        throw new JsonDataException("expected a JSON value but the body is null");
      }
      return value;
    } catch (EOFException e) {
      // Generated and runtime adapters report this themselves; an adapter of Moshi's own (String, Object) does not.
      throw new ResponseDecodingException(response, JsonModelSupport.endedEarly(e, reader));
    } catch (JsonDataException | IOException e) {
      // JsonEncodingException (malformed), JsonDataException (shape).
      throw new ResponseDecodingException(response, e);
    } catch (RuntimeException e) {
      // An adapter failed in its own way; its message may quote the input, so only the place is reported.
      JsonDataException failure =
          new JsonDataException(e.getClass().getSimpleName() + " in a JSON adapter at path " + reader.getPath());
      failure.initCause(e);
      throw new ResponseDecodingException(response, failure);
    }
  }

  private static JsonReader.@Nullable Token peekAfterValue(JsonReader reader) throws IOException {
    try {
      return reader.peek();
    } catch (JsonEncodingException e) {
      // Moshi's own message here suggests lenient parsing, which would hide the problem.
      return null;
    }
  }

  void log(HttpRequest request, @Nullable HttpResponse response, long startNanos, @Nullable Throwable failure) {
    if (!LOG.isEnabled()) {
      return;
    }
    long millis = (System.nanoTime() - startNanos) / 1_000_000;
    // HttpRequest.toString prints the path template, never header values, the query or the body.
    if (response != null) {
      LOG.log(request + " -> " + response.status() + " in " + millis + " ms");
    } else if (failure != null) {
      LOG.log(request + " failed in " + millis + " ms: " + failure.getClass().getSimpleName());
    }
  }
}
