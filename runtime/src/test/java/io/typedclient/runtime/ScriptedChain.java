package io.typedclient.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The rest of an interceptor chain, played from a script: each attempt gets the next step's response or
 * exception. Records every request it is handed; serves the blocking and the non-blocking chain alike.
 */
final class ScriptedChain implements Interceptor.Chain {
  private final HttpRequest first;
  private final Scheduler scheduler;
  private final List<Function<HttpRequest, Object>> steps;
  private final List<HttpRequest> sent = Collections.synchronizedList(new ArrayList<>());
  private CompletableFuture<HttpResponse> hanging;

  @SafeVarargs
  ScriptedChain(HttpRequest first, Scheduler scheduler, Function<HttpRequest, Object>... steps) {
    this.first = first;
    this.scheduler = scheduler;
    this.steps = new ArrayList<>(List.of(steps));
  }

  /** A step answering {@code status} with these headers. */
  static Function<HttpRequest, Object> status(int status, String... headers) {
    return request -> Retries.response(request, status, headers);
  }

  /** A step failing as a refused connection does. */
  static Function<HttpRequest, Object> refused() {
    return request -> TransportException.of(request, new java.net.ConnectException("Connection refused"));
  }

  /** Asynchronous attempts from now on return {@code future} instead of playing the script. */
  void hang(CompletableFuture<HttpResponse> future) {
    this.hanging = future;
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

  private Object next(HttpRequest request) {
    sent.add(request);
    if (steps.isEmpty()) {
      throw new AssertionError("attempt " + sent.size() + " was not expected: " + request);
    }
    return steps.remove(0).apply(request);
  }

  /** This chain as the non-blocking one. */
  Interceptor.AsyncChain async() {
    return new Interceptor.AsyncChain() {
      @Override
      public HttpRequest request() {
        return first;
      }

      @Override
      public CompletableFuture<HttpResponse> proceed(HttpRequest request) {
        if (hanging != null) {
          sent.add(request);
          return hanging;
        }
        Object outcome = next(request);
        CompletableFuture<HttpResponse> future = new CompletableFuture<>();
        if (outcome instanceof RuntimeException) {
          future.completeExceptionally((RuntimeException) outcome);
        } else {
          future.complete((HttpResponse) outcome);
        }
        return future;
      }

      @Override
      public Scheduler scheduler() {
        return scheduler;
      }
    };
  }
}
