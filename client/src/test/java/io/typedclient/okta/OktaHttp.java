package io.typedclient.okta;

import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** What the over-HTTP tests share: a client for a MockWebServer, and Okta-shaped responses. */
final class OktaHttp {
  static final String API_TOKEN = "00ApiTokenSecretValue-xyz";
  static final String SESSION_ID = "l7FbDVqS8zHSy65uJD85";
  static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");

  private OktaHttp() {}

  /** A builder for a client of {@code server}, with nothing read from the real environment and fixed jitter. */
  static OktaSessions.Builder clientFor(MockWebServer server, FakeScheduler scheduler) {
    return OktaSessions.builder()
        .environment(name -> null, name -> null)
        .orgUrl(server.url("/").toString())
        .apiToken(API_TOKEN)
        .scheduler(scheduler)
        .random(() -> 0.5)
        .requestTimeout(java.time.Duration.ofSeconds(5));
  }

  static MockResponse json(int status, String body, String... headers) {
    MockResponse.Builder builder = new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(body);
    for (int i = 0; i < headers.length; i += 2) {
      builder.addHeader(headers[i], headers[i + 1]);
    }
    return builder.build();
  }

  static MockResponse status(int status, String... headers) {
    MockResponse.Builder builder = new MockResponse.Builder().code(status);
    for (int i = 0; i < headers.length; i += 2) {
      builder.addHeader(headers[i], headers[i + 1]);
    }
    return builder.build();
  }

  static MockResponse example(int status, String file, String... headers) {
    return json(status, Payloads.example(file), headers);
  }

  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("the server received no request within 5 s");
    }
    return request;
  }

  static String body(RecordedRequest request) {
    return request.getBody() == null ? "" : request.getBody().utf8();
  }
}
