package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our JWS, checked by an independent implementation (nimbus-jose-jwt, test scope only) and by the published
 * examples of RFC 7515 and RFC 9449: client assertions in every algorithm Okta accepts, DPoP proofs with their
 * embedded key, ECDSA signatures in JOSE {@code R || S} form, JWK thumbprints and {@code ath}.
 */
class JoseInteropTest {
  private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
  private static final URI ORG = URI.create("https://dev-123456.okta.com");

  // RFC 7515, appendix A.2: an RS256 JWS and the RSA key that signed it. RS256 is deterministic, so our signer
  // must produce exactly the published signature.
  private static final String RFC7515_A2_JWK = "{\"kty\":\"RSA\","
      + "\"n\":\"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-"
      + "SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTB"
      + "EMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAc"
      + "DTW9gb54h4FRWyuXpoQ\",\"e\":\"AQAB\","
      + "\"d\":\"Eq5xpGnNCivDflJsRQBXHx1hdR1k6Ulwe2JZD50LpXyWPEAeP88vLNO97IjlA7_GQ5sLKMgvfTeXZx9SE-7YwVol2NXOoAJe46sui39"
      + "5IW_GO-pWJ1O0BkTGoVEn2bKVRUCgu-GjBVaYLU6f3l9kJfFNS3E0QbVdxzubSu3Mkqzjkn439X0M_V51gfpRLI9JYanrC4D4qAdGcopV_0ZHH"
      + "zQlBjudU2QvXt4ehNYTCBr6XCLQUShb1juUO1ZdiYoFaFQT5Tw8bGUl_x_jTj3ccPDVZFD9pIuhLhBOneufuBiB4cS98l2SR_RQyGWSeWjnczT"
      + "0QU91p1DhOVRuOopznQ\","
      + "\"p\":\"4BzEEOtIpmVdVEZNCqS7baC4crd0pqnRH_5IB3jw3bcxGn6QLvnEtfdUdiYrqBdss1l58BQ3KhooKeQTa9AB0Hw_Py5PJdTJNPY8cQn"
      + "7ouZ2KKDcmnPGBY5t7yLc1QlQ5xHdwW1VhvKn-nXqhJTBgIPgtldC-KDV5z-y2XDwGUc\","
      + "\"q\":\"uQPEfgmVtjL0Uyyx88GZFF1fOunH3-7cepKmtH4pxhtCoHqpWmT8YAmZxaewHgHAjLYsp1ZSe7zFYHj7C6ul7TjeLQeZD_YwD66t62w"
      + "Dmpe_HlB-TnBA-njbglfIsRLtXlnDzQkv5dTltRJ11BKBBypeeF6689rjcJIDEz9RWdc\","
      + "\"dp\":\"BwKfV3Akq5_MFZDFZCnW-wzl-CCo83WoZvnLQwCTeDv8uzluRSnm71I3QCLdhrqE2e9YkxvuxdBfpT_PI7Yz-FOKnu1R6HsJeDCjn1"
      + "2Sk3vmAktV2zb34MCdy7cpdTh_YVr7tss2u6vneTwrA86rZtu5Mbr1C1XsmvkxHQAdYo0\","
      + "\"dq\":\"h_96-mK1R_7glhsum81dZxjTnYynPbZpHziZjeeHcXYsXaaMwkOlODsWa7I9xXDoRwbKgB719rrmI2oKr6N3Do9U0ajaHF-NKJnwgjM"
      + "d2w9cjz3_-kyNlxAr2v4IKhGNpmM5iIgOS1VZnOZ68m6_pbLBSp3nssTdlqvd0tIiTHU\","
      + "\"qi\":\"IYd7DHOhrWvxkwPQsRM2tOgrjbcrfvtQJipd-DlcxyVuuM9sQLdgjVk2oy26F0EmpScGLq2MowX7fhd_QJQ3ydy5cY7YIBi87w93IKL"
      + "EdfnbJtoOPLUW0ITrJReOgo1cq9SbsxYawBgfp_gh6A5603k2-ZQwVK0JKSHuLFkuQ3U\"}";
  private static final String RFC7515_PAYLOAD = "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}";
  private static final String RFC7515_A2_JWS = "eyJhbGciOiJSUzI1NiJ9"
      + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
      + ".cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7"
      + "t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi1"
      + "2jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlU"
      + "PQGe77Rw";

  // RFC 7515, appendix A.3: an ES256 JWS (R || S) and its key.
  private static final String RFC7515_A3_JWK = "{\"kty\":\"EC\",\"crv\":\"P-256\","
      + "\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\",\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\","
      + "\"d\":\"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI\"}";
  private static final String RFC7515_A3_JWS = "eyJhbGciOiJFUzI1NiJ9"
      + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
      + ".DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";

