package io.typedclient.runtime;

import org.jspecify.annotations.Nullable;

/**
 * Request headers a caller cannot set because the transport owns them: {@code Host}, {@code Content-Length},
 * {@code Transfer-Encoding}, the hop-by-hop headers ({@code Connection}, {@code Keep-Alive},
 * {@code Proxy-Connection}, {@code Upgrade}, {@code TE}, {@code Trailer}), {@code Expect}, and
 * {@code Proxy-Authorization} (proxy credentials belong in a {@link ProxyConfig}). Names compare case-insensitively.
 *
 * <p>Every {@link HttpTransport} refuses the same names before anything is sent, as its contract says: an HTTP
 * stack would otherwise throw an obscure error for some of them, or silently drop or duplicate them. A transport
 * written outside typedclient calls {@link #check} on each header name of a request before it opens a
 * connection:
 *
 * <pre>
 * HttpHeaders headers = request.headers();
 * for (int i = 0; i &lt; headers.size(); i++) {
 *   RestrictedHeaders.check(headers.name(i));
 * }
 * </pre>
 *
 * The transport conformance suite ({@code typedclient-transport-conformance}) checks that it does.
 */
public final class RestrictedHeaders {
  private RestrictedHeaders() {}

  /**
   * Throws {@link IllegalArgumentException} naming {@code name} and saying why, when a request may not carry it;
   * does nothing otherwise.
   */
  public static void check(String name) {
    String reason = reason(name);
    if (reason != null) {
      throw new IllegalArgumentException("header \"" + name + "\" cannot be set on a request: " + reason);
    }
  }

  private static @Nullable String reason(String name) {
    // equalsIgnoreCase rejects on length first, so this costs little for ordinary names.
    if (name.equalsIgnoreCase("Host")) {
      return "the transport sets it from the request URI";
    }
    if (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Transfer-Encoding")) {
      return "the transport frames the body itself";
    }
    if (name.equalsIgnoreCase("Connection")
        || name.equalsIgnoreCase("Keep-Alive")
        || name.equalsIgnoreCase("Proxy-Connection")
        || name.equalsIgnoreCase("Upgrade")
        || name.equalsIgnoreCase("TE")
        || name.equalsIgnoreCase("Trailer")) {
      return "it is hop-by-hop; the transport manages connections";
    }
    if (name.equalsIgnoreCase("Expect")) {
      return "100-continue is not supported; the body is sent with the request";
    }
    if (name.equalsIgnoreCase("Proxy-Authorization")) {
      // Set on a request, it would reach the server through a tunnel with some transports and not with others.
      return "proxy credentials go in a ProxyConfig, whose transport sends them to the proxy alone, never to the server";
    }
    return null;
  }
}
