package io.typedclient.runtime;

import io.typedclient.runtime.internal.DebugLog;
import io.typedclient.runtime.internal.Futures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One call as its {@link CallObserver}s see it: the listeners they returned, and what the events need to know
 * (the attempts made, the resends of each request and the wait before the next, the last status). The runtime
 * makes one per call only when the configuration has observers, so a client without them runs none of this.
 *
 * <p>Every listener is called inside its own {@code try}: what it throws is dropped and logged by type, linkage
 * errors included (an observer built against a newer library than the one on the class path).
 */
final class ObservedCall {
  private static final DebugLog LOG = DebugLog.named("io.typedclient");

  private final CallListener[] listeners;
  private final ObservedRequest request;
  private final @Nullable RateLimitReader rateLimitReader;
  private final long startNanos;

  // Guarded by this. A call's steps never overlap, but an asynchronous call's run on different threads.
  // Most calls send one request (retries included): the first is a field, a list is made for a second.
  private @Nullable Sent firstSent;
  private @Nullable List<Sent> moreSent;
  private int attempts;
  private int status;
  private boolean ended;

  /** One distinct request of the call (by its {@link Invocation}): how often it was sent, and the next wait. */
  private static final class Sent {
    final Invocation invocation;
    int count;
    Duration waitBeforeNext = Duration.ZERO;

    Sent(Invocation invocation) {
      this.invocation = invocation;
    }

    boolean sends(Invocation other) {
      return invocation == other || invocation.equals(other);
    }
  }

  private ObservedCall(CallListener[] listeners, ObservedRequest request, @Nullable RateLimitReader rateLimitReader,
      long startNanos) {
    this.listeners = listeners;
    this.request = request;
    this.rateLimitReader = rateLimitReader;
    this.startNanos = startNanos;
  }

  /**
   * Tells {@code config}'s observers that a call of {@code request} starts; {@code null} when it has none, or when
   * none of them wants the call.
   */
  static @Nullable ObservedCall start(ClientConfig config, HttpRequest request) {
    List<CallObserver> observers = config.observers();
    if (observers.isEmpty()) {
      return null;
    }
    long startNanos = System.nanoTime();
    ObservedRequest observed = ObservedRequest.of(request);
    // By index and with the array made on the first listener: an observer that skips the call (OpenTelemetry's
    // no-op) then costs the call no more than the ObservedRequest it was shown.
    CallListener @Nullable [] listeners = null;
    int count = 0;
    for (int i = 0; i < observers.size(); i++) {
      CallObserver observer = observers.get(i);
      @Nullable CallListener listener;
      try {
        listener = observer.callStarted(observed);
      } catch (RuntimeException | LinkageError e) {
        dropped(observer, "callStarted", e);
        continue;
      }
      if (listener != null && listener != NoListener.INSTANCE) {
        if (listeners == null) {
          listeners = new CallListener[observers.size() - i];
        }
        listeners[count++] = listener;
      }
    }
    if (listeners == null) {
      return null;
    }
    return new ObservedCall(count == listeners.length ? listeners : Arrays.copyOf(listeners, count), observed,
        config.rateLimitReader(), startNanos);
  }

  /**
   * Sends {@code request} through {@code transport} as one attempt, told to the listeners; through
   * {@code streaming} when it is not {@code null} (the attempt ends when the response's headers are in).
   */
  HttpResponse exchange(HttpRequest request, HttpTransport transport, @Nullable StreamingCall streaming) {
    long startNanos = System.nanoTime();
    AttemptStart start = attemptStarted(request);
    HttpRequest sent = withHeaders(start, request);
    HttpResponse response;
    try {
      response = streaming == null ? transport.execute(sent) : streaming.execute(transport, sent);
    } catch (RuntimeException e) {
      attemptEnded(start, null, e, startNanos);
      throw e;
    }
    attemptEnded(start, response, null, startNanos);
    return response;
  }

