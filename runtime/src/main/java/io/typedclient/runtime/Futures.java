package io.typedclient.runtime;

import java.util.concurrent.CompletableFuture;

/** Small future helpers that Android has: {@code CompletableFuture.failedFuture} is Java 9 and Android API 31. */
final class Futures {
  private Futures() {}

  /** A future already completed exceptionally with {@code failure}. */
  static <T> CompletableFuture<T> failed(Throwable failure) {
    CompletableFuture<T> future = new CompletableFuture<>();
    future.completeExceptionally(failure);
    return future;
  }
}
