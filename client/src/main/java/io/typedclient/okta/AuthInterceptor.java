package io.typedclient.okta;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.Invocation;
import io.typedclient.runtime.RequestInterceptor;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

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
  private volatile @Nullable Issued last;

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
            request.invocation().operation() + " acts on the caller's own session and needs its session cookie: pass the "
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
   * a server's routing may ignore it. Reads the values from the request's {@link Invocation}.
   */
  static void refuseMeAsId(HttpRequest request) {
    Map<String, String> values = request.invocation().pathValues();
    for (String value : values.values()) {
      if (isMe(value)) {
        throw refused(request.invocation(), values, value);
      }
    }
  }

  private static IllegalArgumentException refused(Invocation invocation, Map<String, String> values, String me) {
    String parameter = "";
    for (Map.Entry<String, String> value : values.entrySet()) {
      if (value.getValue().equals(me)) {
        parameter = value.getKey();
        break;
      }
    }
    return new IllegalArgumentException(
        "path parameter \"" + parameter + "\" of " + invocation.operation() + " is \"" + me + "\", which Okta"
            + " reads as the caller's own session or user, not an id; refused before sending (the current-session"
            + " calls act on the session of a user's cookie)");
  }

  /** {@code "me"} in any case; ASCII only, as no other letters are sent unencoded. */
  private static boolean isMe(String value) {
    return value.length() == 2 && (value.charAt(0) | 0x20) == 'm' && (value.charAt(1) | 0x20) == 'e';
  }

  /** Whether {@code request} is one of the current-session calls, judged by its invocation's path template. */
  static boolean isCurrentSessionCall(HttpRequest request) {
    String template = request.invocation().pathTemplate();
    return template.endsWith(CURRENT_SESSION) || template.endsWith(CURRENT_SESSION_REFRESH);
  }

  @Override
  public String toString() {
    return "AuthInterceptor{" + scheme + " ██}";
  }
}
