package io.typedclient.okta.testing;

import java.util.Locale;
import java.util.Set;

/** The {@code Authorization} values the management endpoints accept: {@code SSWS <api token>} and {@code Bearer <access token>}. */
final class Credentials {
  private final String apiToken;
  private final Set<String> accessTokens;

  Credentials(String apiToken, Set<String> accessTokens) {
    this.apiToken = apiToken;
    this.accessTokens = Set.copyOf(accessTokens);
  }

  String apiToken() {
    return apiToken;
  }

  boolean accepts(String authorization) {
    if (authorization == null) {
      return false;
    }
    int space = authorization.indexOf(' ');
    if (space <= 0) {
      return false;
    }
    String scheme = authorization.substring(0, space).toLowerCase(Locale.ROOT);
    String token = authorization.substring(space + 1);
    switch (scheme) {
      case "ssws":
        return token.equals(apiToken);
      case "bearer":
        return accessTokens.contains(token);
      default:
        return false;
    }
  }
}
