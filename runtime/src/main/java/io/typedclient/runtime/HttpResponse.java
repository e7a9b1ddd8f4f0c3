package io.typedclient.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable HTTP response as a {@link HttpTransport} returns it: status, headers, the whole body (already
 * bounded by {@link HttpRequest#maxResponseBytes()}), and the request that produced it.
 */
public final class HttpResponse {
  private final HttpRequest request;
  private final int status;
  private final HttpHeaders headers;
  private final byte[] body;

  private HttpResponse(HttpRequest request, int status, HttpHeaders headers, byte[] body) {
    this.request = request;
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /** A response; {@code body} is copied ({@code null} means empty). */
  public static HttpResponse of(HttpRequest request, int status, HttpHeaders headers, byte @Nullable [] body) {
    return ownedBody(request, status, headers, body == null ? new byte[0] : body.clone());
  }

  /**
   * A response that takes ownership of {@code body} without copying; for transports, which never touch the array
   * again.
   */
  public static HttpResponse ownedBody(HttpRequest request, int status, HttpHeaders headers, byte @Nullable [] body) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(headers, "headers");
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("HTTP status out of range: " + status);
    }
    return new HttpResponse(request, status, headers, body == null ? new byte[0] : body);
  }

  /** The request this response answers (after every interceptor ran). */
  public HttpRequest request() {
    return request;
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** Whether the status is 2xx. */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  /** The response headers. */
  public HttpHeaders headers() {
    return headers;
  }

  /** The first value of a header, or {@code null}. */
  public @Nullable String header(String name) {
    return headers.first(name);
  }

  /** A copy of the body; empty, never null, when there was none. */
  public byte[] body() {
    return body.clone();
  }

  /** The body without copying, for the runtime's decoders, which only read it. */
  byte[] bodyUnsafe() {
    return body;
  }

  /** Body length in bytes. */
  public int bodyLength() {
    return body.length;
  }

  /** The body decoded as UTF-8 (malformed input replaced). */
  public String bodyString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** {@code 200 for GET https://host/path}: no header values, no body. */
  @Override
  public String toString() {
    return status + " for " + request;
  }
}
