package io.typedclient.okta.testing;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/** java.net.http against a FakeOkta, with timeouts on everything, plus JSON reading for assertions. */
final class Http {
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final FakeOkta okta;
  private final HttpClient client;

  Http(FakeOkta okta) {
    this(okta, HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
  }

  Http(FakeOkta okta, HttpClient client) {
    this.okta = okta;
    this.client = client;
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(okta.orgUrl() + path)).timeout(TIMEOUT);
  }

  /** With {@code Authorization: SSWS <api token>}. */
  HttpRequest.Builder managed(String path) {
    return request(path).header("Authorization", "SSWS " + okta.apiToken()).header("Accept", "application/json");
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> createSession(String sessionToken) throws IOException, InterruptedException {
    return send(managed("/api/v1/sessions")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"sessionToken\":\"" + sessionToken + "\"}")));
  }

  HttpResponse<String> getSession(String sessionId) throws IOException, InterruptedException {
    return send(managed("/api/v1/sessions/" + sessionId).GET());
  }

  HttpResponse<String> refreshSession(String sessionId) throws IOException, InterruptedException {
    return send(managed("/api/v1/sessions/" + sessionId + "/lifecycle/refresh")
        .POST(HttpRequest.BodyPublishers.noBody()));
  }

  HttpResponse<String> endSession(String sessionId) throws IOException, InterruptedException {
    return send(managed("/api/v1/sessions/" + sessionId).DELETE());
  }

  static Map<String, Object> json(HttpResponse<String> response) throws IOException {
    return json(response.body());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(String text) throws IOException {
    return (Map<String, Object>) JsonReader.of(new Buffer().writeUtf8(text)).readJsonValue();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> json, String name) {
    return (Map<String, Object>) json.get(name);
  }

  @SuppressWarnings("unchecked")
  static List<Object> array(Map<String, Object> json, String name) {
    return (List<Object>) json.get(name);
  }
}
