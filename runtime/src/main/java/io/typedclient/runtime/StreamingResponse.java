package io.typedclient.runtime;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A response whose body is read as it arrives, for downloads: status and headers, and the body as an
 * {@link InputStream} that is never buffered whole and is not held to {@link HttpRequest#maxResponseBytes()}
 * (the limit still applies to every body that is decoded, and to error bodies). Returned by an
 * {@code @HttpApi} method declared {@code StreamingResponse} or {@code CompletableFuture<StreamingResponse>}, and
 * by {@link HttpTransport#executeStreaming}.
 *
 * <p>Close it, in a {@code try}-with-resources block: closing it before the body ends releases the connection
 * (the transport drops it rather than reading the rest). The request's deadline still applies while the body is
 * read: a read after {@link HttpRequest#timeout()} fails with {@link RequestTimeoutException} (give a download
 * method a longer {@code @Timeout}), and any other failure while reading is a {@link TransportException}. Both
 * are unchecked, as every failure of a call is; a read after {@link #close()} throws an {@link IOException}.
 *
 * <pre>
 * try (StreamingResponse download = client.export(id)) {
 *   Files.copy(download.body(), target);
 * }
 * </pre>
 */
public final class StreamingResponse implements Closeable {
  private final HttpRequest request;
  private final int status;
  private final HttpHeaders headers;
  private final InputStream body;
  private final AtomicBoolean closed = new AtomicBoolean();

  private StreamingResponse(HttpRequest request, int status, HttpHeaders headers, InputStream body) {
    this.request = request;
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /**
   * A response for a transport to return: {@code body} must keep to the rules above (the deadline, unchecked
   * failures), and closing it must release the connection.
   */
  public static StreamingResponse of(HttpRequest request, int status, HttpHeaders headers, InputStream body) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("HTTP status out of range: " + status);
    }
    return new StreamingResponse(request, status, headers, body);
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

  /** The body, read as it arrives; the same stream on every call. */
  public InputStream body() {
    return body;
  }

  /** Closes the body and releases the connection. Idempotent; never throws. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        body.close();
      } catch (IOException | RuntimeException e) {
        // The exchange is over either way; the transport has dropped the connection.
      }
    }
  }

  /** {@code 200 for GET https://host/path (streamed)}: no header values, no body. */
  @Override
  public String toString() {
    return status + " for " + request + " (streamed)";
  }
}
