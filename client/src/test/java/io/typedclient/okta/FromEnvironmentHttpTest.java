package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;

import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link OktaSessions#fromEnvironment()} with the real system properties (set here, and restored). */
@Timeout(30)
class FromEnvironmentHttpTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void fromEnvironmentReadsTheSystemProperties() throws Exception {
    String orgUrl = System.getProperty(OktaSessions.ORG_URL_PROPERTY);
    String token = System.getProperty(OktaSessions.TOKEN_PROPERTY);
    System.setProperty(OktaSessions.ORG_URL_PROPERTY, server.url("/").toString());
    System.setProperty(OktaSessions.TOKEN_PROPERTY, "token-from-property");
    server.enqueue(OktaHttp.example(200, "get-session-response.json"));
    try (SessionApiClient sessions = OktaSessions.fromEnvironment()) {
      assertThat(sessions.getSession(OktaHttp.SESSION_ID).id()).isEqualTo(OktaHttp.SESSION_ID);
    } finally {
      restore(OktaSessions.ORG_URL_PROPERTY, orgUrl);
      restore(OktaSessions.TOKEN_PROPERTY, token);
    }

    RecordedRequest recorded = OktaHttp.take(server);
    assertThat(recorded.getHeaders().get("Authorization")).isEqualTo("SSWS token-from-property");
  }

  private static void restore(String name, String value) {
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
  }
}
