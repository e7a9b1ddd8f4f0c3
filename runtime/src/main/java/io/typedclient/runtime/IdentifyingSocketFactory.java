package io.typedclient.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * TLS sockets from a configured factory with host name verification switched on in the TLS layer itself
 * ({@code endpointIdentificationAlgorithm = "HTTPS"}) on every socket. {@code HttpsURLConnection} then leaves host
 * names to the TLS layer and never consults a {@code HostnameVerifier}, so a process-wide one that accepts anything
 * cannot turn verification off for {@link UrlConnectionTransport}'s connections.
 */
class IdentifyingSocketFactory extends SSLSocketFactory {
  private final SSLSocketFactory delegate;

  IdentifyingSocketFactory(SSLSocketFactory delegate) {
    this.delegate = delegate;
  }

  @Override
  public String[] getDefaultCipherSuites() {
    return delegate.getDefaultCipherSuites();
  }

  @Override
  public String[] getSupportedCipherSuites() {
    return delegate.getSupportedCipherSuites();
  }

  @Override
  public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
    return identify(delegate.createSocket(socket, host, port, autoClose));
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return identify(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return identify(delegate.createSocket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return identify(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
    return identify(delegate.createSocket(address, port, localAddress, localPort));
  }

  static Socket identify(Socket socket) {
    if (socket instanceof SSLSocket) {
      SSLSocket tls = (SSLSocket) socket;
      SSLParameters parameters = tls.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      tls.setSSLParameters(parameters);
    }
    return socket;
  }
}
