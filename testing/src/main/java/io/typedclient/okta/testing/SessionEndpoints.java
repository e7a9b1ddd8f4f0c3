package io.typedclient.okta.testing;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;

/**
 * The Okta Sessions endpoints with the semantics of a real org (paths, statuses, error codes from the Okta
 * Management OpenAPI description and Okta's documented responses).
 */
final class SessionEndpoints {
  private static final String JSON = "application/json";

  private final OktaOrg org;
  private final RateLimiter limiter;
  private final Credentials credentials;
  private final Ids ids;
  private final String orgUrl;
  private final String orgId;
  private final OAuthGate oauth;

  SessionEndpoints(OktaOrg org, RateLimiter limiter, Credentials credentials, Ids ids, String orgUrl, String orgId,
      OAuthGate oauth) {
    this.oauth = oauth;
    this.org = org;
    this.limiter = limiter;
    this.credentials = credentials;
    this.ids = ids;
    this.orgUrl = orgUrl;
    this.orgId = orgId;
  }

  Response process(RoutedRequest routed) {
    IncomingRequest request = routed.request;
    RateLimiter.Window window = limiter.acquire(routed.now);
    if (window.exceeded) {
      return error(routed, OktaError.tooManyRequests(), window);
    }
    Route.Match match = routed.match;
    if (match == null) {
      return error(routed, OktaError.notFound(request.path), window);
    }
    if (!match.route.allows(request.method)) {
      return error(routed, OktaError.methodNotAllowed(), window)
          .withHeader("Allow", String.join(", ", match.route.methods));
    }
    if (match.route == Route.TOKEN) {
      return oauth.token(routed, this, window);
    }
    if (match.route.management && OAuthGate.judges(request.header("Authorization"))) {
      Response refused = oauth.check(routed, this, match.route, window);
      if (refused != null) {
        return refused;
      }
    } else if (match.route.management && !credentials.accepts(request.header("Authorization"))) {
      return error(routed, OktaError.invalidToken(), window);
    }
    boolean get = request.method.equals("GET");
    boolean delete = request.method.equals("DELETE");
    switch (match.route) {
      case CREATE_SESSION:
        return createSession(routed, window);
      case SESSION:
        return get ? getSession(routed, match.parameter, window) : endSession(routed, match.parameter, window);
      case REFRESH_SESSION:
        return refreshSession(routed, match.parameter, window);
      case USER_SESSIONS:
        return revokeUserSessions(routed, match.parameter, window);
      case CURRENT_SESSION:
        return delete ? endCurrentSession(routed, window) : getCurrentSession(routed, window);
      case REFRESH_CURRENT_SESSION:
        return refreshCurrentSession(routed, window);
      default:
        throw new AssertionError(match.route);
    }
  }

  private Response createSession(RoutedRequest routed, RateLimiter.Window window) {
    String sessionToken;
    try {
      sessionToken = readSessionToken(routed.request.body);
    } catch (IOException e) {
      return error(routed, OktaError.malformedBody(), window);
    } catch (JsonDataException e) {
      return error(routed, OktaError.validation("sessionToken", "must be a string"), window);
    }
    if (sessionToken == null || sessionToken.isEmpty()) {
      return error(routed, OktaError.validation("sessionToken", "The field cannot be left blank"), window);
    }
    // Okta answers a used, unknown or expired session token as a failed authentication (E0000004), not a 404.
    FakeSession session = org.exchange(sessionToken, routed.now);
    if (session == null) {
      return error(routed, OktaError.authenticationFailed(), window);
    }
    return session(routed, session, false, window);
  }

  private Response getSession(RoutedRequest routed, String sessionId, RateLimiter.Window window) {
    FakeSession session = org.find(sessionId, routed.now);
    return session == null ? sessionNotFound(routed, sessionId, window) : session(routed, session, false, window);
  }

  private Response refreshSession(RoutedRequest routed, String sessionId, RateLimiter.Window window) {
    FakeSession session = org.refresh(sessionId, routed.now);
    return session == null ? sessionNotFound(routed, sessionId, window) : session(routed, session, false, window);
  }

  private Response endSession(RoutedRequest routed, String sessionId, RateLimiter.Window window) {
    return org.end(sessionId, routed.now) ? noContent(routed, window) : sessionNotFound(routed, sessionId, window);
  }

  private Response revokeUserSessions(RoutedRequest routed, String userId, RateLimiter.Window window) {
    for (String flag : List.of("oauthTokens", "forgetDevices")) {
      String value = queryValue(routed.request.rawQuery, flag);
      if (value != null && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
        return error(routed, OktaError.validation(flag, "must be true or false"), window);
      }
    }
    return org.endAllOf(userId)
        ? noContent(routed, window)
        : error(routed, OktaError.notFound(userId + " (User)"), window);
  }

