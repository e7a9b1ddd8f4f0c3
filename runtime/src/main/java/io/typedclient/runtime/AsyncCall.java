package io.typedclient.runtime;

import io.typedclient.runtime.internal.Futures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * One asynchronous call of a {@link ClientRuntime}: the future the caller holds, completed from the
 * interceptor chain's result, and the work in flight on its behalf (transport exchanges, scheduler waits), so
 * that cancelling the future stops that work instead of only forgetting its result.
 */
final class AsyncCall<T extends @Nullable Object> extends CompletableFuture<T> implements BiConsumer<HttpResponse, Throwable> {

  /** Turns the final response into the call's result: checks the status, decodes the body. */
  interface Finisher<T extends @Nullable Object> {
    T finish(HttpResponse response);
  }

  private final ClientRuntime runtime;
  private final HttpRequest request;
  private final Finisher<T> finisher;
  private final @Nullable ObservedCall observed;
  private final @Nullable StreamingCall streaming;
  private final long startNanos = System.nanoTime();

  // Guarded by this. Work is only added, never removed: a call makes a handful of attempts at most, and
  // cancelling work that has already finished does nothing.
  private @Nullable List<CompletableFuture<?>> inFlight;
  private boolean cancelling;

  AsyncCall(ClientRuntime runtime, HttpRequest request, Finisher<T> finisher, @Nullable ObservedCall observed,
      @Nullable StreamingCall streaming) {
    this.runtime = runtime;
    this.request = request;
    this.finisher = finisher;
    this.observed = observed;
    this.streaming = streaming;
  }

  /** The call as its observers see it, or {@code null} when nobody observes it. */
  @Nullable ObservedCall observed() {
    return observed;
  }

  /** What holds the call's streamed response, or {@code null} when the response is read whole. */
  @Nullable StreamingCall streaming() {
    return streaming;
  }

  /** A future already failed with the {@link CancellationException} that work started after a cancel gets. */
  static <R extends @Nullable Object> CompletableFuture<R> cancelled() {
    return Futures.failed(new CancellationException("the call was cancelled"));
  }

  /** The chain's result arrived. */
  @Override
  public void accept(HttpResponse response, Throwable failure) {
    Throwable cause = failure == null ? null : Futures.unwrap(failure);
    runtime.log(request, response, startNanos, cause);
    if (observed != null) {
      observed.responded(cause == null ? response : null);
    }
    if (cause != null) {
      ended(cause);
      completeExceptionally(cause);
      return;
    }
    T result;
    try {
      result = finisher.finish(response);
    } catch (RuntimeException e) {
      ended(e);
      completeExceptionally(e);
      return;
    }
    ended(null);
    complete(result);
  }

  /** Tells the observers how the call ended, before the caller learns it; a cancelled call ended cancelled. */
  private void ended(@Nullable Throwable failure) {
    if (observed != null) {
      observed.ended(isCancelled() ? new CancellationException("the call was cancelled") : failure);
    }
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    if (cancelled) {
      cancelInFlight();
    }
    return cancelled;
  }

  /** Remembers {@code work} so that a cancel reaches it; cancels it at once if the call is cancelled already. */
  <F extends CompletableFuture<?>> F track(F work) {
    boolean cancelNow;
    synchronized (this) {
      cancelNow = cancelling;
      if (!cancelNow) {
        if (inFlight == null) {
          inFlight = new ArrayList<>(2);
        }
        inFlight.add(work);
      }
    }
    if (cancelNow) {
      work.cancel(true);
    }
    return work;
  }

  private void cancelInFlight() {
    List<CompletableFuture<?>> work;
    synchronized (this) {
      cancelling = true;
      work = inFlight;
      inFlight = null;
    }
    if (work != null) {
      for (CompletableFuture<?> future : work) {
        future.cancel(true);
      }
    }
  }

  /** {@code scheduler}, with every wait it starts for this call cancelled when the call is. */
  Scheduler scheduler(Scheduler scheduler) {
    return new Scheduler() {
      @Override
      public Instant now() {
        return scheduler.now();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        scheduler.sleep(duration);
      }

      @Override
      public CompletableFuture<@Nullable Void> delay(Duration duration) {
        if (isCancelled()) {
          return cancelled();
        }
        CompletableFuture<@Nullable Void> wait = scheduler.delay(duration);
        return track(wait);
      }

      @Override
      public String toString() {
        return scheduler.toString();
      }
    };
  }
}
