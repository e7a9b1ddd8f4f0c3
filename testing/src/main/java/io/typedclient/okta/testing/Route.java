package io.typedclient.okta.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The endpoints FakeOkta serves, as in the Okta Sessions OpenAPI description. */
enum Route {
  CREATE_SESSION("/api/v1/sessions", true, "POST"),
  CURRENT_SESSION("/api/v1/sessions/me", false, "GET", "DELETE"),
  REFRESH_CURRENT_SESSION("/api/v1/sessions/me/lifecycle/refresh", false, "POST"),
  SESSION("/api/v1/sessions/{sessionId}", true, "GET", "DELETE"),
  REFRESH_SESSION("/api/v1/sessions/{sessionId}/lifecycle/refresh", true, "POST"),
  USER_SESSIONS("/api/v1/users/{userId}/sessions", true, "DELETE"),
  /** The org authorization server's token endpoint: client credentials for service apps. */
  TOKEN("/oauth2/v1/token", false, "POST");

  /** A route and the decoded value of its one path parameter (null for routes without one). */
  static final class Match {
    final Route route;
    final String parameter;

    Match(Route route, String parameter) {
      this.route = route;
      this.parameter = parameter;
    }
  }

  final String template;
  /** Management endpoints take the API token; the {@code /me} endpoints take the session cookie and nothing else. */
  final boolean management;
  final List<String> methods;
  private final String[] segments;

  Route(String template, boolean management, String... methods) {
    this.template = template;
    this.management = management;
    this.methods = List.of(methods);
    this.segments = template.substring(1).split("/");
  }

  boolean allows(String method) {
    return methods.contains(method);
  }

  /** The route for a raw path; literal segments win over parameters ({@code /sessions/me} is not a session id). */
  static Match match(String rawPath) {
    if (!rawPath.startsWith("/")) {
      return null;
    }
    String[] parts = rawPath.substring(1).split("/", -1);
    for (Route route : values()) {
      String parameter = route.bind(parts);
      if (parameter != null) {
        return new Match(route, parameter.isEmpty() ? null : parameter);
      }
    }
    return null;
  }

  /** The decoded parameter, "" when the route has none and matches, null when it does not match. */
  private String bind(String[] parts) {
    if (parts.length != segments.length) {
      return null;
    }
    String parameter = "";
    for (int i = 0; i < parts.length; i++) {
      if (segments[i].startsWith("{")) {
        String value = percentDecode(parts[i]);
        if (value == null || value.isEmpty()) {
          return null;
        }
        parameter = value;
      } else if (!segments[i].equals(parts[i])) {
        return null;
      }
    }
    return parameter;
  }

  /** RFC 3986 path-segment decoding ({@code +} stays {@code +}); null when an escape is malformed. */
  static String percentDecode(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c != '%') {
        bytes.write(c);
        continue;
      }
      if (i + 2 >= segment.length()) {
        return null;
      }
      int high = Character.digit(segment.charAt(i + 1), 16);
      int low = Character.digit(segment.charAt(i + 2), 16);
      if (high < 0 || low < 0) {
        return null;
      }
      bytes.write(high * 16 + low);
      i += 2;
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
