package io.typedclient.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * For an https request of {@link UrlConnectionTransport} through a configured proxy: the JDK's
 * {@code HttpsURLConnection}, opened without a proxy, asks this factory for an unconnected socket, connects it (a
 * {@link TunnelSocket}, which opens the {@code CONNECT} tunnel) and then layers TLS over it here, host names
 * verified. Any other way of asking for a socket fails instead of going around the proxy: a connection made
 * elsewhere (a platform whose {@code HttpsURLConnection} makes its own sockets, or the JDK's "try directly as a
 * last resort") would reach the server directly. One factory per proxy, kept for the transport's life: the JDK
 * pools kept-alive connections per factory, so tunnels are reused and never shared with direct connections.
 */
final class TunnelingSocketFactory extends IdentifyingSocketFactory {
  private final String proxyHost;
  private final int proxyPort;
  private final @Nullable String authorization;

  TunnelingSocketFactory(SSLSocketFactory tls, String proxyHost, int proxyPort, @Nullable String authorization) {
    super(tls);
    this.proxyHost = proxyHost;
    this.proxyPort = proxyPort;
    this.authorization = authorization;
  }

  @Override
  public Socket createSocket() {
    return new TunnelSocket(proxyHost, proxyPort, authorization);
  }

  @Override
  public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
    if (!(socket instanceof TunnelSocket) || !((TunnelSocket) socket).tunnelsTo(host, port)) {
      if (autoClose) {
        socket.close();
      }
      throw bypass();
    }
    return super.createSocket(socket, host, port, autoClose);
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    throw bypass();
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    throw bypass();
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    throw bypass();
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
    throw bypass();
  }

  private IOException bypass() {
    return new IOException("this platform's HttpsURLConnection opened a connection that does not go through the "
        + "proxy " + ProxyConfig.hostAndPort(proxyHost, proxyPort) + "; refused. UrlConnectionTransport opens proxy "
        + "tunnels itself with the JDK's HttpsURLConnection only");
  }
}
