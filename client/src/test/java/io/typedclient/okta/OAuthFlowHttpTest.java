package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.okta.testing.FakeSession;
import io.typedclient.okta.testing.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The OAuth 2.0 service-app flow against FakeOkta's token endpoint, one Okta rule per test: the client
 * credentials request, DPoP detected from the token endpoint's answer, the nonce challenge, DPoP-bound calls with
 * {@code ath}, caching, refresh ahead of expiry, a failed refresh that does not stick, the one retry after
 * {@code invalid_token}, and the refusals made before anything is sent.
 */
@Timeout(60)
class OAuthFlowHttpTest {
  private final OAuthOrg org = new OAuthOrg();

  @AfterEach
  void close() {
    org.close();
  }

  @Test
  void detectsDpopAnswersTheNonceChallengeAndMakesABoundCall() throws Exception {
    FakeSession session = org.okta.createSession(org.user);
    try (SessionApiClient client = org.client().build()) {
      assertThat(client.getSession(session.id()).id()).isEqualTo(session.id());
    }

    List<RecordedRequest> tokens = org.tokenRequests();
    assertThat(tokens).hasSize(3);
    // 1: a Bearer request, which the DPoP app refuses; 2: a proof without nonce; 3: the proof with the nonce.
    assertThat(tokens.get(0).header("DPoP")).isNull();
    assertThat(OAuthOrg.claims(tokens.get(1).header("DPoP"))).doesNotContainKey("nonce");
    Map<String, Object> third = OAuthOrg.claims(tokens.get(2).header("DPoP"));
    assertThat(third.get("nonce")).isEqualTo(org.okta.currentDpopNonce());
    assertThat(third.get("htm")).isEqualTo("POST");
    assertThat(third.get("htu")).isEqualTo(org.okta.orgUrl() + "/oauth2/v1/token");
    assertThat(third).doesNotContainKey("ath");
    for (RecordedRequest token : tokens) {
      assertThat(token.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
      assertThat(token.body()).startsWith("grant_type=client_credentials&scope=okta.sessions.read+okta.sessions.manage"
          + "+okta.users.manage&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"
          + "&client_assertion=");
      assertThat(token.header("User-Agent")).startsWith("typedclient-okta-sessions/");
    }

    RecordedRequest call = org.apiRequests().get(0);
    String token = call.header("Authorization").substring("DPoP ".length());
    assertThat(call.header("Authorization")).startsWith("DPoP ");
    Map<String, Object> proof = OAuthOrg.claims(call.header("DPoP"));
    assertThat(proof.get("htm")).isEqualTo("GET");
    assertThat(proof.get("htu")).isEqualTo(org.okta.orgUrl() + "/api/v1/sessions/" + session.id());
    assertThat(proof.get("ath")).isEqualTo(Base64.getUrlEncoder().withoutPadding()
        .encodeToString(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII))));
    assertThat(OAuthOrg.header(call.header("DPoP")).get("typ")).isEqualTo("dpop+jwt");
  }

  @Test
  void usesABearerTokenWhenTheAppDoesNotRequireDpop() {
    org.app.requireDpop(false);
    FakeSession session = org.okta.createSession(org.user);
    try (SessionApiClient client = org.client().build()) {
      client.getSession(session.id());
    }
    assertThat(org.tokenRequests()).hasSize(1);
    assertThat(org.apiRequests().get(0).header("Authorization")).startsWith("Bearer fake.");
    assertThat(org.apiRequests().get(0).header("DPoP")).isNull();
  }

  @Test
  void dpopForcedOnSendsAProofFromTheFirstTokenRequest() {
    FakeSession session = org.okta.createSession(org.user);
    try (SessionApiClient client = org.client().dpop(true).build()) {
      client.getSession(session.id());
    }
    assertThat(org.tokenRequests()).hasSize(2);
    assertThat(org.tokenRequests().get(0).header("DPoP")).isNotNull();
  }

  @Test
  void dpopForcedOffAgainstADpopAppSaysWhatTheTokenEndpointWants() {
    FakeSession session = org.okta.createSession(org.user);
    try (SessionApiClient client = org.client().dpop(false).build()) {
      OktaApiException e = assertThrows(OktaApiException.class, () -> client.getSession(session.id()));
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.oauthError()).isEqualTo("invalid_dpop_proof");
      assertThat(e.getMessage()).contains("POST " + org.okta.orgUrl() + "/oauth2/v1/token");
      assertThat(e.getMessage()).contains("invalid_dpop_proof: The DPoP proof JWT header is missing.");
    }
    assertThat(org.apiRequests()).isEmpty();
  }

  @Test
  void cachesTheTokenAndKeepsTheNonceUntilTheServerGivesAnother() {
    FakeSession session = org.okta.createSession(org.user);
    try (SessionApiClient client = org.client().build()) {
      client.getSession(session.id());
      client.refreshSession(session.id());
      client.getSession(session.id());
      assertThat(org.tokenRequests()).hasSize(3);

      org.clock.advance(Duration.ofMinutes(61));
      client.refreshSession(session.id());
      // The nonce from the handshake is still good: one request, no challenge.
      assertThat(org.tokenRequests()).hasSize(4);

      org.okta.rotateDpopNonce();
      org.clock.advance(Duration.ofMinutes(61));
      client.getSession(session.id());
      List<RecordedRequest> tokens = org.tokenRequests();
      assertThat(tokens).hasSize(6);
      assertThat(OAuthOrg.claims(tokens.get(5).header("DPoP")).get("nonce")).isEqualTo(org.okta.currentDpopNonce());
    }
  }

  @Test
  void refreshesAheadOfExpiryWhileTheOldTokenStillWorks() {
    FakeSession session = org.okta.createSession(org.user);
    try (SessionApiClient client = org.client().build()) {
      client.getSession(session.id());
      String first = org.apiRequests().get(0).header("Authorization");
      org.clock.advance(Duration.ofMinutes(50));
      client.getSession(session.id());
      assertThat(org.tokenRequests()).hasSize(3);
      org.clock.advance(Duration.ofMinutes(6));
      client.getSession(session.id());
      assertThat(org.tokenRequests()).hasSize(4);
      assertThat(org.apiRequests().get(2).header("Authorization")).isNotEqualTo(first);
    }
  }

  @Test
  void aFailedTokenRequestFailsItsCallAndTheNextCallTriesAgain() {
    FakeSession session = org.okta.createSession(org.user);
    org.okta.faults().matching("POST", "/oauth2/v1/token").times(1)
        .respondOAuthError(401, "invalid_client", "The client_assertion signature is invalid.");
    try (SessionApiClient client = org.client().build()) {
      OktaApiException e = assertThrows(OktaApiException.class, () -> client.getSession(session.id()));
      assertThat(e.status()).isEqualTo(401);
      assertThat(e.oauthError()).isEqualTo("invalid_client");
      assertThat(e.getMessage()).contains("invalid_client: The client_assertion signature is invalid.");
      assertThat(client.getSession(session.id()).id()).isEqualTo(session.id());
    }
  }

  @Test
  void aRetryableTokenEndpointAnswerIsRetriedLikeAnyOther() {
    FakeSession session = org.okta.createSession(org.user);
    org.okta.faults().matching("POST", "/oauth2/v1/token").times(1).respond(503);
    try (SessionApiClient client = org.client().build()) {
      assertThat(client.getSession(session.id()).id()).isEqualTo(session.id());
    }
  }

  @Test
  void anInvalidTokenIsDiscardedAndTheCallMadeOnceMoreWithANewOne() {
    FakeSession session = org.okta.createSession(org.user);
    try (SessionApiClient client = org.client().build()) {
      client.getSession(session.id());
      org.okta.revokeAccessTokens();
      int before = org.okta.tokenRequestCount();
      assertThat(client.getSession(session.id()).id()).isEqualTo(session.id());
      assertThat(org.okta.tokenRequestCount()).isEqualTo(before + 1);
      List<RecordedRequest> calls = org.apiRequests();
      assertThat(calls).hasSize(3);
      assertThat(calls.get(2).header("Authorization")).isNotEqualTo(calls.get(1).header("Authorization"));
    }
  }

  @Test
  void anInvalidTokenTwiceInARowIsRetriedOnlyOnce() {
    FakeSession session = org.okta.createSession(org.user);
    org.okta.faults().matching("GET", "/api/v1/sessions/*")
        .challenge(401, "DPoP error=\"invalid_token\", error_description=\"The token has expired.\"");
    try (SessionApiClient client = org.client().build()) {
      OktaApiException e = assertThrows(OktaApiException.class, () -> client.getSession(session.id()));
      assertThat(e.oauthError()).isEqualTo("invalid_token");
    }
    assertThat(org.apiRequests()).hasSize(2);
  }

  @Test
  void aDpopErrorOnACallSaysWhichClaimOktaRefused() {
    FakeSession session = org.okta.createSession(org.user);
    org.okta.faults().matching("GET", "/api/v1/sessions/*").challenge(401, "DPoP algs=\"ES256\", "
        + "error=\"invalid_dpop_proof\", error_description=\"'htu' claim in the DPoP proof JWT is invalid.\"");
    try (SessionApiClient client = org.client().build()) {
      OktaApiException e = assertThrows(OktaApiException.class, () -> client.getSession(session.id()));
      assertThat(e.status()).isEqualTo(401);
      assertThat(e.oauthError()).isEqualTo("invalid_dpop_proof");
      assertThat(e.oauthErrorDescription()).isEqualTo("'htu' claim in the DPoP proof JWT is invalid.");
      assertThat(e.getMessage())
          .contains("WWW-Authenticate: DPoP error invalid_dpop_proof: 'htu' claim in the DPoP proof JWT is invalid.");
    }
    assertThat(org.apiRequests()).hasSize(1);
  }

  @Test
  void aResourceNonceChallengeIsAnsweredOnceWithTheNonce() {
    FakeSession session = org.okta.createSession(org.user);
    org.okta.faults().matching("GET", "/api/v1/sessions/*").times(1)
        .challenge(401, "DPoP error=\"use_dpop_nonce\"", "DPoP-Nonce", "api-nonce-1");
    try (SessionApiClient client = org.client().build()) {
      client.getSession(session.id());
      client.getSession(session.id());
    }
    List<RecordedRequest> calls = org.apiRequests();
    assertThat(calls).hasSize(3);
    assertThat(OAuthOrg.claims(calls.get(0).header("DPoP"))).doesNotContainKey("nonce");
    assertThat(OAuthOrg.claims(calls.get(1).header("DPoP")).get("nonce")).isEqualTo("api-nonce-1");
    assertThat(OAuthOrg.claims(calls.get(2).header("DPoP")).get("nonce")).isEqualTo("api-nonce-1");
  }

  @Test
  void everyAttemptCarriesAFreshProofRetriesIncluded() {
    FakeSession session = org.okta.createSession(org.user);
    org.okta.faults().matching("GET", "/api/v1/sessions/*").times(1).respond(503);
    try (SessionApiClient client = org.client().build()) {
      client.getSession(session.id());
    }
    List<RecordedRequest> calls = org.apiRequests();
    assertThat(calls).hasSize(2);
    assertThat(calls.get(1).header("X-Okta-Retry-Count")).isEqualTo("1");
    Object firstJti = OAuthOrg.claims(calls.get(0).header("DPoP")).get("jti");
    Object secondJti = OAuthOrg.claims(calls.get(1).header("DPoP")).get("jti");
    assertThat(firstJti).isNotEqualTo(secondJti);
    assertThat(OAuthOrg.claims(calls.get(1).header("DPoP")).get("ath"))
        .isEqualTo(OAuthOrg.claims(calls.get(0).header("DPoP")).get("ath"));
  }

  @Test
  void createSessionIsRefusedBeforeTheSessionTokenIsSpent() {
    String sessionToken = org.okta.issueSessionToken(org.user);
    try (SessionApiClient client = org.client().build()) {
      OktaConfigurationException e = assertThrows(OktaConfigurationException.class,
          () -> client.createSession(CreateSessionRequest.of(sessionToken)));
      assertThat(e).hasMessageThat().contains("needs an API token");
      assertThat(e).hasMessageThat().doesNotContain(sessionToken);
      ExecutionFailure async = ExecutionFailure.of(client.createSessionAsync(CreateSessionRequest.of(sessionToken)));
      assertThat(async.cause).isInstanceOf(OktaConfigurationException.class);
    }
    assertThat(org.okta.requestCount()).isEqualTo(0);
    try (SessionApiClient withApiToken = OktaSessions.builder().orgUrl(org.okta.orgUrl())
        .apiToken(org.okta.apiToken()).build()) {
      assertThat(withApiToken.createSession(CreateSessionRequest.of(sessionToken)).userId()).isEqualTo(org.user.id());
    }
  }

  @Test
  void currentSessionCallsSendTheCookieOnlyAndMintNoToken() {
    FakeSession session = org.okta.createSession(org.user);
    try (SessionApiClient client = org.client().build()) {
      assertThat(client.getCurrentSession("sid=" + session.id()).id()).isEqualTo(session.id());
    }
    assertThat(org.okta.tokenRequestCount()).isEqualTo(0);
    RecordedRequest me = org.okta.takeRequest();
    assertThat(me.header("Authorization")).isNull();
    assertThat(me.header("DPoP")).isNull();
    assertThat(me.header("Cookie")).isEqualTo("sid=" + session.id());
  }

  @Test
  void anOperationWhoseScopeIsNotAskedForIsRefusedBeforeSending() {
    FakeSession session = org.okta.createSession(org.user);
    try (SessionApiClient client = org.client().scopes("okta.sessions.read").build()) {
      OktaConfigurationException e =
          assertThrows(OktaConfigurationException.class, () -> client.endSession(session.id()));
      assertThat(e).hasMessageThat().contains("needs the scope okta.sessions.manage");
      assertThat(org.okta.requestCount()).isEqualTo(0);
      client.getSession(session.id());
    }
    assertThat(org.tokenRequests().get(0).body()).contains("scope=okta.sessions.read&");
  }

  @Test
  void aScopeTheAppWasNotGrantedIsOktasInvalidScope() {
    org.app.grantScopes("okta.sessions.read");
    FakeSession session = org.okta.createSession(org.user);
    try (SessionApiClient client = org.client().build()) {
      OktaApiException e = assertThrows(OktaApiException.class, () -> client.getSession(session.id()));
      assertThat(e.oauthError()).isEqualTo("invalid_scope");
    }
  }

  @Test
  void theAsynchronousFormsRunTheSameFlowWithoutBlocking() throws Exception {
    FakeSession session = org.okta.createSession(org.user);
    try (SessionApiClient client = org.client().build()) {
      assertThat(client.getSessionAsync(session.id()).get(20, TimeUnit.SECONDS).id()).isEqualTo(session.id());
      org.okta.revokeAccessTokens();
      client.refreshSessionAsync(session.id()).get(20, TimeUnit.SECONDS);
    }
    assertThat(org.tokenRequests()).hasSize(4);
    assertThat(org.apiRequests()).hasSize(3);
  }

  /** The cause an asynchronous call failed with. */
  private static final class ExecutionFailure {
    final Throwable cause;

    private ExecutionFailure(Throwable cause) {
      this.cause = cause;
    }

    static ExecutionFailure of(java.util.concurrent.CompletableFuture<?> future) {
      try {
        future.get(10, TimeUnit.SECONDS);
        throw new AssertionError("the call succeeded");
      } catch (java.util.concurrent.ExecutionException e) {
        return new ExecutionFailure(e.getCause());
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
  }
}
