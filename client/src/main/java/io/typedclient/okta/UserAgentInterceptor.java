package io.typedclient.okta;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.RequestInterceptor;

/**
 * Sets {@code User-Agent: typedclient-okta-sessions/<version> java/<java.version> <os.name>/<os.version>}, so
 * Okta's logs and support can tell which client made a call.
 */
final class UserAgentInterceptor implements RequestInterceptor {
  private final String userAgent;

  UserAgentInterceptor(String userAgent) {
    this.userAgent = userAgent;
  }

  /** The user agent of this client on this JVM. */
  static UserAgentInterceptor forThisJvm() {
    return new UserAgentInterceptor(
        userAgent(System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.version")));
  }

  /**
   * {@code typedclient-okta-sessions/<version> java/<javaVersion> <osName>/<osVersion>}; each part made a valid
   * RFC 9110 token ({@code Mac OS X} becomes {@code Mac_OS_X}).
   */
  static String userAgent(String javaVersion, String osName, String osVersion) {
    return "typedclient-okta-sessions/" + token(Version.VERSION)
        + " java/" + token(javaVersion)
        + " " + token(osName) + "/" + token(osVersion);
  }

  private static String token(String value) {
    if (value == null || value.isEmpty()) {
      return "unknown";
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length() && i < 64; i++) {
      char c = value.charAt(i);
      boolean tchar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      out.append(tchar ? c : '_');
    }
    return out.toString();
  }

  @Override
  public HttpRequest rewrite(HttpRequest request) {
    return request.toBuilder().header("User-Agent", userAgent).build();
  }

  @Override
  public String toString() {
    return "UserAgentInterceptor{" + userAgent + "}";
  }
}