  // RFC 9449, section 4.1 (figure 2), 6.1 and 7.1: the example proof, its key's thumbprint, and ath.
  private static final String RFC9449_PROOF = "eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2IiwiandrIjp7Imt0eSI6IkVDIiwie"
      + "CI6Imw4dEZyaHgtMzR0VjNoUklDUkRZOXpDa0RscEJoRjQyVVFVZldWQVdCRnMiLCJ5IjoiOVZFNGpmX09rX282NHpiVFRsY3VOSmFqSG10NnY"
      + "5VERWclUwQ2R2R1JEQSIsImNydiI6IlAtMjU2In19.eyJqdGkiOiItQndDM0VTYzZhY2MybFRjIiwiaHRtIjoiUE9TVCIsImh0dSI6Imh0dHBz"
      + "Oi8vc2VydmVyLmV4YW1wbGUuY29tL3Rva2VuIiwiaWF0IjoxNTYyMjYyNjE2fQ.2-GxA6T8lP4vfrg8v-FdWP0A0zdrj8igiMLvqRMUvwnQg4Pt"
      + "FLbdLXiOSsX0x7NVY-FNyJK70nfbV37xRZT3Lg";
  private static final String RFC9449_JKT = "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I";

  @Test
  void rs256SignsExactlyAsRfc7515AppendixA2() {
    PrivateKeys.Parsed key = PrivateKeys.parse(RFC7515_A2_JWK.replace("\"kty\":\"RSA\",", "\"kty\":\"RSA\",\"alg\":\"RS256\","), "the RFC 7515 example");
    String jws = new JwsSigner(key.key, JwsAlgorithm.RS256).sign("{\"alg\":\"RS256\"}", RFC7515_PAYLOAD);
    assertThat(jws).isEqualTo(RFC7515_A2_JWS);
  }

  @Test
  void ourDerToJoseRoundTripVerifiesRfc7515AppendixA3() throws Exception {
    ECKey published = ECKey.parse(RFC7515_A3_JWK);
    String[] parts = RFC7515_A3_JWS.split("\\.");
    byte[] jose = Base64Url.decode(parts[2]);
    Signature verifier = Signature.getInstance("SHA256withECDSA");
    verifier.initVerify(published.toECPublicKey());
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    byte[] der = EcdsaSignatures.joseToDer(jose, 32);
    assertThat(verifier.verify(der)).isTrue();
    assertThat(EcdsaSignatures.derToJose(der, 32)).isEqualTo(jose);

    // And our signer with the published private key makes signatures nimbus accepts.
    PrivateKeys.Parsed key = PrivateKeys.parse(RFC7515_A3_JWK, "the RFC 7515 example");
    assertThat(key.algorithm).isEqualTo(JwsAlgorithm.ES256);
    String ours = new JwsSigner(key.key, JwsAlgorithm.ES256).sign("{\"alg\":\"ES256\"}", RFC7515_PAYLOAD);
    assertThat(JWSObject.parse(ours).verify(new ECDSAVerifier(published.toECPublicKey()))).isTrue();
  }

  @Test
  void thumbprintAndAthMatchRfc9449() throws Exception {
    JWSObject proof = JWSObject.parse(RFC9449_PROOF);
    ECKey jwk = (ECKey) proof.getHeader().getJWK();
    assertThat(proof.verify(new ECDSAVerifier(jwk))).isTrue();
    String ours = Jwks.publicJwk(jwk.toECPublicKey());
    assertThat(Jwks.thumbprint(ours)).isEqualTo(RFC9449_JKT);
    assertThat(jwk.computeThumbprint().toString()).isEqualTo(RFC9449_JKT);
    AccessToken token = new AccessToken("Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU", true, NOW,
        java.time.Duration.ofHours(1), null);
    assertThat(token.ath()).isEqualTo("fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo");
  }

