package io.typedclient.bench.server;

/**
 * A loopback server that answers {@code GET /api/v1/sessions/{id}} like Okta: the fixed {@link SessionPayload}
 * with Okta's headers for the known id and the right API token, Okta's 401 body for a missing or wrong token, its
 * 404 body otherwise. Two implementations, so the benchmarks can show which one costs less per request: a raw
 * socket server (the one the getSession benchmarks use) and the JDK's {@code com.sun.net.httpserver}.
 */
public interface SessionServer extends AutoCloseable {

  /** {@code http://127.0.0.1:<port>}, no trailing slash. */
  String baseUrl();

  /** Requests answered so far. */
  long requests();

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
}
