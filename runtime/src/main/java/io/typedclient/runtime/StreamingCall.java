package io.typedclient.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One call of {@link ClientRuntime#executeStreaming} through the interceptors. The interceptors see an
 * ordinary {@link HttpResponse}: an error response read whole (within {@link HttpRequest#maxResponseBytes()}, so
 * that they and the {@link ErrorMapper} see its body as always), or a 2xx response with an empty body whose real
 * body stays with this call. When the chain returns that response, the caller gets its stream; a new attempt
 * (an interceptor that proceeds again) closes the stream of the one before, and a response an interceptor made
 * itself is returned with its own bytes.
 */
final class StreamingCall {
  private @Nullable StreamingResponse current;
  private @Nullable HttpResponse view;

  /** The interceptors' view of {@code streamed}, which this call now holds. */
  synchronized HttpResponse adopt(StreamingResponse streamed) {
    discard();
    HttpRequest request = streamed.request();
    if (!streamed.isSuccessful()) {
      try {
        return HttpResponse.ownedBody(request, streamed.status(), streamed.headers(), readCapped(streamed));
      } finally {
        streamed.close();
      }
    }
    current = streamed;
    view = HttpResponse.ownedBody(request, streamed.status(), streamed.headers(), null);
    return view;
  }

  /** The terminal step of the blocking chain. */
  HttpResponse execute(HttpTransport transport, HttpRequest request) {
    return adopt(transport.executeStreaming(request));
  }

  /** The terminal step of the asynchronous chain. */
  CompletableFuture<HttpResponse> executeAsync(CompletableFuture<StreamingResponse> exchange) {
    return exchange.thenApply(this::adopt);
  }

  /** The caller's result for the chain's final (2xx) {@code response}. */
  synchronized StreamingResponse finish(HttpResponse response) {
    StreamingResponse held = current;
    if (response == view && held != null) {
      return held;
    }
    discard();
    return StreamingResponse.of(
        response.request(), response.status(), response.headers(), new ByteArrayInputStream(response.body()));
  }

  /** Closes the stream this call holds, if any: the call failed, was cancelled, or made another attempt. */
  synchronized void discard() {
    if (current != null) {
      current.close();
    }
  }

  private static byte[] readCapped(StreamingResponse streamed) {
    HttpRequest request = streamed.request();
    long limit = Math.min(request.maxResponseBytes(), Integer.MAX_VALUE - 8);
    byte[] bytes = new byte[(int) Math.min(limit, 8192)];
    int count = 0;
    InputStream in = streamed.body();
    try {
      for (int n; (n = in.read(bytes, count, bytes.length - count)) >= 0; ) {
        count += n;
        if (count == bytes.length) {
          if (count >= limit) {
            if (in.read() < 0) {
              break;
            }
            throw new ResponseTooLargeException(request, streamed.status(), limit);
          }
          bytes = Arrays.copyOf(bytes, (int) Math.min(limit, 2L * count));
        }
      }
    } catch (IOException e) {
      throw TransportException.of(request, e);
    }
    return count == bytes.length ? bytes : Arrays.copyOf(bytes, count);
  }
}
