package io.typedclient.okta;

import io.typedclient.runtime.HttpHeaders;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Requests and responses built by hand, for tests of pure logic and interceptors. */
final class TestRequests {
  static final String ORG = "https://dev-123456.okta.com";

  private TestRequests() {}

  static HttpRequest get(String template, String path) {
    return request("GET", template, path, null);
  }

  static HttpRequest request(String method, String template, String path, String jsonBody) {
    HttpRequest.Builder builder = HttpRequest.builder(method, URI.create(ORG + path))
        .pathTemplate(template)
        .operation("SessionApi.test");
    if (jsonBody != null) {
      builder.body(jsonBody.getBytes(StandardCharsets.UTF_8)).header("Content-Type", "application/json");
    }
    return builder.build();
  }

  static HttpRequest getSession(String sessionId) {
    return get("/api/v1/sessions/{sessionId}", "/api/v1/sessions/" + sessionId);
  }

  static HttpRequest createSession() {
    return request("POST", "/api/v1/sessions", "/api/v1/sessions", "{\"sessionToken\":\"tok-secret-123\"}");
  }

  static HttpResponse response(HttpRequest request, int status, String body, String... headers) {
    return HttpResponse.of(
        request, status, HttpHeaders.of(headers), body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }
}
