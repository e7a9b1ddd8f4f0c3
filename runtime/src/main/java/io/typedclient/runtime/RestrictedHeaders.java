package io.typedclient.runtime;

/**
 * Request headers a caller cannot set because the transport owns them. Both transports refuse the same names
 * before anything is sent: {@code java.net.http} would throw an obscure error for some of them, and
 * {@code HttpURLConnection} would silently drop them.
 */
final class RestrictedHeaders {
  private RestrictedHeaders() {}

  /** Throws {@link IllegalArgumentException} naming {@code name} when a request may not carry it. */
  static void check(String name) {
    String reason = reason(name);
    if (reason != null) {
      throw new IllegalArgumentException("header \"" + name + "\" cannot be set on a request: " + reason);
    }
  }

  private static String reason(String name) {
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
    return null;
  }
}
