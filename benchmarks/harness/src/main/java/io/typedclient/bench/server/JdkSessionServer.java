package io.typedclient.bench.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/** The same answers from the JDK's {@code com.sun.net.httpserver}, with a thread pool for the exchanges. */
final class JdkSessionServer implements SessionServer {
  private final HttpServer server;
  private final ExecutorService executor;
  private final ServerThreads threads;
  private final OktaResponses responses = new OktaResponses();
  private final LongAdder requests = new LongAdder();

  private JdkSessionServer(HttpServer server, ExecutorService executor, ServerThreads threads) {
    this.server = server;
    this.executor = executor;
    this.threads = threads;
  }

  static JdkSessionServer start() {
    // Without TCP_NODELAY its separate header and body writes meet delayed ACKs: 40 ms a request.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
      // The JDK names its selector thread "HTTP-Dispatcher"; its CPU time counts too.
      ServerThreads threads = new ServerThreads("bench-jdk-server", "HTTP-Dispatcher");
      ExecutorService executor = Executors.newCachedThreadPool(threads::newThread);
      JdkSessionServer result = new JdkSessionServer(server, executor, threads);
      server.setExecutor(executor);
      server.createContext("/", result::handle);
      server.start();
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      // Counted before answering, so a client that has its response always sees it counted.
      requests.increment();
      int which = OktaResponses.route(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().containsKey("DPoP"));
      Headers headers = exchange.getResponseHeaders();
      for (String[] header : responses.headers()) {
        if (!header[0].equals("Date")) { // the server sets its own
          headers.set(header[0], header[1]);
        }
      }
      byte[] body = OktaResponses.body(which);
      exchange.sendResponseHeaders(OktaResponses.status(which), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public long requests() {
    return requests.sum();
  }

  @Override
  public long connections() {
    return -1;
  }

  @Override
  public long cpuNanos() {
    return threads.cpuNanos();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
