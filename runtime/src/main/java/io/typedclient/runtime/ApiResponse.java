package io.typedclient.runtime;

import org.jspecify.annotations.Nullable;

/**
 * A successful (2xx) result together with its status and headers, for callers that need more than the body:
 * rate-limit headers, a request id, 200 versus 201. Methods that return {@code ApiResponse<T>} still throw
 * for non-2xx statuses, exactly like methods that return {@code T}.
 *
 * @param <T> the decoded body type; {@code Void} (with a {@code null} body) when the method has no result
 */
public final class ApiResponse<T extends @Nullable Object> {
  private final T body;
  private final HttpResponse raw;

  private ApiResponse(T body, HttpResponse raw) {
    this.body = body;
    this.raw = raw;
  }

  /** The decoded body with the response it came from. */
  public static <T extends @Nullable Object> ApiResponse<T> of(T body, HttpResponse raw) {
    return new ApiResponse<>(body, java.util.Objects.requireNonNull(raw, "raw"));
  }

  /** The decoded body; {@code null} for {@code ApiResponse<Void>}. */
  public T body() {
    return body;
  }

  /** The HTTP status code. */
  public int status() {
    return raw.status();
  }

  /** The response headers. */
  public HttpHeaders headers() {
    return raw.headers();
  }

  /** The first value of a response header, or {@code null}. */
  public @Nullable String header(String name) {
    return raw.headers().first(name);
  }

  /** The request as it was finally sent (after every interceptor). */
  public HttpRequest request() {
    return raw.request();
  }

  /**
   * {@code ApiResponse{200 for GET https://host/path, body=Session}}: names the body's type, never its content,
   * which may hold secrets.
   */
  @Override
  public String toString() {
    return "ApiResponse{" + raw + ", body=" + (body == null ? "none" : body.getClass().getSimpleName()) + "}";
  }
}
