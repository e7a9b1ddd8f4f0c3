package io.typedclient.okta;

import io.typedclient.runtime.ClientConfig;
import io.typedclient.runtime.ClientRuntime;
import io.typedclient.runtime.HttpHeaders;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.RequestBuilder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * Requests and responses for tests of pure logic and interceptors. Requests are built by the runtime's own
 * {@link RequestBuilder}, as generated code builds them, so that each carries the invocation a real call has.
 */
final class TestRequests {
  static final String ORG = "https://dev-123456.okta.com";

  private static final ClientRuntime RUNTIME =
      new ClientRuntime(ClientConfig.builder().baseUrl(ORG).transport(new NeverSends()).build());

  private TestRequests() {}

  /** A GET of {@code template} with its placeholders filled by {@code values}, in order. */
  static HttpRequest get(String template, String... values) {
    return request("GET", template, null, values);
  }

  /**
   * A request of {@code template}, placeholders filled by {@code values} in order, named
   * {@code SessionApi.test}, with {@code jsonBody} when it is not null.
   */
  static HttpRequest request(String method, String template, String jsonBody, String... values) {
    RequestBuilder builder = RUNTIME.request(method, template, "SessionApi", "test");
    int literal = 0;
    int value = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', literal)) {
      int close = template.indexOf('}', open);
      builder.appendPath(template.substring(literal, open))
          .appendPathSegment(template.substring(open + 1, close), values[value++]);
      literal = close + 1;
    }
    if (value != values.length) {
      throw new IllegalArgumentException(template + " has " + value + " placeholders, not " + values.length);
    }
    builder.appendPath(template.substring(literal));
    HttpRequest request = builder.build();
    if (jsonBody == null) {
      return request;
    }
    return request.toBuilder()
        .body(jsonBody.getBytes(StandardCharsets.UTF_8))
        .header("Content-Type", "application/json")
        .build();
  }

  static HttpRequest getSession(String sessionId) {
    return get("/api/v1/sessions/{sessionId}", sessionId);
  }

  static HttpRequest createSession() {
    return request("POST", "/api/v1/sessions", "{\"sessionToken\":\"tok-secret-123\"}");
  }

  static HttpResponse response(HttpRequest request, int status, String body, String... headers) {
    return HttpResponse.of(
        request, status, HttpHeaders.of(headers), body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  /** These requests are only inspected; sending one is a mistake in the test. */
  private static final class NeverSends implements HttpTransport {
    @Override
    public HttpResponse execute(HttpRequest request) {
      throw new AssertionError("TestRequests are not sent: " + request);
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
      throw new AssertionError("TestRequests are not sent: " + request);
    }
  }
}
