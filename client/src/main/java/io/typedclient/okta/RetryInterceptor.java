package io.typedclient.okta;

import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.Interceptor;
import io.typedclient.runtime.internal.DebugLog;
import io.typedclient.runtime.internal.RetryLoop;
import java.util.concurrent.CompletableFuture;

/**
 * The Okta client's retries: the runtime's retry loop following Okta's {@link RetryPolicy}. Placed after the user
 * agent and before the authentication interceptor, so that every attempt asks for its token again. The loop does
 * the waiting: blocking calls on their thread, asynchronous calls on the scheduler's timer without holding a
 * thread; cancelling an asynchronous call stops its retries. Retries are logged to {@code io.typedclient.okta}, the
 * client's own logger.
 */
final class RetryInterceptor implements Interceptor {
  static final String RETRY_COUNT = RetryPolicy.RETRY_COUNT;
  static final String RETRY_FOR = RetryPolicy.RETRY_FOR;

  private final RetryPolicy policy;
  private final RetryLoop loop;

  RetryInterceptor(RetryPolicy policy) {
    this.policy = policy;
    this.loop = new RetryLoop(policy, DebugLog.named("io.typedclient.okta"));
  }

  @Override
  public HttpResponse intercept(Chain chain) {
    return loop.intercept(chain);
  }

  @Override
  public CompletableFuture<HttpResponse> interceptAsync(AsyncChain chain) {
    return loop.interceptAsync(chain);
  }

  @Override
  public String toString() {
    return "RetryInterceptor{" + policy + "}";
  }
}
