package io.typedclient.okta;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.Interceptor;
import io.typedclient.runtime.Scheduler;
import io.typedclient.runtime.TransportException;
import io.typedclient.runtime.internal.DebugLog;
import io.typedclient.runtime.internal.Futures;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Retries Okta calls by {@link RetryPolicy}'s rules. Each retry carries {@code X-Okta-Retry-Count: <n>} and,
 * once any response carried one, {@code X-Okta-Retry-For: <the first X-Okta-Request-Id>}, so Okta can tie the
 * attempts together.
 *
 * <p>Blocking calls wait with {@link Scheduler#sleep}; asynchronous calls with {@link Scheduler#delay}, which
 * holds no thread. Cancelling an asynchronous call cancels the attempt or wait in progress and starts no other.
 * An interrupted blocking wait stops retrying, keeps the interrupt, and hands the last outcome to the caller.
 *
 * <p>Placed before the authentication interceptor, so every attempt asks for the token again.
 */
final class RetryInterceptor implements Interceptor {
  static final String RETRY_COUNT = "X-Okta-Retry-Count";
  static final String RETRY_FOR = "X-Okta-Retry-For";
  static final String REQUEST_ID = "X-Okta-Request-Id";

  private static final DebugLog LOG = DebugLog.named("io.typedclient.okta");

  private final RetryPolicy policy;

  RetryInterceptor(RetryPolicy policy) {
    this.policy = policy;
  }

  @Override
  public HttpResponse intercept(Chain chain) {
    Scheduler scheduler = chain.scheduler();
    HttpRequest original = chain.request();
    HttpRequest request = original;
    Instant start = scheduler.now();
    String firstRequestId = null;
    for (int retries = 0; ; retries++) {
      HttpResponse response = null;
      TransportException failure = null;
      try {
        response = chain.proceed(request);
      } catch (TransportException e) {
        failure = e;
      }
      if (!RetryPolicy.mayRetry(response) || Thread.currentThread().isInterrupted()) {
        // Not retryable; or someone wants this thread back (the transport reports an interrupted wait as a
        // TransportException).
        return outcome(response, failure);
      }
      if (firstRequestId == null && response != null) {
        firstRequestId = usableRequestId(response);
      }
      Duration wait = policy.delayBeforeRetry(request, response, failure, retries, start, scheduler.now());
      if (wait == null) {
        return outcome(response, failure);
      }
      logRetry(request, response, failure, wait, retries + 1);
      try {
        scheduler.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return outcome(response, failure);
      }
      request = retryOf(original, retries + 1, firstRequestId);
    }
  }

  @Override
  public CompletableFuture<HttpResponse> interceptAsync(AsyncChain chain) {
    AsyncRetries retries = new AsyncRetries(chain);
    retries.attempt(chain.request(), 0);
    return retries.result;
  }

  /** The state of one asynchronous call: its result, and the attempt or wait in progress. */
  private final class AsyncRetries {
    final CompletableFuture<HttpResponse> result = new CompletableFuture<>();
    private final AsyncChain chain;
    private final Instant start;
    private final AtomicReference<CompletableFuture<?>> inProgress = new AtomicReference<>();
    private volatile String firstRequestId;

    AsyncRetries(AsyncChain chain) {
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

    void attempt(HttpRequest request, int retries) {
      if (result.isDone()) {
        return;
      }
      CompletableFuture<HttpResponse> call;
      try {
        call = chain.proceed(request);
      } catch (RuntimeException | Error e) {
        // An async chain must not throw; if a part of it does, the call still ends instead of hanging.
        call = new CompletableFuture<>();
        call.completeExceptionally(e);
      }
      if (!track(call)) {
        return;
      }
      call.whenComplete((response, failure) -> {
        try {
          onOutcome(request, retries, response, Futures.unwrap(failure));
        } catch (RuntimeException | Error e) {
          result.completeExceptionally(e);
        }
      });
    }

    private void onOutcome(HttpRequest request, int retries, HttpResponse response, Throwable failure) {
      if (result.isDone()) {
        return;
      }
      if (failure != null && !(failure instanceof TransportException)) {
        result.completeExceptionally(failure);
        return;
      }
      if (!RetryPolicy.mayRetry(response)) {
        complete(response, null);
        return;
      }
      if (firstRequestId == null && response != null) {
        firstRequestId = usableRequestId(response);
      }
      Scheduler scheduler = chain.scheduler();
      Duration wait = policy.delayBeforeRetry(request, response, failure, retries, start, scheduler.now());
      if (wait == null) {
        complete(response, failure);
        return;
      }
      logRetry(request, response, failure, wait, retries + 1);
      CompletableFuture<Void> delay = scheduler.delay(wait);
      if (!track(delay)) {
        return;
      }
      delay.whenComplete((ignored, waitFailure) -> {
        try {
          if (waitFailure != null) {
            // The wait was cancelled or failed: the call ends with what the last attempt gave.
            complete(response, failure);
          } else {
            attempt(retryOf(chain.request(), retries + 1, firstRequestId), retries + 1);
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

    private void complete(HttpResponse response, Throwable failure) {
      if (failure != null) {
        result.completeExceptionally(failure);
      } else {
        result.complete(response);
      }
    }
  }

  /** The request for retry {@code count} of {@code original}. */
  static HttpRequest retryOf(HttpRequest original, int count, String firstRequestId) {
    HttpRequest.Builder retry = original.toBuilder().header(RETRY_COUNT, Integer.toString(count));
    if (firstRequestId != null) {
      retry.header(RETRY_FOR, firstRequestId);
    }
    return retry.build();
  }

  /**
   * The response's {@code X-Okta-Request-Id} if it is safe to send back in a header (a short printable token),
   * otherwise {@code null}.
   */
  static String usableRequestId(HttpResponse response) {
    String id = response.header(REQUEST_ID);
    if (id == null || id.isEmpty() || id.length() > 200) {
      return null;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        return null;
      }
    }
    return id;
  }

  private static HttpResponse outcome(HttpResponse response, TransportException failure) {
    if (failure != null) {
      throw failure;
    }
    return response;
  }

  private static void logRetry(HttpRequest request, HttpResponse response, Throwable failure, Duration wait, int n) {
    if (LOG.isEnabled()) {
      String reason = response != null ? "HTTP " + response.status() : failure.getClass().getSimpleName();
      // The request prints its path template and operation: never ids, tokens or header values.
      LOG.log(request + " got " + reason + "; retry " + n + " in " + wait.toMillis() + " ms");
    }
  }

  @Override
  public String toString() {
    return "RetryInterceptor{" + policy + "}";
  }
}
