package io.typedclient.okta;

import io.typedclient.runtime.internal.LoopbackHosts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks an Okta org URL the way Okta's own SDKs do, with messages that say how to fix it: {@code https://}
 * (plain {@code http://} only for a loopback host, for local fakes), no {@code {yourOktaDomain}} placeholder
 * copied from the docs, not the admin console's {@code -admin} domain, and nothing after the host: the client
 * adds {@code /api/v1/...} itself.
 */
final class OrgUrl {
  private static final String[] ADMIN_SUFFIXES = {"-admin.okta.com", "-admin.oktapreview.com", "-admin.okta-emea.com"};

  private OrgUrl() {}

  /**
   * {@code value} as a checked org URL, {@code scheme://host[:port]}; {@code source} names where the value came
   * from, for the message.
   *
   * @throws IllegalArgumentException saying what is wrong and how to fix it
   */
  static URI check(String value, String source) {
    String text = value.trim();
    if (text.isEmpty()) {
      throw invalid(source, "is empty");
    }
    if (text.toLowerCase(Locale.ROOT).contains("youroktadomain")) {
      throw invalid(source, "still holds the {yourOktaDomain} placeholder from Okta's documentation; use your org's "
          + "domain, such as https://dev-123456.okta.com");
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      // The input is not repeated: it may hold credentials.
      throw invalid(source, "is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw invalid(source, "must start with https://, such as https://dev-123456.okta.com");
    }
    if (host == null || host.isEmpty()) {
      throw invalid(source, "has no host; expected something like https://dev-123456.okta.com");
    }
    if (uri.getRawUserInfo() != null) {
      throw invalid(source, "must not hold user info (credentials) before the host " + host);
    }
    if (scheme.equals("http") && !LoopbackHosts.isLoopback(host)) {
      throw invalid(source, "must use https:// (http:// is allowed only for loopback hosts: 127.0.0.1, [::1], and "
          + "localhost where it resolves to loopback only); "
          + "got http://" + host);
    }
    String lowerHost = host.toLowerCase(Locale.ROOT);
    for (String suffix : ADMIN_SUFFIXES) {
      if (lowerHost.endsWith(suffix)) {
        String orgHost = host.substring(0, host.length() - suffix.length()) + suffix.substring("-admin".length());
        throw invalid(source, "is the admin console's domain " + host + "; use the org domain without -admin: https://"
            + orgHost);
      }
    }
    String path = uri.getRawPath();
    if (path != null && !path.isEmpty() && !path.equals("/")) {
      throw invalid(source, "must have no path (the client adds /api/v1/... itself); got path " + path
          + ", use " + scheme + "://" + uri.getRawAuthority());
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw invalid(source, "must have no query or fragment; use " + scheme + "://" + uri.getRawAuthority());
    }
    return URI.create(scheme + "://" + uri.getRawAuthority());
  }

  private static IllegalArgumentException invalid(String source, String problem) {
    return new IllegalArgumentException("Okta org URL from " + source + " " + problem);
  }
}
