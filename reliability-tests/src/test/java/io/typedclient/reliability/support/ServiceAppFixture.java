package io.typedclient.reliability.support;

import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeServiceApp;
import io.typedclient.okta.testing.FakeUser;
import io.typedclient.okta.testing.ManualClock;
import io.typedclient.okta.testing.RecordedRequest;
import io.typedclient.reliability.secrets.Exposure;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * A FakeOkta with an OAuth 2.0 service app (a fresh P-256 key, DPoP required, as Okta's default), a user, and a
 * scheduler on FakeOkta's clock. Every secret of the OAuth flow is registered with {@link Exposure#global()}: the
 * private key (its PEM, the PEM's base64 and the private scalar as a JWK would show it) when the fixture starts,
 * and the access tokens, client assertions and DPoP proofs that went over the wire when {@link #registerWireSecrets}
 * is called (tests call it before handing their outcomes to the audit).
 */
public final class ServiceAppFixture implements AutoCloseable {
  public static final String CLIENT_ID = "0oa1reliabilityservice";

  private final ManualClock clock = ManualClock.at(OktaFixture.T0);
  private final FakeOkta okta = FakeOkta.builder().clock(clock).start();
  private final TestScheduler scheduler = TestScheduler.on(clock);
  private final FakeUser user = okta.addUser("00u1ada0000000000001", "ada@example.com", "Ada Lovelace");
  private final KeyPair key = p256();
  private final String pem;
  private final FakeServiceApp app;

  public ServiceAppFixture() {
    String base64 = Base64.getEncoder().encodeToString(key.getPrivate().getEncoded());
    this.pem = "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
    Exposure.global().secret(pem, "service app private key (PEM)");
    Exposure.global().secret(base64.substring(0, 40), "service app private key (PKCS#8 base64)");
    BigInteger s = ((ECPrivateKey) key.getPrivate()).getS();
    byte[] d = s.toByteArray();
    Exposure.global().secret(Base64.getUrlEncoder().withoutPadding().encodeToString(
        d.length > 32 ? java.util.Arrays.copyOfRange(d, d.length - 32, d.length) : d), "service app private key (JWK d)");
    Exposure.global().secret(okta.apiToken(), "API token");
    this.app = okta.addServiceApp(CLIENT_ID, key.getPublic());
  }

  /** A client of the service app, its key given as PEM text, on the fixture's clock. */
  public OktaSessions.Builder client() {
    return OktaSessions.builder().orgUrl(okta.orgUrl()).clientId(CLIENT_ID).privateKey(pem).scheduler(scheduler);
  }

  /** Registers every access token issued so far and every assertion and proof FakeOkta received. */
  public void registerWireSecrets() {
    registerWireSecrets(okta);
  }

  /** As {@link #registerWireSecrets()}, for any FakeOkta with service apps. */
  public static void registerWireSecrets(FakeOkta okta) {
    for (String token : okta.issuedAccessTokens()) {
      Exposure.global().secret(token, "access token");
    }
    for (RecordedRequest request : okta.requests()) {
      String proof = request.header("DPoP");
      if (proof != null) {
        Exposure.global().secret(proof, "DPoP proof");
        Exposure.global().secret(proof.substring(proof.lastIndexOf('.') + 1), "DPoP proof signature");
      }
      String body = request.body();
      int at = body.indexOf("client_assertion=");
      if (at >= 0) {
        String assertion = body.substring(at + "client_assertion=".length());
        Exposure.global().secret(assertion, "client assertion");
        Exposure.global().secret(assertion.substring(assertion.lastIndexOf('.') + 1), "client assertion signature");
      }
    }
  }

  public FakeOkta okta() {
    return okta;
  }

  public ManualClock clock() {
    return clock;
  }

  public FakeUser user() {
    return user;
  }

  public FakeServiceApp app() {
    return app;
  }

  public String pem() {
    return pem;
  }

  /** The payload of a compact JWS, as text. */
  public static String payload(String compact) {
    String[] parts = compact.split("\\.");
    return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    okta.close();
  }

  private static KeyPair p256() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
