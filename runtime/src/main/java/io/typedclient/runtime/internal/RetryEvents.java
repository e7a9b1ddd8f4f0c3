package io.typedclient.runtime.internal;

import io.typedclient.runtime.HttpRequest;
import java.time.Duration;

/**
 * What a {@link RetryLoop} tells the call it runs in about its decisions, so that the call's observers learn the
 * wait before each retry. The runtime's interceptor chains implement it; a chain that does not is told nothing.
 * Not API.
 */
public interface RetryEvents {

  /** {@code request} is sent again after {@code wait}. */
  void retryScheduled(HttpRequest request, Duration wait);

  /** Tells {@code chain}'s call, if it listens. */
  static void retryScheduled(Object chain, HttpRequest request, Duration wait) {
    if (chain instanceof RetryEvents) {
      ((RetryEvents) chain).retryScheduled(request, wait);
    }
  }
}
