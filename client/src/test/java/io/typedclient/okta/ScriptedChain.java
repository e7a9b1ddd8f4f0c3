package io.typedclient.okta;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.Interceptor;
import io.typedclient.runtime.Scheduler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The rest of an interceptor chain, played from a script: each attempt gets the next step's response or
 * exception. Records every request it is handed. Serves both the blocking and the non-blocking chain.
 */
final class ScriptedChain implements Interceptor.Chain {
  private final HttpRequest first;
  private final Scheduler scheduler;
  private final List<Step> steps;
  private final List<HttpRequest> sent = Collections.synchronizedList(new ArrayList<>());
  /** When set, async attempts return this future instead of playing the script (to test cancellation). */
  private CompletableFuture<HttpResponse> hangingAttempt;

  /** One attempt's outcome: an {@link HttpResponse} to return or a {@link RuntimeException} to throw. */
  interface Step {
    Object apply(HttpRequest request);
  }

  ScriptedChain(HttpRequest first, Scheduler scheduler, Step... steps) {
    this.first = first;
    this.scheduler = scheduler;
    this.steps = new ArrayList<>(List.of(steps));
  }

  /** A step answering {@code status} with these headers. */
  static Step status(int status, String... headers) {
    return request -> TestRequests.response(request, status, "", headers);
  }

  /** A step failing with {@code failure}. */
  static Step fail(Function<HttpRequest, RuntimeException> failure) {
    return failure::apply;
  }

  void hangNextAttempts(CompletableFuture<HttpResponse> future) {
    this.hangingAttempt = future;
  }

  List<HttpRequest> sent() {
    return new ArrayList<>(sent);
  }

  @Override
  public HttpRequest request() {
    return first;
  }

  @Override
  public HttpResponse proceed(HttpRequest request) {
    Object outcome = next(request);
    if (outcome instanceof RuntimeException) {
      throw (RuntimeException) outcome;
    }
    return (HttpResponse) outcome;
  }

  @Override
  public Scheduler scheduler() {
    return scheduler;
  }

  CompletableFuture<HttpResponse> proceedAsync(HttpRequest request) {
    if (hangingAttempt != null) {
      sent.add(request);
      return hangingAttempt;
    }
    Object outcome = next(request);
    return outcome instanceof RuntimeException
        ? CompletableFuture.failedFuture((RuntimeException) outcome)
        : CompletableFuture.completedFuture((HttpResponse) outcome);
  }

  private Object next(HttpRequest request) {
    sent.add(request);
    if (steps.isEmpty()) {
      throw new AssertionError("attempt " + sent.size() + " was not expected: " + request);
    }
    return steps.remove(0).apply(request);
  }

  /** This chain seen as the non-blocking one. */
  Interceptor.AsyncChain async() {
    ScriptedChain self = this;
    return new Interceptor.AsyncChain() {
      @Override
      public HttpRequest request() {
        return first;
      }

      @Override
      public CompletableFuture<HttpResponse> proceed(HttpRequest request) {
        return self.proceedAsync(request);
      }

      @Override
      public Scheduler scheduler() {
        return scheduler;
      }
    };
  }
}
