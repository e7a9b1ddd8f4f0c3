package io.typedclient.runtime;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * Opens the connections of an {@link UrlConnectionTransport} built with a {@link ProxyConfig} or a
 * {@link TlsConfig}, so that every request of the transport takes the same route and trust:
 * <ul>
 *   <li>directly ({@link Proxy#NO_PROXY}) when the proxy configuration says so, never by the JVM's proxy settings;
 *   <li>https through the proxy: over a {@link TunnelSocket} the transport opens itself, which sends the
 *       credentials in the {@code CONNECT} only ({@link TunnelingSocketFactory});
 *   <li>http through the proxy: the JDK's own proxying, with the credentials as a {@code Proxy-Authorization}
 *       header, which goes to the proxy;
 *   <li>without a proxy configuration, the JVM's proxy settings, as an unconfigured transport.
 * </ul>
 * TLS comes from the {@link TlsConfig}, else the JVM's default socket factory (read once, when the transport is
 * built), with host names verified by the TLS layer. Direct https requests of a transport without a
 * {@link TlsConfig} keep the JVM's defaults untouched.
 */
final class ConfiguredConnections implements UrlConnectionTransport.ConnectionFactory {
  private final @Nullable ProxyConfig proxy;
  /** For direct https requests; null without a TlsConfig (the JVM's defaults apply). */
  private final @Nullable SSLSocketFactory tls;
  /** What tunnels layer TLS with. */
  private final SSLSocketFactory tunnelTls;
  private final ConcurrentMap<String, TunnelingSocketFactory> tunnels = new ConcurrentHashMap<>();

  ConfiguredConnections(@Nullable ProxyConfig proxy, @Nullable TlsConfig tls) {
    this.proxy = proxy;
    this.tls = tls == null ? null : new IdentifyingSocketFactory(tls.sslContext().getSocketFactory());
    this.tunnelTls = tls == null ? HttpsURLConnection.getDefaultSSLSocketFactory() : tls.sslContext().getSocketFactory();
  }

  @Override
  public HttpURLConnection open(URL url) throws IOException {
    boolean https = url.getProtocol().equalsIgnoreCase("https");
    ProxyConfig proxy = this.proxy;
    InetSocketAddress via = proxy == null ? null : proxy.proxyFor(uri(url));
    URLConnection connection;
    if (proxy == null) {
      connection = url.openConnection();
    } else if (via == null || https) {
      connection = url.openConnection(Proxy.NO_PROXY);
    } else {
      connection = url.openConnection(new Proxy(Proxy.Type.HTTP, via));
    }
    if (!(connection instanceof HttpURLConnection)) {
      throw new IOException("not an HTTP URL: " + url.getProtocol());
    }
    HttpURLConnection http = (HttpURLConnection) connection;
    if (https && http instanceof HttpsURLConnection) {
      HttpsURLConnection secure = (HttpsURLConnection) http;
      if (via != null) {
        secure.setSSLSocketFactory(tunnel(via, proxy));
      } else if (tls != null) {
        secure.setSSLSocketFactory(tls);
      }
    } else if (https && via != null) {
      throw new IOException("this platform's connection for https is not an HttpsURLConnection; refused rather than "
          + "sent around the proxy");
    } else if (via != null && proxy != null && proxy.hasCredentials()) {
      http.setRequestProperty("Proxy-Authorization", proxy.proxyAuthorization());
    }
    return http;
  }

  private TunnelingSocketFactory tunnel(InetSocketAddress via, @Nullable ProxyConfig proxy) {
    String key = ProxyConfig.describe(via);
    TunnelingSocketFactory factory = tunnels.get(key);
    if (factory == null) {
      factory = new TunnelingSocketFactory(tunnelTls, via.getHostString(), via.getPort(),
          proxy == null ? null : proxy.proxyAuthorization());
      TunnelingSocketFactory raced = tunnels.putIfAbsent(key, factory);
      if (raced != null) {
        factory = raced;
      }
    }
    return factory;
  }

  private static URI uri(URL url) throws IOException {
    try {
      return url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException("not a valid URI: " + e.getReason(), e);
    }
  }
}
