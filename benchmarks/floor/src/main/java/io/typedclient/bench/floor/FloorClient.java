package io.typedclient.bench.floor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The floor: {@code GET /api/v1/sessions/{id}} written by hand on the raw JDK {@link HttpClient}, decoded by
 * {@link FloorSessionJson}. It does what a careful production client must (HTTP/1.1 keep-alive, no redirects,
 * connect and request timeouts, the session id encoded as a path segment, a non-2xx status is an error) and
 * nothing more: no interceptors, no retries, no error model.
 *
 * <p>Two switches, for the tables that compare what the JDK client itself does: the protocol it asks for (HTTP/1.1,
 * or h2 by ALPN over TLS) and the client's executor (its default thread pool, or {@code Runnable::run}, which runs
 * the client's own work on its selector thread and the caller's).
 */
public final class FloorClient implements AutoCloseable {
  private final HttpClient http;
  private final String sessionsUrl;
  private final String authorization;

  private FloorClient(String baseUrl, String apiToken, HttpClient.Version version, boolean directExecutor) {
    HttpClient.Builder builder = HttpClient.newBuilder()
        .version(version)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10));
    if (directExecutor) {
      builder.executor(Runnable::run);
    }
    this.http = builder.build();
    this.sessionsUrl = baseUrl + "/api/v1/sessions/";
    this.authorization = "SSWS " + apiToken;
  }

  /** A client for the org at {@code baseUrl} (no trailing slash) with an API token. */
  public static FloorClient create(String baseUrl, String apiToken) {
    return create(baseUrl, apiToken, false, false);
  }

  /**
   * As {@link #create(String, String)}; {@code http2} asks for h2 (negotiated by ALPN over TLS) instead of
   * HTTP/1.1, and {@code directExecutor} gives the JDK client {@code Runnable::run} as its executor.
   */
  public static FloorClient create(String baseUrl, String apiToken, boolean http2, boolean directExecutor) {
    return new FloorClient(baseUrl, apiToken, http2 ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1,
        directExecutor);
  }

  /** {@code GET /api/v1/sessions/{sessionId}}. */
  public FloorSession getSession(String sessionId) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(sessionsUrl + segment(sessionId)))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json")
        .header("Authorization", authorization)
        .GET()
        .build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() / 100 != 2) {
        throw new IOException("GET /api/v1/sessions/{sessionId} returned HTTP " + response.statusCode());
      }
      return FloorSessionJson.decode(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Closes nothing: the JDK 17 HttpClient has no close; its threads end when it is unreachable. */
  @Override
  public void close() {}

  private static String segment(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~';
      if (!unreserved) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
      }
    }
    return value;
  }
}