  private Response getCurrentSession(RoutedRequest routed, RateLimiter.Window window) {
    FakeSession session = currentSession(routed);
    return session == null ? currentNotFound(routed, window) : session(routed, session, true, window);
  }

  private Response refreshCurrentSession(RoutedRequest routed, RateLimiter.Window window) {
    FakeSession current = currentSession(routed);
    FakeSession session = current == null ? null : org.refresh(current.id(), routed.now);
    return session == null ? currentNotFound(routed, window) : session(routed, session, true, window);
  }

  private Response endCurrentSession(RoutedRequest routed, RateLimiter.Window window) {
    FakeSession current = currentSession(routed);
    return current != null && org.end(current.id(), routed.now)
        ? noContent(routed, window)
        : currentNotFound(routed, window);
  }

  /** The session named by the {@code sid} cookie; the Authorization header plays no part here. */
  private FakeSession currentSession(RoutedRequest routed) {
    for (String header : routed.request.headerValues("Cookie")) {
      for (String pair : header.split(";")) {
        int equals = pair.indexOf('=');
        if (equals > 0 && pair.substring(0, equals).strip().equals("sid")) {
          return org.find(pair.substring(equals + 1).strip(), routed.now);
        }
      }
    }
    return null;
  }

  private Response sessionNotFound(RoutedRequest routed, String sessionId, RateLimiter.Window window) {
    return error(routed, OktaError.notFound(sessionId + " (Session)"), window);
  }

  /** What a real org answers on {@code /api/v1/sessions/me} without a live session cookie. */
  private Response currentNotFound(RoutedRequest routed, RateLimiter.Window window) {
    return error(routed, OktaError.notFound("me (Session)"), window);
  }

  private Response session(RoutedRequest routed, FakeSession session, boolean current, RateLimiter.Window window) {
    return json(routed, 200, SessionJson.write(session, orgUrl, orgId, current), window);
  }

  private Response noContent(RoutedRequest routed, RateLimiter.Window window) {
    return new Response(204, standardHeaders(routed, window, false), new byte[0]);
  }

  Response error(RoutedRequest routed, OktaError error, RateLimiter.Window window) {
    return json(routed, error.status, error.body(ids.errorId()), window);
  }

  /** An error for bytes that never became a request, with the usual headers and the budget untouched. */
  Response unrouted(OktaError error, String requestId, Instant now) {
    List<String[]> headers = standardHeaders(requestId, now, limiter.peek(now), true);
    return new Response(error.status, headers, error.body(ids.errorId()));
  }

  RateLimiter.Window peekWindow(Instant now) {
    return limiter.peek(now);
  }

  Response json(RoutedRequest routed, int status, byte[] body, RateLimiter.Window window) {
    return new Response(status, standardHeaders(routed, window, true), body);
  }

  /** The headers on every Okta answer, in the order Okta sends them. */
  private static List<String[]> standardHeaders(RoutedRequest routed, RateLimiter.Window window, boolean body) {
    return standardHeaders(routed.requestId, routed.now, window, body);
  }

  private static List<String[]> standardHeaders(
      String requestId, Instant now, RateLimiter.Window window, boolean body) {
    List<String[]> headers = new ArrayList<>(6);
    headers.add(new String[] {"Date", Timestamps.httpDate(now)});
    if (body) {
      headers.add(new String[] {"Content-Type", JSON});
    }
    headers.add(new String[] {"X-Okta-Request-Id", requestId});
    headers.add(new String[] {"X-Rate-Limit-Limit", Integer.toString(window.limit)});
    headers.add(new String[] {"X-Rate-Limit-Remaining", Integer.toString(window.remaining)});
    headers.add(new String[] {"X-Rate-Limit-Reset", Long.toString(window.resetEpochSecond)});
    return headers;
  }

  /**
   * The {@code sessionToken} of a create-session body; null when absent or null. Throws {@link IOException} for
   * text that is not one JSON object, {@link JsonDataException} for a token that is not a string.
   */
  private static String readSessionToken(byte[] body) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().write(body));
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new IOException("not a JSON object");
    }
    String token = null;
    reader.beginObject();
    while (reader.hasNext()) {
      if (!reader.nextName().equals("sessionToken")) {
        reader.skipValue();
      } else if (reader.peek() == JsonReader.Token.NULL) {
        token = reader.nextNull();
      } else if (reader.peek() == JsonReader.Token.STRING) {
        token = reader.nextString();
      } else {
        throw new JsonDataException("sessionToken is not a string at " + reader.getPath());
      }
    }
    reader.endObject();
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new IOException("data after the JSON object");
    }
    return token;
  }

  private static String queryValue(String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      if ((equals < 0 ? pair : pair.substring(0, equals)).equals(name)) {
        return equals < 0 ? "" : pair.substring(equals + 1);
      }
    }
    return null;
  }
}
