package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.ApiResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The four forms every {@link SessionApi} operation has. Tests run each operation in each form through
 * {@link #call}, which returns the body (and the {@link ApiResponse} for the forms that give one), and
 * {@link #failure}, which returns what the call failed with, unwrapped the way a caller sees it.
 */
enum Form {
  SYNC,
  ASYNC,
  WITH_RESPONSE,
  WITH_RESPONSE_ASYNC;

  /** What one call gave: its body and, for the {@code WithResponse} forms, the response. */
  record Result<T>(T body, ApiResponse<T> response) {}

  /** The four ways to make one call. */
  record Calls<T>(
      Supplier<T> sync,
      Supplier<CompletableFuture<T>> async,
      Supplier<ApiResponse<T>> withResponse,
      Supplier<CompletableFuture<ApiResponse<T>>> withResponseAsync) {}

  <T> Result<T> call(Calls<T> calls) {
    try {
      switch (this) {
        case SYNC:
          return new Result<>(calls.sync().get(), null);
        case ASYNC:
          return new Result<>(calls.async().get().get(10, TimeUnit.SECONDS), null);
        case WITH_RESPONSE: {
          ApiResponse<T> response = calls.withResponse().get();
          return new Result<>(response.body(), response);
        }
        default: {
          ApiResponse<T> response = calls.withResponseAsync().get().get(10, TimeUnit.SECONDS);
          return new Result<>(response.body(), response);
        }
      }
    } catch (ExecutionException e) {
      throw new AssertionError("call failed: " + e.getCause(), e.getCause());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** What the call failed with: thrown by the blocking forms, the future's cause for the others. */
  <T, E extends Throwable> E failure(Class<E> type, Calls<T> calls) {
    switch (this) {
      case SYNC:
        return assertThrows(type, () -> calls.sync().get());
      case WITH_RESPONSE:
        return assertThrows(type, () -> calls.withResponse().get());
      default: {
        CompletableFuture<?> future = this == ASYNC ? calls.async().get() : calls.withResponseAsync().get();
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
        // The cause is the exception itself, never a CompletionException around it.
        assertThat(e.getCause()).isNotInstanceOf(CompletionException.class);
        assertThat(e.getCause()).isInstanceOf(type);
        return type.cast(e.getCause());
      }
    }
  }
}
