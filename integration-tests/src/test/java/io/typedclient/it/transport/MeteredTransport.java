package io.typedclient.it.transport;

import io.typedclient.runtime.HttpHeaders;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.RestrictedHeaders;
import io.typedclient.runtime.StreamingResponse;
import io.typedclient.runtime.UrlConnectionTransport;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A transport written outside typedclient's packages, as a user would write one: it counts the exchanges it
 * starts (for metrics) and sends them through a {@link UrlConnectionTransport}. It uses only public API, the
 * restricted-header check included; {@link MeteredTransportConformanceTest} holds it to the transport contract.
 */
final class MeteredTransport implements HttpTransport {
  private final HttpTransport delegate;
  private final AtomicLong started = new AtomicLong();

  MeteredTransport(Duration connectTimeout) {
    this(UrlConnectionTransport.builder().connectTimeout(connectTimeout));
  }

  /** Over a transport from {@code delegate}, which may carry a proxy and TLS configuration. */
  MeteredTransport(UrlConnectionTransport.Builder delegate) {
    this.delegate = delegate.build();
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    refuseRestrictedHeaders(request);
    started.incrementAndGet();
    return delegate.execute(request);
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    try {
      refuseRestrictedHeaders(request);
    } catch (RuntimeException e) {
      CompletableFuture<HttpResponse> refused = new CompletableFuture<>();
      refused.completeExceptionally(e);
      return refused;
    }
    started.incrementAndGet();
    return delegate.executeAsync(request);
  }

  @Override
  public StreamingResponse executeStreaming(HttpRequest request) {
    refuseRestrictedHeaders(request);
    started.incrementAndGet();
    return delegate.executeStreaming(request);
  }

  @Override
  public CompletableFuture<StreamingResponse> executeStreamingAsync(HttpRequest request) {
    try {
      refuseRestrictedHeaders(request);
    } catch (RuntimeException e) {
      CompletableFuture<StreamingResponse> refused = new CompletableFuture<>();
      refused.completeExceptionally(e);
      return refused;
    }
    started.incrementAndGet();
    return delegate.executeStreamingAsync(request);
  }

  /** Exchanges handed to the network so far; a request refused before sending is not one. */
  long started() {
    return started.get();
  }

  @Override
  public void close() {
    delegate.close();
  }

  private static void refuseRestrictedHeaders(HttpRequest request) {
    HttpHeaders headers = request.headers();
    for (int i = 0; i < headers.size(); i++) {
      RestrictedHeaders.check(headers.name(i));
    }
  }
}
