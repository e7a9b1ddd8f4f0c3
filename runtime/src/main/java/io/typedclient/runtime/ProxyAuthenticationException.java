package io.typedclient.runtime;

import org.jspecify.annotations.Nullable;

/**
 * The client's proxy answered {@code 407 Proxy Authentication Required}: no credentials were configured for it, or
 * it refused those that were ({@link #credentialsSent()}). The request never reached the server; repeating it
 * cannot help until the credentials change, so retry policies should not. The message names the proxy and never
 * a credential.
 */
public class ProxyAuthenticationException extends TransportException {
  private static final long serialVersionUID = 1L;

  private final String proxy;
  private final boolean credentialsSent;

  /**
   * A 407 from {@code proxy} ({@code host:port}) for {@code request}; {@code scheme} is what the proxy asks for
   * (its {@code Proxy-Authenticate} scheme, such as {@code Basic}), or {@code null}.
   */
  public ProxyAuthenticationException(
      HttpRequest request, String proxy, boolean credentialsSent, @Nullable String scheme) {
    super("the proxy " + proxy + " answered 407 Proxy Authentication Required to " + request + ": "
        + (credentialsSent ? "it refused the proxy credentials configured for this client"
            : "no proxy credentials are configured for this client")
        + (scheme == null ? "" : " (it asks for " + scheme + ")"), request, null);
    this.proxy = proxy;
    this.credentialsSent = credentialsSent;
  }

  /** The proxy, {@code host:port}. */
  public String proxy() {
    return proxy;
  }

  /** Whether the request carried configured credentials, which the proxy refused. */
  public boolean credentialsSent() {
    return credentialsSent;
  }

  /**
   * The scheme of a {@code Proxy-Authenticate} value, when it is a plain token ({@code Basic}, {@code Negotiate}):
   * a proxy's text is never repeated beyond that.
   */
  static @Nullable String scheme(@Nullable String proxyAuthenticate) {
    if (proxyAuthenticate == null) {
      return null;
    }
    String value = proxyAuthenticate.trim();
    int end = 0;
    while (end < value.length() && end < 32) {
      char c = value.charAt(end);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
        break;
      }
      end++;
    }
    return end == 0 ? null : value.substring(0, end);
  }
}
