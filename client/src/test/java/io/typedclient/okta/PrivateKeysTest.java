package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The service app's key from PEM (PKCS#8 RSA and EC on P-256, P-384, P-521) and JWK (single or a set of one,
 * as nimbus writes it), and every refusal: a configuration error naming the source and what is wrong, never a
 * byte of the key.
 */
class PrivateKeysTest {
  @Test
  void readsPkcs8PemOfEachKind() {
    assertThat(PrivateKeys.parse(TestKeys.pem(TestKeys.rsa()), "test").algorithm).isEqualTo(JwsAlgorithm.RS256);
    assertThat(PrivateKeys.parse(TestKeys.pem(TestKeys.p256()), "test").algorithm).isEqualTo(JwsAlgorithm.ES256);
    assertThat(PrivateKeys.parse(TestKeys.pem(TestKeys.p384()), "test").algorithm).isEqualTo(JwsAlgorithm.ES384);
    assertThat(PrivateKeys.parse(TestKeys.pem(TestKeys.p521()), "test").algorithm).isEqualTo(JwsAlgorithm.ES512);
    assertThat(PrivateKeys.parse("\n\n  " + TestKeys.pem(TestKeys.p256()).replace("\n", "\r\n"), "test").key)
        .isEqualTo(TestKeys.p256().getPrivate());
  }

  @Test
  void readsJwksAsOktasConsoleAndNimbusWriteThem() {
    KeyPair rsa = TestKeys.rsa();
    String rsaJwk = new RSAKey.Builder((RSAPublicKey) rsa.getPublic()).privateKey(rsa.getPrivate())
        .keyID("okta-kid-1").algorithm(com.nimbusds.jose.JWSAlgorithm.RS512).build().toJSONString();
    PrivateKeys.Parsed parsed = PrivateKeys.parse(rsaJwk, "test");
    assertThat(parsed.algorithm).isEqualTo(JwsAlgorithm.RS512);
    assertThat(parsed.keyId).isEqualTo("okta-kid-1");

    KeyPair ec = TestKeys.p384();
    String ecJwk = new ECKey.Builder(Curve.P_384, (ECPublicKey) ec.getPublic()).privateKey(ec.getPrivate())
        .keyID("ec-kid").build().toJSONString();
    assertThat(PrivateKeys.parse(ecJwk, "test").algorithm).isEqualTo(JwsAlgorithm.ES384);
    String set = "{\"keys\":[" + ecJwk + "]}";
    assertThat(PrivateKeys.parse(set, "test").keyId).isEqualTo("ec-kid");
  }

  @Test
  void refusesWhatIsNotAUsablePrivateKeyWithoutShowingIt() {
    KeyPair rsa = TestKeys.rsa();
    String pem = TestKeys.pem(rsa);
    String body = pem.substring(pem.indexOf('\n') + 1, pem.indexOf('\n') + 40);
    String publicJwk = new RSAKey.Builder((RSAPublicKey) rsa.getPublic()).build().toJSONString();
    String oct = new OctetSequenceKey.Builder(new byte[32]).build().toJSONString();
    String[][] cases = {
        {pem.replace("-----END PRIVATE KEY-----", ""), "cut short"},
        {pem.replace("BEGIN PRIVATE KEY", "BEGIN RSA PRIVATE KEY").replace("END PRIVATE KEY", "END RSA PRIVATE KEY"),
            "PKCS#8"},
        {pem.replace("BEGIN PRIVATE KEY", "BEGIN ENCRYPTED PRIVATE KEY")
            .replace("END PRIVATE KEY", "END ENCRYPTED PRIVATE KEY"), "encrypted"},
        {pem.replace("BEGIN PRIVATE KEY", "BEGIN PUBLIC KEY").replace("END PRIVATE KEY", "END PUBLIC KEY"),
            "not the private key"},
        {pem.replace(body, body.replace('A', '%')), "not valid base64"},
        {"-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(new byte[300])
            + "\n-----END PRIVATE KEY-----", "cannot be read"},
        {publicJwk, "public JWK"},
        {oct, "type \"oct\""},
        {"{\"kty\":\"EC\",\"crv\":\"P-192\",\"d\":\"AAAA\"}", "curve \"P-192\""},
        {"{\"kty\":\"RSA\",\"alg\":\"HS256\",\"d\":\"AAAA\"}", "HS256"},
        {"{\"kty\":\"RSA\",\"d\":\"AAAA\"}", "without \"n\""},
        {"{\"kty\":\"RSA\",\"n\":\"!!\",\"d\":\"AAAA\"}", "not base64url"},
        {"{\"kty\": \"EC\", ", "not valid JSON"},
        {"{\"keys\":[" + publicJwk + "," + publicJwk + "]}", "set of 2 keys"},
        {"hello", "neither a PEM"},
        {"   ", "empty"},
        {"<html><body>Sign in</body></html>", "neither a PEM"},
    };
    for (String[] c : cases) {
      OktaConfigurationException e =
          assertThrows(OktaConfigurationException.class, () -> PrivateKeys.parse(c[0], "okta.client.privateKey"), c[1]);
      assertThat(e).hasMessageThat().contains("okta.client.privateKey");
      assertThat(e).hasMessageThat().contains(c[1]);
      assertThat(e).hasMessageThat().doesNotContain(body);
      assertThat(e.getCause()).isNull();
    }
  }

  @Test
  void refusesAShortRsaKey() {
    KeyPair small = TestKeys.generate("RSA", 1024);
    OktaConfigurationException e = assertThrows(OktaConfigurationException.class,
        () -> PrivateKeys.parse(TestKeys.pem(small), "privateKey(String)"));
    assertThat(e).hasMessageThat().contains("1024 bits; Okta requires at least 2048");
  }

  @Test
  void aJwkSetWithOneKeyIsThatKey() throws Exception {
    KeyPair ec = TestKeys.p256();
    JWKSet set = new JWKSet(new ECKey.Builder(Curve.P_256, (ECPublicKey) ec.getPublic()).privateKey(ec.getPrivate()).build());
    assertThat(PrivateKeys.parse(set.toString(false), "test").key).isEqualTo(ec.getPrivate());
  }
}
