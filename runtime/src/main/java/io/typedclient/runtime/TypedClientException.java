package io.typedclient.runtime;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception a typedclient call throws once its request has been built: catch this to handle
 * any failure of a call. Arguments refused before a request exists are {@link IllegalArgumentException}s.
 *
 * <p>Subtypes: {@link HttpStatusException} (the server answered with a non-2xx status),
 * {@link TransportException} (I/O failure; {@link RequestTimeoutException} for timeouts),
 * {@link ResponseTooLargeException}, {@link ResponseDecodingException} (the body is not the expected JSON) and
 * {@link ClientClosedException}.
 *
 * <p>Messages never contain header values, query strings or request bodies, and name the request by its
 * path template, so they can be logged safely.
 */
public class TypedClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable HttpRequest request;

  /** An exception for {@code request} (may be {@code null} when no request was involved). */
  public TypedClientException(String message, @Nullable HttpRequest request, @Nullable Throwable cause) {
    super(message, cause);
    this.request = request;
  }

  /** The request that failed, after every interceptor ran; {@code null} when there was none. */
  public @Nullable HttpRequest request() {
    return request;
  }
}
