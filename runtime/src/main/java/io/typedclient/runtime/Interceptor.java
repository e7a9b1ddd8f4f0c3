package io.typedclient.runtime;

import java.util.concurrent.CompletableFuture;

/**
 * Observes, changes, retries or short-circuits requests on their way to the {@link HttpTransport}.
 * Interceptors run in the order they were added to {@link ClientConfig}; the last one is followed by the
 * transport.
 *
 * <p>Each interceptor has a blocking form, used by methods that return a value, and a non-blocking form,
 * used by methods that return a {@link CompletableFuture}. The non-blocking form must never block: to wait
 * (a retry back-off, say), compose on {@link AsyncChain#scheduler()}{@code .delay(...)}. An interceptor that
 * only rewrites the request implements {@link RequestInterceptor}, which provides both forms.
 *
 * <p><b>Answering without the network.</b> An interceptor need not call {@code proceed}: a cache returns a stored
 * {@link HttpResponse} (made with {@link HttpResponse#of}, for the request it was given), a circuit breaker
 * throws, or returns a failed future, while the circuit is open. Then nothing after it runs and the transport
 * is not called. The call ends as if the answer had come from the network: a 2xx response is decoded, any other
 * status goes through the {@link ErrorMapper}, and an exception reaches the caller unchanged (unwrapped, for an
 * asynchronous call). A retry loop before it ({@link ClientConfig.Builder#retryPolicy}) judges the answer as it
 * judges any other: a synthesized 503 may be retried, while an exception that is not a {@link TransportException}
 * ends the call at once, which is what a circuit breaker wants. {@link CallObserver}s see the call start and end
 * with that status or failure type and no attempt ({@link CallEnd#attempts()} counts only what reached the
 * transport).
 *
 * <p>Interceptors are shared by every call of a client, from many threads at once: keep no per-call state in
 * fields.
 */
public interface Interceptor {

  /** Handles a blocking call: usually {@code return chain.proceed(chain.request())}, with changes around it. */
  HttpResponse intercept(Chain chain);

  /** Handles a non-blocking call: usually {@code return chain.proceed(chain.request())}, composed. */
  CompletableFuture<HttpResponse> interceptAsync(AsyncChain chain);

  /** The rest of the chain, for a blocking call. */
  interface Chain {
    /** The request as the previous interceptor passed it on. */
    HttpRequest request();

    /** Runs the rest of the chain with {@code request}; may be called more than once (retries). */
    HttpResponse proceed(HttpRequest request);

    /** Time and waiting, from {@link ClientConfig#scheduler()}. */
    Scheduler scheduler();
  }

  /** The rest of the chain, for a non-blocking call. */
  interface AsyncChain {
    /** The request as the previous interceptor passed it on. */
    HttpRequest request();

    /**
     * Runs the rest of the chain with {@code request}; may be called more than once (retries). Never throws:
     * failures complete the future exceptionally.
     */
    CompletableFuture<HttpResponse> proceed(HttpRequest request);

    /**
     * Time and non-blocking waiting, from {@link ClientConfig#scheduler()}. A {@code delay} started through it
     * is cancelled when the call is.
     */
    Scheduler scheduler();

    /**
     * Whether the caller cancelled this call. The runtime cancels the exchange and the waits it knows about,
     * and {@link #proceed} then fails at once; an interceptor that does other work of its own can check this
     * to stop early.
     */
    default boolean isCancelled() {
      return false;
    }
  }
}
