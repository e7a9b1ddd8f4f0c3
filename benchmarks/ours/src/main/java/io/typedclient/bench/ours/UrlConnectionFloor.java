package io.typedclient.bench.ours;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import io.typedclient.okta.BenchmarkAdapters;
import io.typedclient.okta.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import okio.Buffer;

/**
 * The floor of the {@code HttpURLConnection} transport: {@code GET /api/v1/sessions/{id}} written by hand on a bare
 * {@link HttpURLConnection}, decoded by the same generated adapter the client uses, the same way the runtime reads a
 * body ({@code JsonReader} over the body's bytes). Like the JDK floor it does what a careful production client must
 * (keep-alive, no redirects, no cache, connect and read timeouts, the body read to the end so that the connection
 * is reused, a non-2xx status is an error) and nothing more: no deadline over the whole exchange, no cancellation,
 * no size limit, no interceptors. The session id is sent as given (the benchmarks' id needs no encoding).
 */
public final class UrlConnectionFloor implements AutoCloseable {
  private final String sessionsUrl;
  private final String authorization;
  private final JsonAdapter<Session> adapter = BenchmarkAdapters.session();

  private UrlConnectionFloor(String baseUrl, String apiToken) {
    this.sessionsUrl = baseUrl + "/api/v1/sessions/";
    this.authorization = "SSWS " + apiToken;
  }

  /** A client for the org at {@code baseUrl} (no trailing slash) with an API token. */
  public static UrlConnectionFloor create(String baseUrl, String apiToken) {
    return new UrlConnectionFloor(baseUrl, apiToken);
  }

  /** {@code GET /api/v1/sessions/{sessionId}}. */
  public Session getSession(String sessionId) {
    try {
      HttpURLConnection c = (HttpURLConnection) new URL(sessionsUrl + sessionId).openConnection();
      c.setInstanceFollowRedirects(false);
      c.setUseCaches(false);
      c.setConnectTimeout(10_000);
      c.setReadTimeout(30_000);
      c.setRequestProperty("Accept", "application/json");
      c.setRequestProperty("Authorization", authorization);
      int status = c.getResponseCode();
      InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
      byte[] body;
      try (in) {
        body = in == null ? new byte[0] : in.readAllBytes();
      }
      if (status / 100 != 2) {
        throw new IOException("GET /api/v1/sessions/{sessionId} returned HTTP " + status);
      }
      try (JsonReader reader = JsonReader.of(new Buffer().write(body))) {
        return adapter.fromJson(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes nothing: {@code HttpURLConnection} keeps its idle connections in the JVM's keep-alive cache. */
  @Override
  public void close() {}
}
