package io.typedclient.runtime;

import io.typedclient.runtime.internal.Futures;
import java.util.concurrent.CompletableFuture;

/**
 * An {@link Interceptor} that only rewrites the request (adds authentication, a user agent...). It is asked
 * again for every attempt, so a retried request gets fresh values (a refreshed token, say).
 */
@FunctionalInterface
public interface RequestInterceptor extends Interceptor {

  /** The request to send instead of {@code request}. */
  HttpRequest rewrite(HttpRequest request);

  @Override
  default HttpResponse intercept(Chain chain) {
    return chain.proceed(rewrite(chain.request()));
  }

  @Override
  default CompletableFuture<HttpResponse> interceptAsync(AsyncChain chain) {
    HttpRequest rewritten;
    try {
      rewritten = rewrite(chain.request());
    } catch (RuntimeException e) {
      return Futures.failed(e);
    }
    return chain.proceed(rewritten);
  }
}
