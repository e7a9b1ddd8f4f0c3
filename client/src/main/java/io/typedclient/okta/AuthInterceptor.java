package io.typedclient.okta;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.RequestInterceptor;
import java.util.function.Supplier;

/**
 * Adds {@code Authorization: SSWS <API token>} or {@code Authorization: Bearer <access token>}, asking the
 * supplier on every attempt so that a retry uses a refreshed token.
 *
 * <p>Calls on the current session ({@code /api/v1/sessions/me...}) are made on the user's behalf with the
 * user's session cookie: Okta refuses an API token there, and the client's credentials must never travel with a
 * request the user controls, so those requests carry no {@code Authorization} header at all, and must carry a
 * {@code Cookie}.
 */
final class AuthInterceptor implements RequestInterceptor {
  private static final String CURRENT_SESSION = "/api/v1/sessions/me";
  private static final String CURRENT_SESSION_REFRESH = "/api/v1/sessions/me/lifecycle/refresh";

  private final String scheme;
  private final Supplier<String> token;
  /** The last token the supplier gave and its header value: most suppliers return the same token each time. */
  private volatile Issued last;

  private AuthInterceptor(String scheme, Supplier<String> token) {
    this.scheme = scheme;
    this.token = token;
  }

  /** {@code Authorization: SSWS <token>}. */
  static AuthInterceptor apiToken(Supplier<String> token) {
    return new AuthInterceptor("SSWS", token);
  }

  /** {@code Authorization: Bearer <token>}. */
  static AuthInterceptor accessToken(Supplier<String> token) {
    return new AuthInterceptor("Bearer", token);
  }

  @Override
  public HttpRequest rewrite(HttpRequest request) {
    if (isCurrentSessionCall(request)) {
      if (!request.headers().contains("Cookie")) {
        throw new IllegalArgumentException(
            request.operation() + " acts on the caller's own session and needs its session cookie: pass the "
                + "Cookie header value, such as \"sid=...\" or \"idx=...\"");
      }
      return request.toBuilder().removeHeader("Authorization").build();
    }
    refuseMeAsId(request);
    String value = token.get();
    Issued issued = last;
    if (issued == null || !issued.token.equals(value)) {
      issued = issue(value, request);
      last = issued;
    }
    return request.toBuilder().header("Authorization", issued.header).build();
  }

  /** Checks a token from the supplier and builds its header value. */
  private Issued issue(String value, HttpRequest request) {
    if (value == null || value.trim().isEmpty()) {
      throw new IllegalStateException(
          "the " + (scheme.equals("SSWS") ? "API token" : "access token") + " supplier returned "
              + (value == null ? "null" : "a blank token") + " for " + request);
    }
    String trimmed = value.trim();
    if (startsWithScheme(trimmed)) {
      // Sent as it is, it would read "SSWS SSWS ...": refused without printing it.
      throw new IllegalStateException(
          "the " + (scheme.equals("SSWS") ? "API token" : "access token") + " supplier returned a token that "
              + "starts with its scheme (\"SSWS \" or \"Bearer \") for " + request + "; return the token alone");
    }
    return new Issued(value, scheme + " " + trimmed);
  }

  /** Whether {@code token}, trimmed, was given with its scheme: it would be sent as {@code SSWS SSWS ...}. */
  static boolean startsWithScheme(String token) {
    return token.regionMatches(true, 0, "SSWS ", 0, 5) || token.regionMatches(true, 0, "Bearer ", 0, 7);
  }

  /** A token as the supplier returned it, and the header value made from it. */
  private static final class Issued {
    final String token;
    final String header;

    Issued(String token, String header) {
      this.token = token;
      this.header = header;
    }
  }

  /**
   * Refuses a management call whose {@code {sessionId}} or {@code {userId}} is {@code "me"}: Okta reads
   * {@code /api/v1/sessions/me} and {@code /api/v1/users/me} as the caller's own session and user, so an id taken
   * from input could turn {@code revokeUserSessions} into a call on the API token's own user. Case is ignored, as
   * a server's routing may ignore it.
   */
  static void refuseMeAsId(HttpRequest request) {
    // Walked in place rather than split: this runs on every call, and two splits were ~600 bytes a call.
    String template = request.pathTemplate();
    String path = request.uri().getRawPath();
    if (count(template, '/') != count(path, '/')) {
      return;
    }
    int t = 0;
    int p = 0;
    while (true) {
      int tEnd = end(template, t);
      int pEnd = end(path, p);
      if (t < tEnd && template.charAt(t) == '{' && pEnd - p == 2 && path.regionMatches(true, p, "me", 0, 2)) {
        String parameter = template.substring(t + 1, tEnd - 1);
        throw new IllegalArgumentException(
            "path parameter \"" + parameter + "\" of " + request.operation() + " is \"" + path.substring(p, pEnd)
                + "\", which Okta reads as the caller's own session or user, not an id; refused before sending"
                + " (the current-session calls act on the session of a user's cookie)");
      }
      if (tEnd == template.length()) {
        return;
      }
      t = tEnd + 1;
      p = pEnd + 1;
    }
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
      n++;
    }
    return n;
  }

  /** The end of the segment that starts at {@code start}: the next '/' or the end of the text. */
  private static int end(String text, int start) {
    int slash = text.indexOf('/', start);
    return slash < 0 ? text.length() : slash;
  }

  /** Whether {@code request} is one of the current-session calls, judged by its path template. */
  static boolean isCurrentSessionCall(HttpRequest request) {
    String template = request.pathTemplate();
    return template.endsWith(CURRENT_SESSION) || template.endsWith(CURRENT_SESSION_REFRESH);
  }

  @Override
  public String toString() {
    return "AuthInterceptor{" + scheme + " ██}";
  }
}
