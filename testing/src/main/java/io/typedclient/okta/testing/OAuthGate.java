package io.typedclient.okta.testing;

import java.util.Locale;

/**
 * Where FakeOkta's Sessions endpoints meet OAuth 2.0: answers the token endpoint, and checks an access token the
 * token endpoint issued (a {@code Bearer} or {@code DPoP} credential) on a management call, with the scope each
 * operation needs ({@code okta.sessions.read} to read a session, {@code okta.sessions.manage} to refresh or end
 * one, {@code okta.users.manage} to end a user's sessions; {@code createSession} takes no OAuth token at all).
 * Refusals carry Okta's error body and a {@code WWW-Authenticate} challenge that names the error.
 */
final class OAuthGate {
  /** Tokens the token endpoint issues start with this; other bearer tokens are judged as before OAuth existed. */
  static final String TOKEN_PREFIX = "fake.";

  private final OAuthServer server;
  private final String orgUrl;

  OAuthGate(OAuthServer server, String orgUrl) {
    this.server = server;
    this.orgUrl = orgUrl;
  }

  /** The origin the client addressed: the org URL's scheme and the request's {@code Host}, else the org URL. */
  String origin(IncomingRequest request) {
    String host = request.header("Host");
    return host == null || host.isBlank() ? orgUrl : orgUrl.substring(0, orgUrl.indexOf("://") + 3) + host.trim();
  }

  Response token(RoutedRequest exchange, SessionEndpoints api, RateLimiter.Window window) {
    OAuthServer.TokenAnswer answer = server.token(exchange.request, origin(exchange.request), exchange.now);
    Response response = api.json(exchange, answer.status, answer.body, window)
        .withHeader("Cache-Control", "no-cache, no-store")
        .withHeader("Pragma", "no-cache");
    return answer.nonce == null ? response : response.withHeader("DPoP-Nonce", answer.nonce);
  }

  /** Whether {@code authorization} is a token of the OAuth server's, or the DPoP scheme: this gate judges it. */
  static boolean judges(String authorization) {
    if (authorization == null) {
      return false;
    }
    int space = authorization.indexOf(' ');
    if (space <= 0) {
      return false;
    }
    String scheme = authorization.substring(0, space);
    return scheme.equalsIgnoreCase("DPoP")
        || (scheme.equalsIgnoreCase("Bearer") && authorization.substring(space + 1).startsWith(TOKEN_PREFIX));
  }

  /** Null when the call may proceed; otherwise the refusal. */
  Response check(RoutedRequest exchange, SessionEndpoints api, Route route, RateLimiter.Window window) {
    IncomingRequest request = exchange.request;
    String authorization = request.header("Authorization");
    int space = authorization.indexOf(' ');
    String scheme = authorization.substring(0, space);
    String token = authorization.substring(space + 1).trim();
    String scope = scopeFor(route, request.method);
    OAuthServer.Refusal refusal = server.authorize(
        request, scheme, token, origin(request) + request.path, scope, exchange.now);
    if (refusal == null) {
      return null;
    }
    OktaError error = refusal.status == 403 ? OktaError.forStatus(403) : OktaError.invalidToken();
    return api.error(exchange, error, window).withHeader("WWW-Authenticate",
        OAuthServer.challenge(refusal, origin(request), scope, request.path));
  }

  /** The scope an operation needs; null for {@code createSession}, which no OAuth token may call. */
  static String scopeFor(Route route, String method) {
    switch (route) {
      case SESSION:
        return method.toUpperCase(Locale.ROOT).equals("GET") ? "okta.sessions.read" : "okta.sessions.manage";
      case REFRESH_SESSION:
        return "okta.sessions.manage";
      case USER_SESSIONS:
        return "okta.users.manage";
      default:
        return null;
    }
  }
}
