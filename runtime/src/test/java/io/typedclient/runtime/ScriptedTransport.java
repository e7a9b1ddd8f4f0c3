package io.typedclient.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A transport that plays a script: each exchange gets the next step's response or exception, at once, blocking
 * or asynchronous alike. Records every request it is handed; {@link #unreachable()} fails the test if any comes.
 */
final class ScriptedTransport implements HttpTransport {
  private final Deque<Function<HttpRequest, Object>> steps = new ArrayDeque<>();
  private final List<HttpRequest> received = Collections.synchronizedList(new ArrayList<>());
  private final boolean reachable;

  private ScriptedTransport(boolean reachable) {
    this.reachable = reachable;
  }

  static ScriptedTransport create() {
    return new ScriptedTransport(true);
  }

  /** A transport no call may reach: {@link #execute} throws {@link AssertionError}. */
  static ScriptedTransport unreachable() {
    return new ScriptedTransport(false);
  }

  /** Answers the next exchange with {@code status}, {@code body} and these headers. */
  synchronized ScriptedTransport respond(int status, String body, String... headers) {
    steps.add(request -> HttpResponse.of(request, status, HttpHeaders.of(headers), body.getBytes(UTF_8)));
    return this;
  }

  /** Fails the next exchange as a refused connection does. */
  synchronized ScriptedTransport refuse() {
    steps.add(request -> TransportException.of(request, new java.net.ConnectException("Connection refused")));
    return this;
  }

  List<HttpRequest> received() {
    return new ArrayList<>(received);
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    if (!reachable) {
      throw new AssertionError("the transport was called for " + request);
    }
    received.add(request);
    Function<HttpRequest, Object> step;
    synchronized (this) {
      step = steps.poll();
    }
    if (step == null) {
      throw new AssertionError("no step left for " + request);
    }
    Object outcome = step.apply(request);
    if (outcome instanceof RuntimeException) {
      throw (RuntimeException) outcome;
    }
    return (HttpResponse) outcome;
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    try {
      return CompletableFuture.completedFuture(execute(request));
    } catch (RuntimeException e) {
      CompletableFuture<HttpResponse> failed = new CompletableFuture<>();
      failed.completeExceptionally(e);
      return failed;
    }
  }

  @Override
  public void close() {}
}
