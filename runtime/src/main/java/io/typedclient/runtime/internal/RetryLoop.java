package io.typedclient.runtime.internal;

import io.typedclient.runtime.Attempt;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.Interceptor;
import io.typedclient.runtime.RetryPolicy;
import io.typedclient.runtime.Scheduler;
import io.typedclient.runtime.TransportException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The one retry loop of every client: makes a call's attempts through the rest of the chain and waits between
 * them as its {@link RetryPolicy} decides. {@code ClientRuntime} puts one first in its chain when the
 * {@code ClientConfig} has a retry policy, so every attempt passes through every interceptor (an authentication
 * interceptor is asked for its token again on each); the Okta client places its own between its user agent and
 * its authentication. Not API: for typedclient's own modules.
 *
 * <p>Blocking calls wait with {@link Scheduler#sleep}; an interrupted wait, or an attempt that left the thread
 * interrupted, stops the retries, keeps the interrupt and hands the last outcome to the caller. Asynchronous calls
 * are {@link AsyncRetries}, which waits with {@link Scheduler#delay} and holds no thread.
 *
 * <p>Each call goes through the same three steps, in both forms: the attempt (each {@code chain.proceed}), the
 * decision ({@link #decide}), and the wait before the next attempt ({@link #retrying}, which knows the retry
 * number and the wait, and tells the call's observers through the chain's {@link RetryEvents}; the runtime itself
 * reports each attempt where it reaches the transport).
 */
public final class RetryLoop implements Interceptor {
  private final RetryPolicy policy;
  private final DebugLog log;

  /** A loop that retries as {@code policy} decides, logging each retry to the runtime's {@code io.typedclient}. */
  public RetryLoop(RetryPolicy policy) {
    this(policy, DebugLog.named("io.typedclient"));
  }

  /** A loop that retries as {@code policy} decides, logging each retry to {@code log}. */
  public RetryLoop(RetryPolicy policy, DebugLog log) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.log = Objects.requireNonNull(log, "log");
  }

  /** The policy it follows. */
  public RetryPolicy policy() {
    return policy;
  }

  @Override
  public HttpResponse intercept(Chain chain) {
    Scheduler scheduler = chain.scheduler();
    HttpRequest original = chain.request();
    HttpRequest request = original;
    Instant start = scheduler.now();
    for (int retries = 0; ; retries++) {
      HttpResponse response = null;
      TransportException failure = null;
      try {
        response = chain.proceed(request);
      } catch (TransportException e) {
        failure = e;
      }
      // Someone wants this thread back: the transport reports an interrupted exchange as a TransportException.
      if (isFinal(response) || Thread.currentThread().isInterrupted()) {
        return outcome(response, failure);
      }
      Attempt attempt = attempt(request, response, failure, retries, start, scheduler.now());
      Duration wait = decide(attempt);
      if (wait == null) {
        return outcome(response, failure);
      }
      HttpRequest next = retryRequest(original, attempt);
      retrying(chain, attempt, wait);
      try {
        scheduler.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return outcome(response, failure);
      }
      request = next;
    }
  }

  @Override
  public CompletableFuture<HttpResponse> interceptAsync(AsyncChain chain) {
    return new AsyncRetries(this, chain).start();
  }

  /**
   * Whether {@code response} goes to the caller without asking the policy: a 2xx, or a status the policy never
   * retries. Checked first, so that such a call reads no clock and builds no {@link Attempt}.
   */
  boolean isFinal(@Nullable HttpResponse response) {
    return response != null && (response.isSuccessful() || !policy.retryableStatus(response.status()));
  }

  static Attempt attempt(HttpRequest request, @Nullable HttpResponse response, @Nullable TransportException failure, int retries,
      Instant start, Instant now) {
    return response != null
        ? Attempt.responded(request, response, retries, start, now)
        : Attempt.failed(request, Objects.requireNonNull(failure, "failure"), retries, start, now);
  }

  /** The policy's wait after {@code attempt}, or {@code null} to stop; a negative wait counts as none. */
  @Nullable Duration decide(Attempt attempt) {
    Duration wait = policy.delayBeforeRetry(attempt);
    return wait != null && wait.isNegative() ? Duration.ZERO : wait;
  }

  HttpRequest retryRequest(HttpRequest original, Attempt previous) {
    HttpRequest next = policy.retryRequest(original, previous);
    if (next == null) {
      throw new IllegalStateException(policy.getClass().getName() + ".retryRequest returned null");
    }
    return next;
  }

  /**
   * Retry {@code attempt.retryCount() + 1} starts after {@code wait}: logged, and told to the call's observers
   * through {@code chain} (the next attempt's {@code AttemptStart.waitBefore()}).
   */
  void retrying(Object chain, Attempt attempt, Duration wait) {
    RetryEvents.retryScheduled(chain, attempt.request(), wait);
    if (log.isEnabled()) {
      HttpResponse response = attempt.response();
      TransportException failure = attempt.failure();
      String reason = response != null ? "HTTP " + response.status()
          : failure != null ? failure.getClass().getSimpleName() : "nothing";
      // The request prints its path template and operation: never ids, tokens or header values.
      log.log(attempt.request() + " got " + reason + "; retry " + (attempt.retryCount() + 1) + " in "
          + wait.toMillis() + " ms");
    }
  }

  private static HttpResponse outcome(@Nullable HttpResponse response, @Nullable TransportException failure) {
    if (failure != null) {
      throw failure;
    }
    return Objects.requireNonNull(response, "response");
  }

  @Override
  public String toString() {
    return "RetryLoop{" + policy + "}";
  }
}
