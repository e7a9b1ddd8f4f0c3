package io.typedclient.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A socket that, asked to connect to a server, connects to an HTTP proxy instead and opens a {@code CONNECT} tunnel
 * to the server through it, sending the configured {@code Proxy-Authorization} in the {@code CONNECT} and nowhere
 * else. {@link UrlConnectionTransport} hands it to the JDK's {@code HttpsURLConnection} through
 * {@link TunnelingSocketFactory}, which then runs TLS to the server inside the tunnel. The tunnel is set up within
 * the connect timeout it is given: connecting to the proxy and its answer together.
 */
final class TunnelSocket extends Socket {
  /** The most a proxy's answer to {@code CONNECT} may hold; it is headers only. */
  private static final int MAX_ANSWER = 16 * 1024;

  private final String proxyHost;
  private final int proxyPort;
  private final @Nullable String authorization;
  private volatile @Nullable String target;

  /** A tunnel through {@code proxyHost}:{@code proxyPort}; {@code authorization} is the header value, or null. */
  TunnelSocket(String proxyHost, int proxyPort, @Nullable String authorization) {
    // NO_PROXY: the JVM's SOCKS settings must not apply to the connection to the HTTP proxy.
    super(Proxy.NO_PROXY);
    this.proxyHost = proxyHost;
    this.proxyPort = proxyPort;
    this.authorization = authorization;
  }

  @Override
  public void connect(SocketAddress endpoint) throws IOException {
    connect(endpoint, 0);
  }

  /** Connects to the proxy and opens the tunnel to {@code endpoint}, all within {@code timeout} ms (0: none). */
  @Override
  public void connect(SocketAddress endpoint, int timeout) throws IOException {
    if (!(endpoint instanceof InetSocketAddress)) {
      throw new IOException("a tunnel needs a host and port, not " + endpoint);
    }
    InetSocketAddress server = (InetSocketAddress) endpoint;
    // The host as the URL gave it: the proxy resolves it, so a name the client cannot resolve still works.
    String authority = ProxyConfig.hostAndPort(server.getHostString(), server.getPort());
    long deadline = timeout == 0 ? Long.MAX_VALUE : System.nanoTime() + timeout * 1_000_000L;
    super.connect(new InetSocketAddress(proxyHost, proxyPort), timeout);
    int readTimeout = getSoTimeout();
    try {
      StringBuilder connect = new StringBuilder(256)
          .append("CONNECT ").append(authority).append(" HTTP/1.1\r\n")
          .append("Host: ").append(authority).append("\r\n");
      if (authorization != null) {
        connect.append("Proxy-Authorization: ").append(authorization).append("\r\n");
      }
      OutputStream out = getOutputStream();
      out.write(connect.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      readAnswer(deadline);
      target = authority;
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
    setSoTimeout(readTimeout);
  }

  /** Whether this socket is a tunnel to {@code host}:{@code port}. */
  boolean tunnelsTo(String host, int port) {
    return ProxyConfig.hostAndPort(host, port).equalsIgnoreCase(target)
        || ProxyConfig.hostAndPort(unbracketed(host), port).equalsIgnoreCase(target);
  }

  /** {@code host:port} of the proxy. */
  String proxy() {
    return ProxyConfig.hostAndPort(proxyHost, proxyPort);
  }

  /** Reads the proxy's answer up to its blank line, one byte at a time: the TLS bytes that follow are the server's. */
  private void readAnswer(long deadline) throws IOException {
    InputStream in = getInputStream();
    StringBuilder head = new StringBuilder(128);
    int newlines = 0;
    while (newlines < 2) {
      long remaining = (deadline - System.nanoTime()) / 1_000_000;
      if (remaining <= 0) {
        throw new SocketTimeoutException("the proxy " + proxy() + " did not answer CONNECT within the connect timeout");
      }
      setSoTimeout((int) Math.min(remaining, Integer.MAX_VALUE));
      int b;
      try {
        b = in.read();
      } catch (SocketTimeoutException e) {
        throw new SocketTimeoutException("the proxy " + proxy() + " did not answer CONNECT within the connect timeout");
      }
      if (b < 0) {
        throw new IOException("the proxy " + proxy() + " closed the connection before answering CONNECT");
      }
      if (head.length() >= MAX_ANSWER) {
        throw new IOException("the proxy " + proxy() + " answered CONNECT with more than " + MAX_ANSWER + " bytes of headers");
      }
      if (b == '\n') {
        newlines++;
      } else if (b != '\r') {
        newlines = 0;
      }
      head.append((char) b);
    }
    String[] lines = head.toString().split("\r?\n");
    String statusLine = lines[0];
    int status = status(statusLine);
    if (status >= 200 && status < 300) {
      return;
    }
    String challenge = null;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0 && lines[i].substring(0, colon).trim().equalsIgnoreCase("Proxy-Authenticate") && challenge == null) {
        challenge = lines[i].substring(colon + 1);
      }
    }
    throw new TunnelRefusedException(proxy(), status, authorization != null, ProxyAuthenticationException.scheme(challenge));
  }

  private int status(String statusLine) throws IOException {
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || parts[1].length() != 3) {
      throw new IOException("the proxy " + proxy() + " did not answer CONNECT with an HTTP/1.x status line");
    }
    try {
      return Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      throw new IOException("the proxy " + proxy() + " did not answer CONNECT with an HTTP/1.x status line", e);
    }
  }

  private static String unbracketed(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** The proxy answered {@code CONNECT} with something other than 2xx; the exchange turns it into our exception. */
  static final class TunnelRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    final String proxy;
    final int status;
    final boolean credentialsSent;
    final @Nullable String scheme;

    TunnelRefusedException(String proxy, int status, boolean credentialsSent, @Nullable String scheme) {
      super("the proxy " + proxy + " refused the tunnel: " + status);
      this.proxy = proxy;
      this.status = status;
      this.credentialsSent = credentialsSent;
      this.scheme = scheme;
    }
  }
}
