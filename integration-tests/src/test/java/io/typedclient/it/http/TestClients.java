package io.typedclient.it.http;

import io.typedclient.runtime.ClientConfig;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Configuration and responses shared by the end-to-end tests. */
final class TestClients {
  private TestClients() {}

  /** A configuration for {@code server}, with a Moshi that knows {@link Item} and timeouts short enough for tests. */
  static ClientConfig.Builder config(MockWebServer server) {
    return ClientConfig.builder()
        .baseUrl(server.url("/").toString())
        .moshi(ItemJsonAdapter.moshi())
        .connectTimeout(Duration.ofSeconds(5))
        .requestTimeout(Duration.ofSeconds(5));
  }

  /** A response with {@code status} and a JSON body. */
  static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }
}
