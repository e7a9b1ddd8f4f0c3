package io.typedclient.bench.server;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.http2.HTTP2Cipher;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The same answers over HTTP/2 (TLS 1.3, h2 chosen by ALPN, HTTP/1.1 for a client that does not offer h2), from
 * Jetty 12. Jetty, because a loopback h2 server is a whole protocol (HPACK, flow control, stream dispatch) that the
 * benchmarks should not write themselves; Jetty's handler API makes the server one small class, and it terminates
 * TLS with the JDK's own {@code SSLEngine}, as every client here does. Only the harness depends on it. Responses
 * carry the headers and bodies of {@link OktaResponses}, as the raw server's do.
 */
final class Http2SessionServer implements SessionServer {
  private static final String THREADS = "bench-h2-server";

  private final Server server;
  private final ServerConnector connector;
  private final ServerThreads threads;
  private final OktaResponses responses = new OktaResponses();
  private final LongAdder requests = new LongAdder();
  private final LongAdder http2Requests = new LongAdder();
  private final LongAdder accepted = new LongAdder();

  private Http2SessionServer(LoopbackTls tls) {
    QueuedThreadPool pool = new QueuedThreadPool();
    pool.setName(THREADS);
    pool.setDaemon(true);
    this.threads = new ServerThreads(THREADS + "-own", THREADS, "Scheduler-");
    this.server = new Server(pool);
    HttpConfiguration config = new HttpConfiguration();
    config.setSendServerVersion(false);
    config.setSendDateHeader(false);
    config.setSendXPoweredBy(false);
    HttpConnectionFactory http1 = new HttpConnectionFactory(config);
    HTTP2ServerConnectionFactory http2 = new HTTP2ServerConnectionFactory(config);
    ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory();
    alpn.setDefaultProtocol(http1.getProtocol());
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setKeyStorePath(tls.keyStore().toString());
    ssl.setKeyStorePassword(LoopbackTls.password());
    ssl.setKeyStoreType("PKCS12");
    ssl.setIncludeProtocols(LoopbackTls.PROTOCOL);
    ssl.setCipherComparator(HTTP2Cipher.COMPARATOR);
    this.connector = new ServerConnector(server, new SslConnectionFactory(ssl, alpn.getProtocol()), alpn, http2, http1);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    connector.setAcceptQueueSize(1024);
    connector.addEventListener(new Connection.Listener() {
      @Override
      public void onOpened(Connection connection) {
        if (connection instanceof SslConnection) {
          accepted.increment();
        }
      }
    });
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        answer(request, response, callback);
        return true;
      }
    });
  }

  static Http2SessionServer start(LoopbackTls tls) {
    Http2SessionServer result = new Http2SessionServer(tls);
    try {
      result.server.start();
    } catch (Exception e) {
      throw new IllegalStateException("the h2 loopback server did not start", e);
    }
    return result;
  }

  private void answer(Request request, Response response, Callback callback) throws Exception {
    Content.Source.consumeAll(request);
    // Counted before answering, so a client that has its response always sees it counted.
    requests.increment();
    if (request.getConnectionMetaData().getHttpVersion() == HttpVersion.HTTP_2) {
      http2Requests.increment();
    }
    HttpFields requestHeaders = request.getHeaders();
    int which = OktaResponses.route(request.getMethod(), request.getHttpURI().getPathQuery(),
        requestHeaders.get(HttpHeader.AUTHORIZATION), requestHeaders.contains("DPoP"));
    response.setStatus(OktaResponses.status(which));
    HttpFields.Mutable headers = response.getHeaders();
    for (String[] header : responses.headers()) {
      headers.put(header[0], header[1]);
    }
    byte[] body = OktaResponses.body(which);
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  @Override
  public String baseUrl() {
    return "https://127.0.0.1:" + connector.getLocalPort();
  }

  @Override
  public long requests() {
    return requests.sum();
  }

  @Override
  public long http2Requests() {
    return http2Requests.sum();
  }

  @Override
  public long connections() {
    return accepted.sum();
  }

  @Override
  public long cpuNanos() {
    return threads.cpuNanos();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      // Closing anyway.
    }
  }
}
