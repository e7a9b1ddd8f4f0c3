package io.typedclient.runtime.conformance;

import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.UrlConnectionTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * {@link UrlConnectionTransport} against the transport conformance suite over connections that behave as
 * Android's {@code HttpURLConnection} does ({@link AndroidHttpUrlConnection}: transparent gzip that removes
 * {@code Content-Encoding} and {@code Content-Length}, PATCH accepted, redirects followed unless turned off,
 * {@code disconnect()} that closes the socket), opened through a {@link java.net.URLStreamHandler} as Android
 * opens them. {@code AndroidHttpUrlConnectionTest} shows that the double does what this run relies on.
 *
 * <p>{@code ProxyCases} and {@code TlsCases} are skipped here: the transport's proxy and TLS settings open
 * connections themselves and cannot be combined with the connection factory that brings the double in. They run
 * over the JDK's {@code HttpURLConnection} in {@link UrlConnectionTransportConformanceTest}.
 */
final class AndroidUrlConnectionTransportConformanceTest extends HttpTransportConformanceTest {
  private final List<AndroidUrlStreamHandler> handlers = new ArrayList<>();

  @Override
  public HttpTransport newTransport(Duration connectTimeout) {
    AndroidUrlStreamHandler android = new AndroidUrlStreamHandler();
    handlers.add(android);
    return UrlConnectionTransport.builder().connectTimeout(connectTimeout).connectionFactory(android::open).build();
  }

  @AfterEach
  void closeHandlers() {
    handlers.forEach(AndroidUrlStreamHandler::close);
  }
}
