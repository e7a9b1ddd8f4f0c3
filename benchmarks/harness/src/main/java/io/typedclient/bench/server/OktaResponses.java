package io.typedclient.bench.server;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The responses, with the headers Okta sends: {@code Date}, {@code Content-Type}, {@code X-Okta-Request-Id},
 * the three {@code X-Rate-Limit-*} headers, and its cache and security headers. Rebuilt at most once a second
 * (the {@code Date} and the rate-limit reset change), so a request costs one array write.
 */
final class OktaResponses {
  static final int OK = 0;
  static final int UNAUTHORIZED = 1;
  static final int NOT_FOUND = 2;
  /** The token endpoint's answer to a request without a DPoP proof: a Bearer token. */
  static final int TOKEN_BEARER = 3;
  /** The token endpoint's answer to a request with a DPoP proof: a DPoP-bound token. */
  static final int TOKEN_DPOP = 4;

  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
  private static final byte[][] BODIES = {
    SessionPayload.session(), SessionPayload.invalidToken(), SessionPayload.notFound(),
    SessionPayload.tokenAnswer("Bearer"), SessionPayload.tokenAnswer("DPoP")
  };
  private static final String[] STATUS_LINES = {
    "HTTP/1.1 200 OK", "HTTP/1.1 401 Unauthorized", "HTTP/1.1 404 Not Found", "HTTP/1.1 200 OK", "HTTP/1.1 200 OK"
  };
  private static final int[] STATUSES = {200, 401, 404, 200, 200};

  /** Responses for one second. */
  private static final class Second {
    final long epochSecond;
    final byte[][] raw = new byte[BODIES.length][];
    final List<String[]> headers;

    Second(long epochSecond) {
      this.epochSecond = epochSecond;
      this.headers = headers(epochSecond);
      for (int i = 0; i < raw.length; i++) {
        StringBuilder head = new StringBuilder(512).append(STATUS_LINES[i]).append("\r\n");
        for (String[] header : headers) {
          head.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        head.append("Content-Length: ").append(BODIES[i].length).append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[headBytes.length + BODIES[i].length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(BODIES[i], 0, all, headBytes.length, BODIES[i].length);
        raw[i] = all;
      }
    }
  }

  private volatile Second current = new Second(System.currentTimeMillis() / 1000);

  /** The whole HTTP/1.1 response (status line, headers, body) for {@code which}. */
  byte[] raw(int which) {
    return second().raw[which];
  }

  /** The headers (name, value) other than {@code Content-Length}, for servers that frame the response. */
  List<String[]> headers() {
    return second().headers;
  }

  static int status(int which) {
    return STATUSES[which];
  }

  static byte[] body(int which) {
    return BODIES[which];
  }

  private Second second() {
    Second second = current;
    long now = System.currentTimeMillis() / 1000;
    if (second.epochSecond != now) {
      // A race here only builds the same second twice.
      second = new Second(now);
      current = second;
    }
    return second;
  }

  private static List<String[]> headers(long epochSecond) {
    return List.of(
        new String[] {"Date", HTTP_DATE.format(Instant.ofEpochSecond(epochSecond))},
        new String[] {"Content-Type", "application/json"},
        new String[] {"Server", "nginx"},
        new String[] {"Vary", "Accept-Encoding"},
        new String[] {"X-Okta-Request-Id", "Zbench" + Long.toString(epochSecond, 36) + "AAABXg"},
        new String[] {"X-Rate-Limit-Limit", "600"},
        new String[] {"X-Rate-Limit-Remaining", "599"},
        new String[] {"X-Rate-Limit-Reset", Long.toString(epochSecond + 60)},
        new String[] {"Cache-Control", "no-cache, no-store"},
        new String[] {"Pragma", "no-cache"},
        new String[] {"Expires", "0"},
        new String[] {"Strict-Transport-Security", "max-age=315360000; includeSubDomains"},
        new String[] {"X-Content-Type-Options", "nosniff"});
  }

  /**
   * Which response a request gets, from its method, target, {@code Authorization} value and whether it carries a
   * {@code DPoP} proof. The token endpoint ({@code POST /oauth2/v1/token}) hands out {@link SessionPayload#ACCESS_TOKEN}
   * to any client (the benchmarks measure the client's work, not Okta's checks), bound to DPoP when the request
   * carried a proof; a session is read with the API token ({@code SSWS}) or with that access token
   * ({@code Bearer}, or {@code DPoP} with a proof).
   */
  static int route(String method, String target, String authorization, boolean dpopProof) {
    if (method.equals("POST") && target.equals("/oauth2/v1/token")) {
      return dpopProof ? TOKEN_DPOP : TOKEN_BEARER;
    }
    String prefix = "/api/v1/sessions/";
    if (!method.equals("GET") || !target.startsWith(prefix)) {
      return NOT_FOUND;
    }
    if (!authorized(authorization, dpopProof)) {
      return UNAUTHORIZED;
    }
    int query = target.indexOf('?');
    String id = target.substring(prefix.length(), query < 0 ? target.length() : query);
    return id.equals(SessionPayload.SESSION_ID) ? OK : NOT_FOUND;
  }

  private static boolean authorized(String authorization, boolean dpopProof) {
    if (authorization == null) {
      return false;
    }
    return authorization.equals("SSWS " + SessionPayload.API_TOKEN)
        || (!dpopProof && authorization.equals("Bearer " + SessionPayload.ACCESS_TOKEN))
        || (dpopProof && authorization.equals("DPoP " + SessionPayload.ACCESS_TOKEN));
  }
}
