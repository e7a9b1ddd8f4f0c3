package io.typedclient.runtime;

import java.net.InetSocketAddress;
import org.jspecify.annotations.Nullable;

/** The configured proxy one request goes through: its name for messages, and the credentials it is sent. */
final class ProxyRoute {
  /** {@code host:port}. */
  final String proxy;
  /** The {@code Proxy-Authorization} value, or null. */
  final @Nullable String authorization;

  private ProxyRoute(String proxy, @Nullable String authorization) {
    this.proxy = proxy;
    this.authorization = authorization;
  }

  /** The route of a request to {@code request}'s URI under {@code config}, or null when it goes directly. */
  static @Nullable ProxyRoute of(@Nullable ProxyConfig config, HttpRequest request) {
    if (config == null) {
      return null;
    }
    InetSocketAddress address = config.proxyFor(request.uri());
    return address == null ? null : new ProxyRoute(ProxyConfig.describe(address), config.proxyAuthorization());
  }

  /** The exception for a {@code 407} from this proxy; {@code proxyAuthenticate} is its challenge, or null. */
  ProxyAuthenticationException refused(HttpRequest request, @Nullable String proxyAuthenticate) {
    return new ProxyAuthenticationException(
        request, proxy, authorization != null, ProxyAuthenticationException.scheme(proxyAuthenticate));
  }
}
