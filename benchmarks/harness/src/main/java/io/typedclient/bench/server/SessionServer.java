package io.typedclient.bench.server;

/**
 * A loopback server that answers {@code GET /api/v1/sessions/{id}} like Okta: the fixed {@link SessionPayload}
 * with Okta's headers for the known id and the right API token, Okta's 401 body for a missing or wrong token, its
 * 404 body otherwise. Two implementations, so the benchmarks can show which one costs less per request: a raw
 * socket server (the one the getSession benchmarks use) and the JDK's {@code com.sun.net.httpserver}.
 */
public interface SessionServer extends AutoCloseable {

  /** {@code http://127.0.0.1:<port>} (or {@code https://}), no trailing slash. */
  String baseUrl();

  /** Requests answered so far. */
  long requests();

  /** Requests answered over HTTP/2 so far. */
  default long http2Requests() {
    return 0;
  }

  /** Connections accepted so far; -1 when the server does not count them. */
  long connections();

  /** CPU time the server's threads have used so far, in nanoseconds. */
  long cpuNanos();

  /** Stops accepting, closes every connection. */
  @Override
  void close();

  /** Starts the server named {@code kind}: {@code raw} or {@code jdk}. */
  static SessionServer start(String kind) {
    switch (kind) {
      case "raw":
        return RawSessionServer.start();
      case "jdk":
        return JdkSessionServer.start();
      default:
        throw new IllegalArgumentException("unknown server kind '" + kind + "' (expected raw or jdk)");
    }
  }

  /**
   * A server over TLS 1.3 with the certificate of {@code tls}: {@code h1}, the raw server (HTTP/1.1, no ALPN), or
   * {@code h2}, {@link Http2SessionServer} (ALPN, h2 preferred, HTTP/1.1 for a client without h2).
   */
  static SessionServer startTls(String wire, LoopbackTls tls) {
    switch (wire) {
      case "h1":
        return RawSessionServer.startTls(tls.serverContext());
      case "h2":
        return Http2SessionServer.start(tls);
      default:
        throw new IllegalArgumentException("unknown TLS server '" + wire + "' (expected h1 or h2)");
    }
  }
}
