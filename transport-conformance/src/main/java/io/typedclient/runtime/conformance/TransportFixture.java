package io.typedclient.runtime.conformance;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpTransport;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

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

  /** See {@link HttpTransportConformanceTest#sendsPatch}. */
  boolean sendsPatch();

  /** A request to {@code path} on {@link #server()}, with a timeout of 5 s. */
  default HttpRequest.Builder request(String method, String path) {
    return HttpRequest.builder(method, server().url(path).uri()).timeout(Duration.ofSeconds(5));
  }

  /** A 200 answer with {@code body}. */
  default MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }
}
