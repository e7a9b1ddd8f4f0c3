package io.typedclient.reliability.proxy;

import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.reliability.secrets.Exposure;
import io.typedclient.reliability.support.ServiceAppFixture;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * An OAuth 2.0 service app (a fresh P-256 key; DPoP required, as Okta's default) on a FakeOkta of the test's, its key
 * registered with the secrets audit now and what went over the wire when it is closed.
 */
final class ServiceApp implements AutoCloseable {
  private static final String CLIENT_ID = "0oa1proxyservice";

  private final FakeOkta okta;
  private final String pem;

  ServiceApp(FakeOkta okta) throws GeneralSecurityException {
    this.okta = okta;
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair key = generator.generateKeyPair();
    String base64 = Base64.getEncoder().encodeToString(key.getPrivate().getEncoded());
    this.pem = "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
    Exposure.global().secret(base64.substring(0, 40), "service app private key (PKCS#8 base64)");
    okta.addServiceApp(CLIENT_ID, key.getPublic());
  }

  /** A client of the app at {@code orgUrl}, reading no system property or variable. */
  OktaSessions.Builder client(String orgUrl) {
    return OktaSessions.builder().environment(name -> null, name -> null).orgUrl(orgUrl).clientId(CLIENT_ID)
        .privateKey(pem);
  }

  @Override
  public void close() {
    ServiceAppFixture.registerWireSecrets(okta);
  }
}
