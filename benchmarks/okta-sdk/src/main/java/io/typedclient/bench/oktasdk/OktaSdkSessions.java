package io.typedclient.bench.oktasdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.api.SessionApi;
import com.okta.sdk.resource.client.ApiClient;

/**
 * Okta's Java SDK 24 as its documentation sets it up for an API token, with the two changes a fair comparison
 * needs: the response cache is disabled (a session read must reflect the server now, and the other contenders do
 * not cache) and retries are off (none of the contenders retries a 200).
 */
public final class OktaSdkSessions {
  private OktaSdkSessions() {}

  /** The SDK's {@code SessionApi} for the org at {@code baseUrl}; {@code http://} is allowed for loopback tests. */
  public static SessionApi create(String baseUrl, String apiToken) {
    return new SessionApi(apiClient(baseUrl, apiToken));
  }

  /**
   * The SDK's own {@link ObjectMapper}, configured exactly as {@code Clients.builder().build()} configures it
   * ({@code ApiClient}'s defaults plus the builder's custom serializers); building the client opens no connection.
   */
  public static ObjectMapper objectMapper() {
    return apiClient("http://127.0.0.1:9", "unused").getObjectMapper();
  }

  private static ApiClient apiClient(String baseUrl, String apiToken) {
    // Read by the builder's constructor: the SDK refuses http:// otherwise.
    System.setProperty("okta.testing.disableHttpsCheck", "true");
    return Clients.builder()
        .setOrgUrl(baseUrl)
        .setClientCredentials(new TokenClientCredentials(apiToken))
        .setCacheManager(Caches.newDisabledCacheManager())
        .setRetryMaxAttempts(0)
        .setRetryMaxElapsed(0)
        .build();
  }
}
