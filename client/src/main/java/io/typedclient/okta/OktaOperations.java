package io.typedclient.okta;

import io.typedclient.runtime.HttpRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which Sessions operations an OAuth 2.0 access token can serve and the scope each needs, from Okta's OpenAPI
 * description: {@code getSession} needs {@code okta.sessions.read}; {@code refreshSession} and
 * {@code endSession} {@code okta.sessions.manage}; {@code revokeUserSessions} {@code okta.users.manage}.
 * {@code createSession} accepts an API token only, and the current-session calls the user's cookie only.
 */
final class OktaOperations {
  static final String SESSIONS_READ = "okta.sessions.read";
  static final String SESSIONS_MANAGE = "okta.sessions.manage";
  static final String USERS_MANAGE = "okta.users.manage";
  /** What the client asks for when no scopes are configured: everything the Sessions operations need. */
  static final List<String> DEFAULT_SCOPES =
      Collections.unmodifiableList(Arrays.asList(SESSIONS_READ, SESSIONS_MANAGE, USERS_MANAGE));

  private static final String SESSIONS = "/api/v1/sessions";
  private static final String SESSION = "/api/v1/sessions/{sessionId}";
  private static final String REFRESH = "/api/v1/sessions/{sessionId}/lifecycle/refresh";
  private static final String USER_SESSIONS = "/api/v1/users/{userId}/sessions";

  private OktaOperations() {}

  /** Whether {@code request} is {@code createSession}: {@code POST /api/v1/sessions}. */
  static boolean isCreateSession(HttpRequest request) {
    return request.method().equals("POST") && request.invocation().pathTemplate().endsWith(SESSIONS);
  }

  /** The scope {@code request} needs, or {@code null} for a request that is not one of the Sessions operations. */
  static @Nullable String scopeFor(HttpRequest request) {
    String template = request.invocation().pathTemplate();
    String method = request.method();
    if (template.endsWith(REFRESH)) {
      return SESSIONS_MANAGE;
    }
    if (template.endsWith(SESSION)) {
      return method.equals("GET") ? SESSIONS_READ : SESSIONS_MANAGE;
    }
    if (template.endsWith(USER_SESSIONS)) {
      return USERS_MANAGE;
    }
    return null;
  }
}
