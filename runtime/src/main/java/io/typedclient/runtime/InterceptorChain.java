package io.typedclient.runtime;

import io.typedclient.runtime.internal.Futures;
import io.typedclient.runtime.internal.RetryEvents;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The interceptors of one {@link ClientRuntime}, with its transport after the last: each call goes down this
 * chain, one step per interceptor, as often as they proceed. A blocking call nobody observes and whose response is
 * read whole takes the smallest steps; observers and streamed responses are told to the steps that need them.
 */
final class InterceptorChain {
  private final List<Interceptor> interceptors;
  private final HttpTransport transport;
  /** The runtime's: set once it is closed. */
  private final AtomicBoolean closed;
  private final Scheduler scheduler;

  InterceptorChain(List<Interceptor> interceptors, HttpTransport transport, AtomicBoolean closed, Scheduler scheduler) {
    this.interceptors = interceptors;
    this.transport = transport;
    this.closed = closed;
    this.scheduler = scheduler;
  }

  /**
   * Sends {@code request} of a blocking call down the chain; {@code observed} and {@code streaming} are
   * {@code null} unless the call has observers or streams its response.
   */
  HttpResponse proceed(HttpRequest request, @Nullable ObservedCall observed, @Nullable StreamingCall streaming) {
    SyncChain chain = observed == null && streaming == null
        ? new SyncChain(0, request)
        : new FullSyncChain(0, request, observed, streaming);
    return chain.proceed(request);
  }

  /** Sends {@code request} of {@code call} down the chain; never throws. */
  CompletableFuture<HttpResponse> proceedAsync(AsyncCall<?> call, HttpRequest request) {
    return new AsyncChainImpl(call, 0, request).proceed(request);
  }

  /** Fails with {@link ClientClosedException} once the runtime is closed. */
  void checkOpen(HttpRequest request) {
    if (closed.get()) {
      throw new ClientClosedException(request);
    }
  }

  /** The rest of the chain for a blocking call nobody observes and whose response is read whole. */
  private class SyncChain implements Interceptor.Chain, RetryEvents {
    private final int index;
    private final HttpRequest request;

    SyncChain(int index, HttpRequest request) {
      this.index = index;
      this.request = request;
    }

    /** The chain after this step's interceptor. */
    SyncChain next(int index, HttpRequest request) {
      return new SyncChain(index, request);
    }

    /** The exchange with the transport, after the last interceptor. */
    HttpResponse exchange(HttpRequest request) {
      return transport.execute(request);
    }

    @Override
    public HttpRequest request() {
      return request;
    }

    @Override
    public HttpResponse proceed(HttpRequest next) {
      Objects.requireNonNull(next, "an interceptor passed a null request to proceed()");
      checkOpen(next);
      if (index < interceptors.size()) {
        Interceptor interceptor = interceptors.get(index);
        HttpResponse response = interceptor.intercept(next(index + 1, next));
        if (response == null) {
          throw new IllegalStateException("interceptor " + interceptor.getClass().getName() + " returned null");
        }
        return response;
      }
      return exchange(next);
    }

    @Override
    public Scheduler scheduler() {
      return scheduler;
    }

    @Override
    public void retryScheduled(HttpRequest retry, Duration wait) {}
  }

  /**
   * The rest of the chain for a blocking call with observers, a streamed response, or both: its own class, so that
   * a call with neither allocates chain steps no larger than before observers existed.
   */
  private final class FullSyncChain extends SyncChain {
    /** Null when nobody observes the call. */
    private final @Nullable ObservedCall observed;
    /** Null unless the call streams its response. */
    private final @Nullable StreamingCall streaming;

    FullSyncChain(
        int index, HttpRequest request, @Nullable ObservedCall observed, @Nullable StreamingCall streaming) {
      super(index, request);
      this.observed = observed;
      this.streaming = streaming;
    }

    @Override
    SyncChain next(int index, HttpRequest request) {
      return new FullSyncChain(index, request, observed, streaming);
    }

    @Override
    HttpResponse exchange(HttpRequest request) {
      if (observed != null) {
        return observed.exchange(request, transport, streaming);
      }
      return streaming != null ? streaming.execute(transport, request) : super.exchange(request);
    }

    @Override
    public void retryScheduled(HttpRequest retry, Duration wait) {
      if (observed != null) {
        observed.retryScheduled(retry, wait);
      }
    }
  }

  private final class AsyncChainImpl implements Interceptor.AsyncChain, RetryEvents {
    private final AsyncCall<?> call;
    private final int index;
    private final HttpRequest request;

    AsyncChainImpl(AsyncCall<?> call, int index, HttpRequest request) {
      this.call = call;
      this.index = index;
      this.request = request;
    }

    @Override
    public HttpRequest request() {
      return request;
    }

    @Override
    public CompletableFuture<HttpResponse> proceed(HttpRequest next) {
      if (next == null) {
        return Futures.failed(
            new NullPointerException("an interceptor passed a null request to proceed()"));
      }
      if (closed.get()) {
        return Futures.failed(new ClientClosedException(next));
      }
      if (call.isCancelled()) {
        return AsyncCall.cancelled();
      }
      try {
        if (index < interceptors.size()) {
          Interceptor interceptor = interceptors.get(index);
          CompletableFuture<HttpResponse> future = interceptor.interceptAsync(new AsyncChainImpl(call, index + 1, next));
          if (future == null) {
            return Futures.failed(
                new IllegalStateException("interceptor " + interceptor.getClass().getName() + " returned a null future"));
          }
          return future;
        }
        ObservedCall observed = call.observed();
        StreamingCall streaming = call.streaming();
        if (observed != null) {
          return observed.exchangeAsync(next, transport, call, streaming);
        }
        return streaming == null
            ? call.track(transport.executeAsync(next))
            : streaming.executeAsync(call.track(transport.executeStreamingAsync(next)));
      } catch (RuntimeException e) {
        return Futures.failed(e);
      }
    }

    @Override
    public Scheduler scheduler() {
      return call.scheduler(scheduler);
    }

    @Override
    public boolean isCancelled() {
      return call.isCancelled();
    }

    @Override
    public void retryScheduled(HttpRequest retry, Duration wait) {
      ObservedCall observed = call.observed();
      if (observed != null) {
        observed.retryScheduled(retry, wait);
      }
    }
  }
}
