package io.typedclient.runtime.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Small future helpers, in one place for every module. Not API: for typedclient's own modules. Android has
 * them too: {@code CompletableFuture.failedFuture} is Java 9 and Android API 31.
 */
public final class Futures {
  private Futures() {}

  /** A future already completed exceptionally with {@code failure}. */
  public static <T extends @Nullable Object> CompletableFuture<T> failed(Throwable failure) {
    CompletableFuture<T> future = new CompletableFuture<>();
    future.completeExceptionally(failure);
    return future;
  }

  /**
   * The failure inside the {@link CompletionException}s and {@link ExecutionException}s that futures wrap
   * around it (a dependent stage sees the cause wrapped; {@code get()} wraps it again); {@code failure} itself
   * when it is neither, or when one of them has no cause.
   */
  public static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
