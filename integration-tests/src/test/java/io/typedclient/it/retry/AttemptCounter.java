package io.typedclient.it.retry;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.RequestInterceptor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the attempts that reach it. The retries run before every interceptor, so it sees each one as it starts,
 * before the server could.
 */
final class AttemptCounter implements RequestInterceptor {
  private final AtomicInteger attempts = new AtomicInteger();

  @Override
  public HttpRequest rewrite(HttpRequest request) {
    return request.toBuilder().header("X-Attempt", Integer.toString(attempts.incrementAndGet())).build();
  }

  int attempts() {
    return attempts.get();
  }
}
