package io.typedclient.reliability.support;

import io.typedclient.reliability.secrets.Exposure;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How one call ended: its result or what it threw, and how long it took in real time. The result's
 * {@code toString} or the exception (message, stack trace) is handed to {@link Exposure#global()} on the way.
 */
public final class Outcome {
  private final Object result;
  private final Throwable failure;
  private final long nanos;

  private Outcome(Object result, Throwable failure, long nanos) {
    this.result = result;
    this.failure = failure;
    this.nanos = nanos;
    Exposure.global().object(failure != null ? failure : result);
  }

  /** Runs a blocking call. */
  public static Outcome of(Callable<?> call) {
    long start = System.nanoTime();
    try {
      Object result = call.call();
      return new Outcome(result, null, System.nanoTime() - start);
    } catch (Exception | AssertionError e) {
      return new Outcome(null, e, System.nanoTime() - start);
    }
  }

  /**
   * Runs an asynchronous call and waits for its future at most {@code seconds}; a future that does not complete
   * in time is a failure of the test, not an outcome. A future completed exceptionally gives the exception it was
   * completed with: the client never wraps it, so neither is it unwrapped here beyond the
   * {@link ExecutionException} of {@code get}.
   */
  public static Outcome ofAsync(Callable<? extends CompletableFuture<?>> call, long seconds) {
    long start = System.nanoTime();
    CompletableFuture<?> future;
    try {
      future = call.call();
    } catch (Exception e) {
      // Refused before a future existed (an argument the client checks at once).
      return new Outcome(null, e, System.nanoTime() - start);
    }
    try {
      Object result = future.get(seconds, TimeUnit.SECONDS);
      return new Outcome(result, null, System.nanoTime() - start);
    } catch (ExecutionException e) {
      return new Outcome(null, e.getCause(), System.nanoTime() - start);
    } catch (CancellationException e) {
      return new Outcome(null, e, System.nanoTime() - start);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new AssertionError("the future did not complete within " + seconds + " s: the call hangs", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  public boolean succeeded() {
    return failure == null;
  }

  public Object result() {
    return result;
  }

  public Throwable failure() {
    return failure;
  }

  /** Whether the failure is a {@link CompletionException}: the asynchronous forms must never wrap. */
  public boolean isWrapped() {
    return failure instanceof CompletionException;
  }

  public long millis() {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  @Override
  public String toString() {
    return failure != null ? "failed with " + failure : "returned " + result;
  }
}
