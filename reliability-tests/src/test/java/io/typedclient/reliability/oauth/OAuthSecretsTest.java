package io.typedclient.reliability.oauth;

import static com.google.common.truth.Truth.assertThat;

import io.typedclient.okta.CreateSessionRequest;
import io.typedclient.okta.OktaApiException;
import io.typedclient.okta.OktaConfigurationException;
import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.reliability.secrets.Exposure;
import io.typedclient.reliability.support.Outcome;
import io.typedclient.reliability.support.ServiceAppFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every way an OAuth 2.0 call can end, for the suite's secrets audit: success (sync and async, Bearer and DPoP),
 * token endpoint refusals and garbage, a token refused twice, a DPoP proof refused, the refusals before sending,
 * and keys that cannot be read. Each outcome, client and configuration goes to {@link Exposure}; the private key,
 * the access tokens, the client assertions and the proofs are registered as secrets, so {@code SecretsAuditTest}
 * fails if any of them shows in a message, a stack trace, a log record or a {@code toString}.
 */
@Timeout(60)
class OAuthSecretsTest {
  @Test
  void noOAuthSecretShowsInAnyOutcome() {
    List<Object> seen = new ArrayList<>();
    try (ServiceAppFixture fixture = new ServiceAppFixture()) {
      FakeSession session = fixture.okta().createSession(fixture.user());
      Exposure.global().secret(session.id(), "session id");
      String sessionToken = fixture.okta().issueSessionToken(fixture.user());
      Exposure.global().secret(sessionToken, "session token");
      try (SessionApiClient client = fixture.client().build()) {
        seen.add(client);
        seen.add(Outcome.of(() -> client.getSession(session.id())));
        seen.add(Outcome.of(() -> client.getSessionAsync(session.id()).get(20, TimeUnit.SECONDS)));

        fixture.okta().faults().matching("POST", "/oauth2/v1/token").times(1)
            .respondOAuthError(401, "invalid_client", "The client_assertion signature is invalid.");
        fixture.okta().revokeAccessTokens();
        Outcome refused = Outcome.of(() -> client.getSession(session.id()));
        assertThat(refused.failure()).isInstanceOf(OktaApiException.class);
        seen.add(refused);

        fixture.okta().revokeAccessTokens();
        fixture.okta().faults().matching("POST", "/oauth2/v1/token").times(1).respondWith(200, "application/json",
            "{\"access_token\":\"fake.NotQuiteAToken000000000\",\"token_type\":\"Sideways\"}");
        Exposure.global().secret("fake.NotQuiteAToken000000000", "half-valid access token");
        seen.add(Outcome.of(() -> client.getSession(session.id())));

        fixture.okta().faults().matching("GET", "/api/v1/sessions/*").times(2)
            .challenge(401, "DPoP error=\"invalid_token\", error_description=\"The token has expired.\"");
        seen.add(Outcome.of(() -> client.getSession(session.id())));

        fixture.okta().faults().matching("GET", "/api/v1/sessions/*").times(1).challenge(401,
            "DPoP error=\"invalid_dpop_proof\", error_description=\"'ath' claim in the DPoP proof JWT is invalid.\"");
        Outcome dpop = Outcome.of(() -> client.getSession(session.id()));
        assertThat(((OktaApiException) dpop.failure()).oauthError()).isEqualTo("invalid_dpop_proof");
        seen.add(dpop);

        Outcome create = Outcome.of(() -> client.createSession(CreateSessionRequest.of(sessionToken)));
        assertThat(create.failure()).isInstanceOf(OktaConfigurationException.class);
        seen.add(create);
        seen.add(Outcome.of(() -> client.revokeUserSessionsAsync(fixture.user().id(), true, null)
            .get(20, TimeUnit.SECONDS)));
      }
      try (SessionApiClient narrow = fixture.client().scopes("okta.sessions.read").build()) {
        seen.add(Outcome.of(() -> {
          narrow.endSession(session.id());
          return null;
        }));
      }
      fixture.app().requireDpop(false);
      try (SessionApiClient bearer = fixture.client().dpop(false).build()) {
        seen.add(Outcome.of(() -> bearer.refreshSession(session.id())));
      }
      String pem = fixture.pem();
      String broken = pem.substring(0, pem.length() / 2) + "!" + pem.substring(pem.length() / 2 + 1);
      seen.add(Outcome.of(() -> fixture.client().privateKey(broken).build()));
      seen.add(Outcome.of(() -> fixture.client().privateKey(pem.replace("PRIVATE KEY", "RSA PRIVATE KEY")).build()));
      seen.add(Outcome.of(() -> OktaSessions.builder().orgUrl(fixture.okta().orgUrl()).clientId("0oa1")
          .privateKey(pem.replace("BEGIN", "BEGlN")).build()));
      seen.add(fixture.client().clientId("0oa1other").build());
      fixture.registerWireSecrets();
    }
    for (Object outcome : seen) {
      Exposure.global().object(outcome);
      if (outcome instanceof Outcome && ((Outcome) outcome).failure() != null) {
        Exposure.global().exception(((Outcome) outcome).failure());
      }
    }
    assertThat(seen.size()).isAtLeast(15);
  }
}
