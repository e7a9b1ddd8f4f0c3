package io.typedclient.bench.contenders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.okta.sdk.resource.api.SessionApi;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.Session;
import io.typedclient.bench.oktasdk.OktaSdkSessions;
import java.io.IOException;

/** Okta's Java SDK 24: its {@code SessionApi} over Apache HttpClient 5, its Jackson model and ObjectMapper. */
final class OktaSdkContender {
  private OktaSdkContender() {}

  static SessionFetcher fetcher(String baseUrl, String apiToken) {
    SessionApi api = OktaSdkSessions.create(baseUrl, apiToken);
    return new SessionFetcher() {
      @Override
      public Object getSession(String sessionId) {
        try {
          return api.getSession(sessionId);
        } catch (ApiException e) {
          throw new IllegalStateException("okta-sdk getSession failed with HTTP " + e.getCode(), e);
        }
      }

      @Override
      public String summary(Object session) {
        return OktaSdkContender.summary(session);
      }

      @Override
      public void close() {
        try {
          api.getApiClient().getHttpClient().close();
        } catch (IOException ignored) {
          // Closing anyway.
        }
      }
    };
  }

  static SessionCodec codec() {
    ObjectMapper mapper = OktaSdkSessions.objectMapper();
    return new SessionCodec() {
      @Override
      public Object decode(byte[] json) throws IOException {
        return mapper.readValue(json, Session.class);
      }

      @Override
      public byte[] encode(Object session) throws IOException {
        return mapper.writeValueAsBytes(session);
      }

      @Override
      public String summary(Object session) {
        return OktaSdkContender.summary(session);
      }
    };
  }

  private static String summary(Object session) {
    Session s = (Session) session;
    return s.getId() + "/" + s.getStatus();
  }
}
