package io.typedclient.runtime;

import io.typedclient.runtime.internal.LoopbackHosts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Origins (RFC 6454: scheme, host, port) as {@code @Url} compares them: {@code https://host:443}. */
final class Origins {
  private Origins() {}

  /** {@code https://host:443}: scheme and host in lower case, the port explicit. */
  static String of(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
    String host = uri.getHost() == null ? "(no host)" : uri.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + ":" + port;
  }

  /**
   * {@code origin} ({@code https://cdn.example.com}, a port if it is not the scheme's default) checked as a base
   * URL is: https, or http for loopback hosts; no user info, path, query or fragment.
   */
  static String parse(String origin) {
    URI uri;
    try {
      uri = new URI(origin.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("URL origin is not a valid URI: " + e.getReason(), null);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || !(scheme.equals("https") || scheme.equals("http") && LoopbackHosts.isLoopback(host))) {
      throw new IllegalArgumentException("URL origin must be https://host[:port] (http:// for loopback hosts only)");
    }
    String path = uri.getRawPath();
    if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
        || (path != null && !path.isEmpty() && !path.equals("/"))) {
      throw new IllegalArgumentException(
          "URL origin of host " + host + " must be scheme, host and port only: no user info, path, query or fragment");
    }
    return of(uri);
  }
}