  @ParameterizedTest
  @ValueSource(strings = {"RS256", "RS384", "RS512"})
  void rsaClientAssertionsVerifyWithNimbus(String alg) throws Exception {
    KeyPair pair = TestKeys.rsa();
    JwsSigner signer = new JwsSigner(pair.getPrivate(), JwsAlgorithm.valueOf(alg));
    JWSObject assertion = JWSObject.parse(app(signer, "kid-rsa").clientAssertion(NOW));
    assertThat(assertion.getHeader().getAlgorithm().getName()).isEqualTo(alg);
    assertThat(assertion.getHeader().getKeyID()).isEqualTo("kid-rsa");
    assertThat(assertion.verify(new RSASSAVerifier((RSAPublicKey) pair.getPublic()))).isTrue();
    checkAssertionClaims(assertion.getPayload().toJSONObject());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ES256", "ES384", "ES512"})
  void ecClientAssertionsAndDpopProofsVerifyWithNimbus(String alg) throws Exception {
    KeyPair pair = alg.equals("ES256") ? TestKeys.p256() : alg.equals("ES384") ? TestKeys.p384() : TestKeys.p521();
    JwsSigner signer = new JwsSigner(pair.getPrivate(), JwsAlgorithm.valueOf(alg));
    ServiceApp app = new ServiceApp(ORG, "0oa1client", signer, null, OktaOperations.DEFAULT_SCOPES, DpopMode.ON,
        signer, Jwks.publicJwk(pair.getPublic()), new SecureRandom());
    for (int i = 0; i < 50; i++) {
      // Many signatures: R or S with leading zero bytes (about one in 128) must still be padded right.
      JWSObject assertion = JWSObject.parse(app.clientAssertion(NOW));
      assertThat(assertion.verify(new ECDSAVerifier((ECPublicKey) pair.getPublic()))).isTrue();
      assertThat(assertion.getSignature().decode()).hasLength(2 * JwsAlgorithm.valueOf(alg).ecCoordinateBytes);
    }
    checkAssertionClaims(JWSObject.parse(app.clientAssertion(NOW)).getPayload().toJSONObject());

    JWSObject proof = JWSObject.parse(app.dpopProof("DELETE",
        URI.create("https://dev-123456.okta.com/api/v1/users/00u1/sessions?oauthTokens=true"), "n-1", "ath-1", NOW));
    JWK jwk = proof.getHeader().getJWK();
    assertThat(jwk.isPrivate()).isFalse();
    assertThat(proof.getHeader().getType().toString()).isEqualTo("dpop+jwt");
    assertThat(proof.verify(new ECDSAVerifier(jwk.toECKey()))).isTrue();
    Map<String, Object> claims = proof.getPayload().toJSONObject();
    assertThat(claims.get("htm")).isEqualTo("DELETE");
    assertThat(claims.get("htu")).isEqualTo("https://dev-123456.okta.com/api/v1/users/00u1/sessions");
    assertThat(claims.get("nonce")).isEqualTo("n-1");
    assertThat(claims.get("ath")).isEqualTo("ath-1");
    assertThat(((Number) claims.get("iat")).longValue()).isEqualTo(NOW.getEpochSecond());
    assertThat(Jwks.thumbprint(Jwks.publicJwk(pair.getPublic()))).isEqualTo(jwk.computeThumbprint().toString());
  }

  @Test
  void rsaDpopProofsCarryTheRsaPublicKey() throws Exception {
    KeyPair pair = TestKeys.rsa();
    JwsSigner signer = new JwsSigner(pair.getPrivate(), JwsAlgorithm.RS256);
    ServiceApp app = new ServiceApp(ORG, "0oa1client", new JwsSigner(TestKeys.p256().getPrivate(), JwsAlgorithm.ES256),
        null, OktaOperations.DEFAULT_SCOPES, DpopMode.ON, signer, Jwks.publicJwk(pair.getPublic()), new SecureRandom());
    JWSObject proof = JWSObject.parse(app.dpopProof("POST", app.tokenUri(), null, null, NOW));
    RSAKey jwk = proof.getHeader().getJWK().toRSAKey();
    assertThat(proof.verify(new RSASSAVerifier(jwk))).isTrue();
    assertThat(proof.getPayload().toJSONObject()).doesNotContainKey("nonce");
  }

  private static ServiceApp app(JwsSigner signer, String kid) {
    return new ServiceApp(ORG, "0oa1client", signer, kid, OktaOperations.DEFAULT_SCOPES, DpopMode.OFF, null, null,
        new SecureRandom());
  }

  private static void checkAssertionClaims(Map<String, Object> claims) {
    assertThat(claims.get("iss")).isEqualTo("0oa1client");
    assertThat(claims.get("sub")).isEqualTo("0oa1client");
    assertThat(claims.get("aud")).isEqualTo("https://dev-123456.okta.com/oauth2/v1/token");
    long iat = ((Number) claims.get("iat")).longValue();
    long exp = ((Number) claims.get("exp")).longValue();
    assertThat(iat).isEqualTo(NOW.getEpochSecond());
    assertThat(exp - iat).isAtMost(3600L);
    assertThat(exp).isGreaterThan(iat);
    assertThat((String) claims.get("jti")).hasLength(22);
    assertThat(List.copyOf(claims.keySet())).containsExactly("iss", "sub", "aud", "iat", "exp", "jti");
  }
}
