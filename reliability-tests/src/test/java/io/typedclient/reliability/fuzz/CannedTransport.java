package io.typedclient.reliability.fuzz;

import io.typedclient.runtime.HttpHeaders;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpTransport;
import java.util.concurrent.CompletableFuture;

/**
 * A transport that answers every request with the response the property set last, without a network: fuzz cases
 * run at the speed of decoding. Used from one thread at a time (jqwik runs the tries of a property in order).
 */
final class CannedTransport implements HttpTransport {
  private int status = 200;
  private HttpHeaders headers = HttpHeaders.empty();
  private byte[] body = new byte[0];
  private int requests;

  void answer(int status, HttpHeaders headers, byte[] body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  int requests() {
    return requests;
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    requests++;
    return HttpResponse.of(request, status, headers, body);
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    return CompletableFuture.completedFuture(execute(request));
  }
}
