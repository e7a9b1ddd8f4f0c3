package io.typedclient.runtime.internal;

import io.typedclient.runtime.Attempt;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.Interceptor;
import io.typedclient.runtime.Scheduler;
import io.typedclient.runtime.TransportException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * One asynchronous call of a {@link RetryLoop}: its result, and the attempt or wait in progress. Each attempt's
 * outcome either completes the result or starts a {@link Scheduler#delay}, whose end starts the next attempt: no
 * thread is held in between. Cancelling the result cancels the attempt or wait in progress and starts no other; a
 * wait that ends anyway (a timer that could not be cancelled in time) finds the result done and stops.
 */
final class AsyncRetries {
  private final CompletableFuture<HttpResponse> result = new CompletableFuture<>();
  private final RetryLoop loop;
  private final Interceptor.AsyncChain chain;
  private final Instant start;
  private final AtomicReference<CompletableFuture<?>> inProgress = new AtomicReference<>();

  AsyncRetries(RetryLoop loop, Interceptor.AsyncChain chain) {
    this.loop = loop;
    this.chain = chain;
    this.start = chain.scheduler().now();
    result.whenComplete((response, failure) -> {
      if (result.isCancelled()) {
        CompletableFuture<?> pending = inProgress.get();
        if (pending != null) {
          pending.cancel(true);
        }
      }
    });
  }

  CompletableFuture<HttpResponse> start() {
    attempt(chain.request(), 0);
    return result;
  }

  private void attempt(HttpRequest request, int retries) {
    if (result.isDone()) {
      return;
    }
    CompletableFuture<HttpResponse> call;
    try {
      call = chain.proceed(request);
    } catch (RuntimeException | Error e) {
      // An async chain must not throw; if a part of it does, the call still ends instead of hanging.
      call = Futures.failed(e);
    }
    if (!track(call)) {
      return;
    }
    call.whenComplete((response, failure) -> {
      try {
        onOutcome(request, retries, response, failure == null ? null : Futures.unwrap(failure));
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    });
  }

  private void onOutcome(HttpRequest request, int retries, @Nullable HttpResponse response, @Nullable Throwable failure) {
    if (result.isDone()) {
      return;
    }
    if (failure != null && !(failure instanceof TransportException)) {
      result.completeExceptionally(failure);
      return;
    }
    if (response == null && failure == null) {
      result.completeExceptionally(new IllegalStateException("the rest of the chain completed without a response"));
      return;
    }
    if (loop.isFinal(response)) {
      result.complete(response);
      return;
    }
    Scheduler scheduler = chain.scheduler();
    Attempt attempt =
        RetryLoop.attempt(request, response, (TransportException) failure, retries, start, scheduler.now());
    Duration wait = loop.decide(attempt);
    if (wait == null) {
      complete(response, failure);
      return;
    }
    HttpRequest next = loop.retryRequest(chain.request(), attempt);
    loop.retrying(chain, attempt, wait);
    CompletableFuture<@Nullable Void> delay = scheduler.delay(wait);
    if (!track(delay)) {
      return;
    }
    delay.whenComplete((ignored, waitFailure) -> {
      try {
        if (waitFailure != null) {
          // The wait was cancelled or failed: the call ends with what the last attempt gave.
          complete(response, failure);
        } else {
          attempt(next, retries + 1);
        }
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    });
  }

  /** Records {@code future} as the work in progress; cancels it and returns false if the call already ended. */
  private boolean track(CompletableFuture<?> future) {
    inProgress.set(future);
    if (result.isDone()) {
      future.cancel(true);
      return false;
    }
    return true;
  }

  private void complete(@Nullable HttpResponse response, @Nullable Throwable failure) {
    if (failure != null) {
      result.completeExceptionally(failure);
    } else {
      result.complete(response);
    }
  }
}
