package io.typedclient.it.json;

import io.typedclient.runtime.HttpHeaders;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpTransport;
import java.util.concurrent.CompletableFuture;

/**
 * A transport that answers every request with 200 and the body it was last given, and remembers the last
 * request: the decoding path of a client without a network.
 */
final class CannedTransport implements HttpTransport {
  private volatile byte[] body = new byte[0];
  private volatile HttpRequest lastRequest;

  void respondWith(byte[] body) {
    this.body = body.clone();
  }

  HttpRequest lastRequest() {
    return lastRequest;
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    lastRequest = request;
    return HttpResponse.of(request, 200, HttpHeaders.of("Content-Type", "application/json"), body);
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    return CompletableFuture.completedFuture(execute(request));
  }
}
