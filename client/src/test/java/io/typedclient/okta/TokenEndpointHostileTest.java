package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.okta.testing.FakeSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A token endpoint that answers HTML, garbage, half a token, or repeats the client's secrets back: the call fails
 * with an {@link OktaApiException} that says what came, and no message, stack trace or excerpt holds a token, the
 * client assertion or a proof.
 */
@Timeout(60)
class TokenEndpointHostileTest {
  private final OAuthOrg org = new OAuthOrg();

  @AfterEach
  void close() {
    org.close();
  }

  private OktaApiException failure(String contentType, String body, int status) {
    org.app.requireDpop(false);
    FakeSession session = org.okta.createSession(org.user);
    org.okta.faults().matching("POST", "/oauth2/v1/token").respondWith(status, contentType, body);
    try (SessionApiClient client = org.client().maxRetries(0).build()) {
      return assertThrows(OktaApiException.class, () -> client.getSession(session.id()));
    }
  }

  private static String everything(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace + "\n" + e + "\n" + ((OktaApiException) e).bodyExcerpt() + "\n" + e.getMessage();
  }

  @Test
  void htmlInsteadOfATokenIsAnOktaApiException() {
    OktaApiException e = failure("text/html", "<html><body>Sign in to your proxy</body></html>", 200);
    assertThat(e.status()).isEqualTo(200);
    assertThat(e.getMessage()).contains("the token endpoint answered 200 but not with a usable access token");
    assertThat(e.getMessage()).contains("not valid JSON");
    assertThat(e.getMessage()).contains("text/html");
    assertThat(org.apiRequests()).isEmpty();
  }

  @Test
  void aHalfTokenNeverShowsTheToken() {
    String secret = "fake.HalfIssuedTokenThatMustNotLeak000";
    String[] bodies = {
        "{\"access_token\":\"" + secret + "\",\"token_type\":\"MAC\",\"expires_in\":3600}",
        "{\"access_token\":\"" + secret + "\",\"expires_in\":3600}",
        "{\"access_token\":\"" + secret + "\",\"token_type\":\"Bearer\",\"expires_in\":-5}",
        "{\"access_token\":\"" + secret + "\",\"token_type\":\"DPoP\",\"expires_in\":3600}",
        "{\"access_token\":\"" + secret + " with spaces\",\"token_type\":\"Bearer\",\"expires_in\":3600}",
        "{\"access_token\":\"" + secret + "\",\"token_type\":\"Bearer\"} trailing",
        "{\"token_type\":\"Bearer\",\"expires_in\":3600}",
        "[\"" + secret + "\"]",
        "",
    };
    for (String body : bodies) {
      org.okta.faults().clear();
      OktaApiException e = failure("application/json", body, 200);
      assertThat(e.getMessage()).contains("not with a usable access token");
      assertThat(everything(e)).doesNotContain(secret);
      assertThat(e.request().body()).isNull();
    }
  }

  @Test
  void anErrorThatEchoesThisRequestsOwnAssertionIsMasked() {
    TokenEndpoint.Attempt[] attempt = new TokenEndpoint.Attempt[1];
    ServiceApp app = new ServiceApp(java.net.URI.create(org.okta.orgUrl()), OAuthOrg.CLIENT_ID,
        new JwsSigner(TestKeys.p256().getPrivate(), JwsAlgorithm.ES256), null, OktaOperations.DEFAULT_SCOPES,
        DpopMode.ON, new JwsSigner(TestKeys.newP256().getPrivate(), JwsAlgorithm.ES256),
        Jwks.publicJwk(TestKeys.newP256().getPublic()), new java.security.SecureRandom());
    io.typedclient.runtime.HttpRequest call = io.typedclient.runtime.HttpRequest
        .builder("GET", java.net.URI.create(org.okta.orgUrl() + "/api/v1/sessions/x")).build();
    attempt[0] = new TokenEndpoint(app).attempt(call, OAuthOrg.START);
    String echoed = "{\"error\":\"invalid_client\",\"error_description\":\"bad " + attempt[0].assertion + " and "
        + attempt[0].proof + "\"}";
    io.typedclient.runtime.HttpResponse response = io.typedclient.runtime.HttpResponse.of(attempt[0].request, 400,
        io.typedclient.runtime.HttpHeaders.of("Content-Type", "application/json"),
        echoed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    io.typedclient.runtime.HttpResponse clean = TokenResponses.sanitized(attempt[0], response);
    OktaApiException e = (OktaApiException) new OktaErrorMapper().toException(clean);
    assertThat(everything(e)).doesNotContain(attempt[0].assertion);
    assertThat(everything(e)).doesNotContain(attempt[0].proof);
    assertThat(e.getMessage()).contains("invalid_client: bad ██ and ██");
    assertThat(e.request().body()).isNull();
    assertThat(e.request().headers().first("DPoP")).isNull();
  }

  @Test
  void aProxyErrorPageFromTheTokenEndpointIsAnOktaApiExceptionWithItsStatus() {
    org.app.requireDpop(false);
    FakeSession session = org.okta.createSession(org.user);
    org.okta.faults().matching("POST", "/oauth2/v1/token").respondHtml(502);
    try (SessionApiClient client = org.client().maxRetries(0).build()) {
      OktaApiException e = assertThrows(OktaApiException.class, () -> client.getSession(session.id()));
      assertThat(e.status()).isEqualTo(502);
      assertThat(e.getMessage()).contains("POST " + org.okta.orgUrl() + "/oauth2/v1/token (OAuth.token)");
    }
  }

  @Test
  void aNonceStormEndsAfterABoundedNumberOfTokenRequests() {
    FakeSession session = org.okta.createSession(org.user);
    org.okta.faults().matching(request -> request.path().equals("/oauth2/v1/token") && request.header("DPoP") != null)
        .respondWith(400, "application/json", "{\"error\":\"use_dpop_nonce\"}");
    try (SessionApiClient client = org.client().dpop(true).maxRetries(0).build()) {
      OktaApiException e = assertThrows(OktaApiException.class, () -> client.getSession(session.id()));
      assertThat(e.oauthError()).isEqualTo("use_dpop_nonce");
    }
    // Without a DPoP-Nonce header there is nothing to retry with: one request.
    assertThat(org.tokenRequests()).hasSize(1);
  }
}
