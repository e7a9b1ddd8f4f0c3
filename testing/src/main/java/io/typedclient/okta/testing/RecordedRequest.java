package io.typedclient.okta.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request as {@link FakeOkta} received it, for assertions: method, path, query, headers and body exactly as
 * sent. Immutable. Its {@link #toString()} shows the endpoint template, never the session id or a credential.
 */
public final class RecordedRequest {
  private final int sequence;
  private final String method;
  private final String path;
  private final String rawQuery;
  private final String route;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final String requestId;
  private final Instant receivedAt;

  RecordedRequest(int sequence, IncomingRequest request, String route, String requestId, Instant receivedAt) {
    this.sequence = sequence;
    this.method = request.method;
    this.path = request.path;
    this.rawQuery = request.rawQuery;
    this.route = route;
    Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String[] header : request.headers) {
      byName.computeIfAbsent(header[0], name -> new ArrayList<>()).add(header[1]);
    }
    byName.replaceAll((name, values) -> List.copyOf(values));
    this.headers = Collections.unmodifiableMap(byName);
    this.body = request.body;
    this.requestId = requestId;
    this.receivedAt = receivedAt;
  }

  /** 1 for the first request the server received (since start or {@link FakeOkta#reset()}), then 2, 3, ... */
  public int sequence() {
    return sequence;
  }

  /** The HTTP method as sent: {@code GET}, {@code POST}, {@code DELETE}, ... */
  public String method() {
    return method;
  }

  /** The path as sent, still percent-encoded, without the query: {@code /api/v1/sessions/102abc}. */
  public String path() {
    return path;
  }

  /** The query as sent, without {@code ?}; null when the request had none. */
  public String rawQuery() {
    return rawQuery;
  }

  /** The first value of a query parameter, decoded; null when absent. */
  public String queryParameter(String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String key = decode(equals < 0 ? pair : pair.substring(0, equals));
      if (key.equals(name)) {
        return equals < 0 ? "" : decode(pair.substring(equals + 1));
      }
    }
    return null;
  }

  /** The endpoint template the path matched, e.g. {@code /api/v1/sessions/{sessionId}}; null for unknown paths. */
  public String route() {
    return route;
  }

  /** Every header, names case-insensitive, values in arrival order. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header (name case-insensitive); null when absent. */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null ? null : values.get(0);
  }

  /** The body as UTF-8 text; empty when the request had none. */
  public String body() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body's bytes as sent (a copy); empty when the request had none. */
  public byte[] bodyBytes() {
    return body.clone();
  }

  /** The {@code X-Okta-Request-Id} FakeOkta gave this request (its answer carries it unless a fault replaced it). */
  public String requestId() {
    return requestId;
  }

  /** The server clock's time when the request arrived. */
  public Instant receivedAt() {
    return receivedAt;
  }

  /** Method and endpoint template only: the filled path holds session ids, and headers hold credentials. */
  @Override
  public String toString() {
    return method + " " + (route != null ? route : "(no such endpoint)");
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
