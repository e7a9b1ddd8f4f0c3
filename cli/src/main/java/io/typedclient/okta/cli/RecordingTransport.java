package io.typedclient.okta.cli;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.internal.Futures;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Hands every request to the real transport and reports each attempt as a {@link RecordedExchange}. It sits below
 * the client's interceptors, so it sees what went on the wire: the authorization the client added, each retry, the
 * response before it became a value or an exception.
 */
final class RecordingTransport implements HttpTransport {
  private final HttpTransport delegate;
  private final Consumer<RecordedExchange> listener;

  /** Reports to {@code listener}, which may be called from any thread; closing closes {@code delegate}. */
  RecordingTransport(HttpTransport delegate, Consumer<RecordedExchange> listener) {
    this.delegate = delegate;
    this.listener = listener;
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    long start = System.nanoTime();
    HttpResponse response;
    try {
      response = delegate.execute(request);
    } catch (RuntimeException e) {
      listener.accept(RecordedExchange.of(request, start, System.nanoTime(), null, e));
      throw e;
    }
    listener.accept(RecordedExchange.of(request, start, System.nanoTime(), response, null));
    return response;
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    long start = System.nanoTime();
    CompletableFuture<HttpResponse> exchange = delegate.executeAsync(request);
    CompletableFuture<HttpResponse> observed = exchange.whenComplete((response, failure) ->
        listener.accept(RecordedExchange.of(request, start, System.nanoTime(), response, Futures.unwrap(failure))));
    // Cancelling what the caller holds must still abandon the exchange, as the transport contract says.
    observed.whenComplete((response, failure) -> {
      if (failure instanceof CancellationException) {
        exchange.cancel(true);
      }
    });
    return observed;
  }

  @Override
  public void close() {
    delegate.close();
  }

  @Override
  public String toString() {
    return "RecordingTransport{" + delegate + "}";
  }
}