  /**
   * {@link #exchange} for an asynchronous call: the attempt's end is told before anything composed on the returned
   * future runs (the retry loop's decision among them). Cancelling the returned future cancels the exchange.
   */
  CompletableFuture<HttpResponse> exchangeAsync(
      HttpRequest request, HttpTransport transport, AsyncCall<?> call, @Nullable StreamingCall streaming) {
    long startNanos = System.nanoTime();
    AttemptStart start = attemptStarted(request);
    HttpRequest sent = withHeaders(start, request);
    CompletableFuture<HttpResponse> exchange;
    try {
      exchange = streaming == null
          ? transport.executeAsync(sent)
          : streaming.executeAsync(call.track(transport.executeStreamingAsync(sent)));
      if (exchange == null) {
        throw new IllegalStateException(transport.getClass().getName() + ".executeAsync returned null");
      }
    } catch (RuntimeException e) {
      attemptEnded(start, null, e, startNanos);
      return Futures.failed(e);
    }
    call.track(exchange);
    ObservedExchange observed = new ObservedExchange(exchange);
    exchange.whenComplete((response, failure) -> {
      Throwable cause = failure == null ? null : Futures.unwrap(failure);
      attemptEnded(start, cause == null ? response : null, cause, startNanos);
      if (cause != null) {
        observed.completeExceptionally(cause);
      } else {
        observed.complete(response);
      }
    });
    return observed;
  }

  /** An asynchronous attempt as the chain sees it: completes after the listeners heard of it. */
  private static final class ObservedExchange extends CompletableFuture<HttpResponse> {
    private final CompletableFuture<HttpResponse> exchange;

    ObservedExchange(CompletableFuture<HttpResponse> exchange) {
      this.exchange = exchange;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      exchange.cancel(mayInterruptIfRunning);
      return cancelled;
    }
  }

  /** The retry loop will send {@code request} again after {@code wait}: the next attempt's wait before. */
  synchronized void retryScheduled(HttpRequest request, Duration wait) {
    sentOf(request.invocation()).waitBeforeNext = wait;
  }

  /** The response the chain ended with, whatever happens to it next (an error mapper, decoding). */
  synchronized void responded(@Nullable HttpResponse response) {
    status = response == null ? 0 : response.status();
  }

  /** The call ended, with {@code failure} or ({@code null}) successfully; told once. */
  void ended(@Nullable Throwable failure) {
    CallEnd event;
    synchronized (this) {
      if (ended) {
        return;
      }
      ended = true;
      event = new CallEnd(request, status, failure, attempts, System.nanoTime() - startNanos);
    }
    for (CallListener listener : listeners) {
      try {
        listener.callEnded(event);
      } catch (RuntimeException | LinkageError e) {
        dropped(listener, "callEnded", e);
      }
    }
  }

  private AttemptStart attemptStarted(HttpRequest request) {
    int resendCount;
    Duration waitBefore;
    synchronized (this) {
      Sent sent = sentOf(request.invocation());
      resendCount = sent.count++;
      waitBefore = sent.waitBeforeNext;
      sent.waitBeforeNext = Duration.ZERO;
      attempts++;
    }
    ObservedRequest observed = this.request.describes(request) ? this.request : ObservedRequest.of(request);
    AttemptStart start = new AttemptStart(observed, resendCount, waitBefore, Math.max(0, request.bodyLength()));
    for (CallListener listener : listeners) {
      int mark = start.headerMark();
      try {
        listener.attemptStarted(start);
      } catch (RuntimeException | LinkageError e) {
        start.resetHeaders(mark);
        dropped(listener, "attemptStarted", e);
      }
    }
    return start;
  }

  private static HttpRequest withHeaders(AttemptStart start, HttpRequest request) {
    try {
      return start.close(request);
    } catch (RuntimeException e) {
      // Each header was checked when it was set; if the request still refuses one, it goes out without them.
      return request;
    }
  }

  private void attemptEnded(
      AttemptStart start, @Nullable HttpResponse response, @Nullable Throwable failure, long startNanos) {
    AttemptEnd event = new AttemptEnd(start, response, failure, System.nanoTime() - startNanos, rateLimitReader);
    for (CallListener listener : listeners) {
      try {
        listener.attemptEnded(event);
      } catch (RuntimeException | LinkageError e) {
        dropped(listener, "attemptEnded", e);
      }
    }
  }

  private Sent sentOf(Invocation invocation) {
    Sent first = firstSent;
    if (first == null) {
      first = new Sent(invocation);
      firstSent = first;
      return first;
    }
    if (first.sends(invocation)) {
      return first;
    }
    List<Sent> more = moreSent;
    if (more == null) {
      more = new ArrayList<>(2);
      moreSent = more;
    }
    for (int i = 0; i < more.size(); i++) {
      if (more.get(i).sends(invocation)) {
        return more.get(i);
      }
    }
    Sent added = new Sent(invocation);
    more.add(added);
    return added;
  }

  private static void dropped(Object observer, String event, Throwable e) {
    if (LOG.isEnabled()) {
      // The type only: an observer's message could quote anything it was looking at.
      LOG.log("call observer " + observer.getClass().getName() + " threw " + e.getClass().getName() + " from "
          + event + "; dropped");
    }
  }
}
