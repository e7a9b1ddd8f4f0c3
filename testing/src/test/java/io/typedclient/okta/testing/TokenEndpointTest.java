package io.typedclient.okta.testing;

import static com.google.common.truth.Truth.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FakeOkta's token endpoint and its check of OAuth tokens on API calls, judged with client assertions and DPoP
 * proofs that nimbus-jose-jwt writes (not our client's code): what Okta accepts is accepted, and each thing Okta
 * refuses is refused with Okta's error and a description naming the claim.
 */
class TokenEndpointTest {
  private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
  private static final String CLIENT_ID = "0oa1nimbus";
  private static final String RFC9449_PROOF = "eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2IiwiandrIjp7Imt0eSI6IkVDIiwie"
      + "CI6Imw4dEZyaHgtMzR0VjNoUklDUkRZOXpDa0RscEJoRjQyVVFVZldWQVdCRnMiLCJ5IjoiOVZFNGpmX09rX282NHpiVFRsY3VOSmFqSG10NnY"
      + "5VERWclUwQ2R2R1JEQSIsImNydiI6IlAtMjU2In19.eyJqdGkiOiItQndDM0VTYzZhY2MybFRjIiwiaHRtIjoiUE9TVCIsImh0dSI6Imh0dHBz"
      + "Oi8vc2VydmVyLmV4YW1wbGUuY29tL3Rva2VuIiwiaWF0IjoxNTYyMjYyNjE2fQ.2-GxA6T8lP4vfrg8v-FdWP0A0zdrj8igiMLvqRMUvwnQg4Pt"
      + "FLbdLXiOSsX0x7NVY-FNyJK70nfbV37xRZT3Lg";

  private final ManualClock clock = ManualClock.at(NOW);
  private final FakeOkta okta = FakeOkta.builder().clock(clock).dpopNonceLifetime(Duration.ofMinutes(10)).start();
  private final Http http = new Http(okta);
  private final ECKey clientKey = ec(Curve.P_256, "client-kid");
  private final ECKey dpopKey = ec(Curve.P_256, null);
  private final FakeServiceApp app = okta.addServiceApp(CLIENT_ID, clientKey.toPublicJWK().toJSONString());

  @AfterEach
  void close() {
    okta.close();
  }

  @Test
  void answersUseDpopNonceFirstThenIssuesATokenBoundToTheProofKey() throws Exception {
    HttpResponse<String> first = token(assertion(c -> {}), proof("POST", tokenUrl(), null, null, p -> {}));
    assertThat(first.statusCode()).isEqualTo(400);
    assertThat(Http.json(first).get("error")).isEqualTo("use_dpop_nonce");
    String nonce = first.headers().firstValue("DPoP-Nonce").orElseThrow();
    assertThat(nonce).isEqualTo(okta.currentDpopNonce());

    HttpResponse<String> second = token(assertion(c -> {}), proof("POST", tokenUrl(), nonce, null, p -> {}));
    assertThat(second.statusCode()).isEqualTo(200);
    Map<String, Object> body = Http.json(second);
    assertThat(body.get("token_type")).isEqualTo("DPoP");
    assertThat(body.get("expires_in")).isEqualTo(3600.0);
    assertThat(body.get("scope")).isEqualTo("okta.sessions.read okta.sessions.manage okta.users.manage");
    assertThat(second.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    String token = (String) body.get("access_token");

    FakeSession session = okta.createSession(okta.addUser("00u1", "a@example.com", "A"));
    String url = okta.orgUrl() + "/api/v1/sessions/" + session.id();
    assertThat(call("GET", url, "DPoP " + token, proof("GET", url, null, ath(token), p -> {})).statusCode())
        .isEqualTo(200);

    // The same call with each part of the proof wrong: refused, and the challenge names the claim.
    assertRefused(call("GET", url, "DPoP " + token, proof("GET", url, null, ath("another"), p -> {})), 401,
        "invalid_dpop_proof", "'ath' claim");
    assertRefused(call("GET", url, "DPoP " + token, proof("DELETE", url, null, ath(token), p -> {})), 401,
        "invalid_dpop_proof", "'htm' claim");
    assertRefused(call("GET", url, "DPoP " + token, proof("GET", url + "/x", null, ath(token), p -> {})), 401,
        "invalid_dpop_proof", "'htu' claim");
    assertRefused(call("GET", url, "DPoP " + token, proof("GET", url, null, ath(token),
        p -> p.issueTime(Date.from(NOW.minusSeconds(300))))), 401, "invalid_dpop_proof", "'iat' claim");
    String once = proof("GET", url, null, ath(token), p -> {});
    assertThat(call("GET", url, "DPoP " + token, once).statusCode()).isEqualTo(200);
    assertRefused(call("GET", url, "DPoP " + token, once), 401, "invalid_dpop_proof", "'jti' claim");
    ECKey stranger = ec(Curve.P_256, null);
    assertRefused(call("GET", url, "DPoP " + token, proof(stranger, "GET", url, null, ath(token), p -> {})), 401,
        "invalid_dpop_proof", "does not match the access token's key");
    assertRefused(call("GET", url, "Bearer " + token, null), 401, "invalid_token", "DPoP-bound");
    // Encoded path: the htu is compared after RFC 3986 normalization.
    assertThat(call("GET", url, "DPoP " + token,
        proof("GET", url.replace("/api/", "/%61pi/"), null, ath(token), p -> {})).statusCode()).isEqualTo(200);

    clock.advance(Duration.ofMinutes(61));
    assertRefused(call("GET", url, "DPoP " + token, proof("GET", url, null, ath(token), p -> {})), 401,
        "invalid_token", "expired");
  }

  @Test
  void refusesATokenRequestWithoutAProofForADpopApp() throws Exception {
    HttpResponse<String> response = token(assertion(c -> {}), null);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.json(response).get("error")).isEqualTo("invalid_dpop_proof");
    assertThat(Http.json(response).get("error_description")).isEqualTo("The DPoP proof JWT header is missing.");
  }

  @Test
  void refusesEveryClientAssertionOktaWouldRefuse() throws Exception {
    app.keyId("client-kid");
    assertInvalidClient(assertion(c -> c.audience(tokenUrl() + "/")), "audience");
    assertInvalidClient(assertion(c -> c.expirationTime(Date.from(NOW.plusSeconds(3700)))), "too far");
    assertInvalidClient(assertion(c -> c.issueTime(Date.from(NOW.minusSeconds(600)))
        .expirationTime(Date.from(NOW.minusSeconds(1)))), "expired");
    assertInvalidClient(assertion(c -> c.subject("0oaSomeoneElse")), "'sub'");
    assertInvalidClient(assertion(c -> c.issuer("0oaUnknown").subject("0oaUnknown")), "no registered client");
    assertInvalidClient(assertion(c -> c.jwtID(null)), "'jti'");
    assertInvalidClient(sign(ec(Curve.P_256, "client-kid"), claims(c -> {})), "signature is invalid");
    assertInvalidClient(sign(ec(Curve.P_256, "other-kid"), claims(c -> {})), "'kid'");
    String replayed = assertion(c -> {});
    app.requireDpop(false);
    assertThat(token(replayed, null).statusCode()).isEqualTo(200);
    assertInvalidClient(replayed, "already been used");
    assertInvalidClient("not.a-jwt", "not a valid JWT");
  }

  @Test
  void checksScopesAgainstTheGrantAndPerOperation() throws Exception {
    app.requireDpop(false).grantScopes("okta.sessions.read");
    HttpResponse<String> refused = token(assertion(c -> {}), null, "okta.sessions.read okta.users.manage");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Http.json(refused).get("error")).isEqualTo("invalid_scope");
    assertThat((String) Http.json(refused).get("error_description")).contains("okta.users.manage");

    HttpResponse<String> granted = token(assertion(c -> {}), null, "okta.sessions.read");
    assertThat(Http.json(granted).get("token_type")).isEqualTo("Bearer");
    String token = (String) Http.json(granted).get("access_token");
    FakeSession session = okta.createSession(okta.addUser("00u1", "a@example.com", "A"));
    String url = okta.orgUrl() + "/api/v1/sessions/" + session.id();
    assertThat(call("GET", url, "Bearer " + token, null).statusCode()).isEqualTo(200);
    assertRefused(call("DELETE", url, "Bearer " + token, null), 403, "insufficient_scope", "required scopes");
    HttpResponse<String> create = http.send(http.request("/api/v1/sessions").header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"sessionToken\":\"x\"}")));
    assertThat(create.statusCode()).isEqualTo(403);
    okta.revokeAccessTokens();
    assertRefused(call("GET", url, "Bearer " + token, null), 401, "invalid_token", "invalid");
  }

  @Test
  void refusesBadProofsAtTheTokenEndpointAndRotatesNoncesOnTheClock() throws Exception {
    String nonce = okta.currentDpopNonce();
    assertInvalidProof(proof("GET", tokenUrl(), nonce, null, p -> {}), "'htm' claim");
    assertInvalidProof(proof("POST", okta.orgUrl() + "/oauth2/default/v1/token", nonce, null, p -> {}), "'htu' claim");
    JWSHeader wrongType = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).jwk(dpopKey.toPublicJWK()).build();
    assertInvalidProof(signWith(dpopKey, wrongType, proofClaims("POST", tokenUrl(), nonce, null, p -> {})), "'typ' header");
    // nimbus refuses to put a private key in a header, so this one is assembled by hand and signed by nimbus.
    String header = com.nimbusds.jose.util.JSONObjectUtils.toJSONString(Map.of(
        "typ", "dpop+jwt", "alg", "ES256", "jwk", dpopKey.toJSONObject()));
    String input = com.nimbusds.jose.util.Base64URL.encode(header) + "."
        + com.nimbusds.jose.util.Base64URL.encode(proofClaims("POST", tokenUrl(), nonce, null, p -> {}).toString());
    String signature = new ECDSASigner(dpopKey).sign(new JWSHeader(JWSAlgorithm.ES256),
        input.getBytes(StandardCharsets.US_ASCII)).toString();
    assertInvalidProof(input + "." + signature, "private key");
    JWSHeader otherJwk = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("dpop+jwt"))
        .jwk(ec(Curve.P_256, null).toPublicJWK()).build();
    assertInvalidProof(signWith(dpopKey, otherJwk, proofClaims("POST", tokenUrl(), nonce, null, p -> {})), "signature");

    clock.advance(Duration.ofMinutes(25));
    HttpResponse<String> stale = token(assertion(c -> {}), proof("POST", tokenUrl(), nonce, null, p -> {}));
    assertThat(Http.json(stale).get("error")).isEqualTo("use_dpop_nonce");
    assertThat(stale.headers().firstValue("DPoP-Nonce").orElseThrow()).isNotEqualTo(nonce);
    okta.rotateDpopNonce();
    assertThat(okta.currentDpopNonce()).isNotEqualTo(stale.headers().firstValue("DPoP-Nonce").orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"RS256", "RS384", "RS512", "ES256", "ES384", "ES512"})
  void acceptsAssertionsInEveryAlgorithmOktaAccepts(String alg) throws Exception {
    JWK key = alg.startsWith("RS") ? new RSAKeyGenerator(2048).keyID("k").generate()
        : ec(alg.equals("ES256") ? Curve.P_256 : alg.equals("ES384") ? Curve.P_384 : Curve.P_521, "k");
    okta.addServiceApp("0oa" + alg, key.toPublicJWK().toJSONString()).requireDpop(false);
    JWTClaimsSet claims = claims(c -> c.issuer("0oa" + alg).subject("0oa" + alg));
    JWSSigner signer = key instanceof RSAKey ? new RSASSASigner((RSAKey) key) : new ECDSASigner((ECKey) key);
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.parse(alg)).keyID("k").build(), claims);
    jwt.sign(signer);
    assertThat(token(jwt.serialize(), null).statusCode()).isEqualTo(200);
  }

  @Test
  void verifiesRfc9449sExampleProofAndItsThumbprint() throws Exception {
    Jose.Jws jws = Jose.parse(RFC9449_PROOF);
    @SuppressWarnings("unchecked")
    java.security.PublicKey key = Jose.publicKey((Map<String, Object>) jws.header.get("jwk"));
    assertThat(Jose.verify(jws, "ES256", key)).isTrue();
    assertThat(Jose.thumbprint(key)).isEqualTo("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I");
    assertThat(jws.claimString("htu")).isEqualTo("https://server.example.com/token");
    byte[] tampered = jws.signature.clone();
    tampered[5] ^= 1;
    assertThat(Jose.verify(new Jose.Jws(jws.header, jws.claims, jws.signingInput, tampered), "ES256", key)).isFalse();
    assertThat(Jose.verify(jws, "ES384", key)).isFalse();
    assertThat(Htu.normalize("HTTPS://Server.Example.COM:443/a/%7euser?x=1#f"))
        .isEqualTo("https://server.example.com/a/~user");
  }

  // Helpers: nimbus writes every JWS here.

  private String tokenUrl() {
    return okta.orgUrl() + "/oauth2/v1/token";
  }

  private JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> tweak) {
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(CLIENT_ID).subject(CLIENT_ID).audience(tokenUrl())
        .issueTime(Date.from(clock.instant())).expirationTime(Date.from(clock.instant().plusSeconds(300)))
        .jwtID(UUID.randomUUID().toString());
    tweak.accept(claims);
    return claims.build();
  }

  private String assertion(Consumer<JWTClaimsSet.Builder> tweak) throws Exception {
    return sign(clientKey, claims(tweak));
  }

  private static String sign(ECKey key, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new ECDSASigner(key));
    return jwt.serialize();
  }

  private JWTClaimsSet proofClaims(String method, String url, String nonce, String ath,
      Consumer<JWTClaimsSet.Builder> tweak) {
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().jwtID(UUID.randomUUID().toString())
        .claim("htm", method).claim("htu", url).issueTime(Date.from(clock.instant()));
    if (nonce != null) {
      claims.claim("nonce", nonce);
    }
    if (ath != null) {
      claims.claim("ath", ath);
    }
    tweak.accept(claims);
    return claims.build();
  }

  private String proof(String method, String url, String nonce, String ath, Consumer<JWTClaimsSet.Builder> tweak)
      throws Exception {
    return proof(dpopKey, method, url, nonce, ath, tweak);
  }

  private String proof(ECKey key, String method, String url, String nonce, String ath,
      Consumer<JWTClaimsSet.Builder> tweak) throws Exception {
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("dpop+jwt"))
        .jwk(key.toPublicJWK()).build();
    return signWith(key, header, proofClaims(method, url, nonce, ath, tweak));
  }

  private static String signWith(ECKey key, JWSHeader header, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(header, claims);
    jwt.sign(new ECDSASigner(key));
    return jwt.serialize();
  }

  private static String ath(String token) throws Exception {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
  }

  private HttpResponse<String> token(String assertion, String proof) throws Exception {
    return token(assertion, proof, "okta.sessions.read okta.sessions.manage okta.users.manage");
  }

  private HttpResponse<String> token(String assertion, String proof, String scope) throws Exception {
    String form = "grant_type=client_credentials&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8)
        + "&client_assertion_type=" + URLEncoder.encode(OAuthServer.ASSERTION_TYPE, StandardCharsets.UTF_8)
        + "&client_assertion=" + assertion;
    HttpRequest.Builder request = http.request("/oauth2/v1/token")
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
    if (proof != null) {
      request.header("DPoP", proof);
    }
    return http.send(request);
  }

  private HttpResponse<String> call(String method, String url, String authorization, String proof) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(url)).timeout(Http.TIMEOUT)
        .header("Authorization", authorization).method(method, HttpRequest.BodyPublishers.noBody());
    if (proof != null) {
      request.header("DPoP", proof);
    }
    return http.send(request);
  }

  private void assertInvalidClient(String assertion, String description) throws Exception {
    HttpResponse<String> response = token(assertion, proof("POST", tokenUrl(), okta.currentDpopNonce(), null, p -> {}));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(Http.json(response).get("error")).isEqualTo("invalid_client");
    assertThat((String) Http.json(response).get("error_description")).contains(description);
  }

  private void assertInvalidProof(String proof, String description) throws Exception {
    HttpResponse<String> response = token(assertion(c -> {}), proof);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.json(response).get("error")).isEqualTo("invalid_dpop_proof");
    assertThat((String) Http.json(response).get("error_description")).contains(description);
  }

  private static void assertRefused(HttpResponse<String> response, int status, String error, String description) {
    assertThat(response.statusCode()).isEqualTo(status);
    String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
    assertThat(challenge).contains("error=\"" + error + "\"");
    assertThat(challenge).contains(description);
    assertThat(response.body()).contains(status == 403 ? "E0000006" : "E0000011");
  }

  private static ECKey ec(Curve curve, String kid) {
    try {
      ECKeyGenerator generator = new ECKeyGenerator(curve);
      if (kid != null) {
        generator.keyID(kid);
      }
      return generator.generate();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
