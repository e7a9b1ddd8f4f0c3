package io.typedclient.runtime.conformance;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.ProxyConfig;
import io.typedclient.runtime.TlsConfig;
import java.time.Duration;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Assumptions;

/**
 * What every group of conformance cases works with: the loopback server, the transport under test, and the
 * transport's answers about itself. {@link HttpTransportConformanceTest} implements it; each group of cases is an
 * interface that extends it, with the cases as default methods.
 */
interface TransportFixture {
  /** A server on loopback, started before each case and shut down after it; {@code enqueue} its answers. */
  MockWebServer server();

  /** The transport under test, new for each case, with a connect timeout of 5 s; closed after the case. */
  HttpTransport transport();

  /** A new transport of the kind under test; see {@link HttpTransportConformanceTest#newTransport}. */
  HttpTransport newTransport(Duration connectTimeout);

  /** See {@link HttpTransportConformanceTest#newTransport(Duration, ProxyConfig, TlsConfig)}. */
  HttpTransport newTransport(Duration connectTimeout, ProxyConfig proxy, TlsConfig tls);

  /** See {@link HttpTransportConformanceTest#sendsProxyCredentials}. */
  boolean sendsProxyCredentials();

  /** See {@link HttpTransportConformanceTest#sendsPatch}. */
  boolean sendsPatch();

  /** A request to {@code path} on {@link #server()}, with a timeout of 5 s. */
  default HttpRequest.Builder request(String method, String path) {
    return HttpRequest.builder(method, server().url(path).uri()).timeout(Duration.ofSeconds(5));
  }

  /**
   * A transport configured with {@code proxy} and {@code tls} (either may be null) and a connect timeout of 5 s; the
   * case is skipped, and reported so, for a transport that takes no such configuration.
   */
  default HttpTransport configured(ProxyConfig proxy, TlsConfig tls) {
    try {
      return newTransport(Duration.ofSeconds(5), proxy, tls);
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("this transport takes no proxy or TLS configuration: " + e.getMessage());
      throw e;
    }
  }

  /** A 200 answer with {@code body}. */
  default MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  /** Has the server answer every request, in any order, with 200 and {@code "answer to <path>"}. */
  default void answerEachRequestWithItsPath() {
    server().setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return ok("answer to " + request.getUrl().encodedPath());
          }
        });
  }
}
