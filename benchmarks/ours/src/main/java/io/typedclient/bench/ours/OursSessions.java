package io.typedclient.bench.ours;

import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.runtime.UrlConnectionTransport;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/**
 * The client as its README sets it up, with its defaults (retries on: they cost nothing on a 200): with an API
 * token on either transport, or as an OAuth 2.0 service app on the default transport.
 */
public final class OursSessions {
  private OursSessions() {}

  /**
   * A client for the org at {@code baseUrl} with an API token; {@code transport} is {@code jdk} (the default
   * transport over {@code java.net.http}) or {@code urlconnection} ({@code UrlConnectionTransport}, for Android).
   */
  public static SessionApiClient create(String baseUrl, String apiToken, String transport) {
    OktaSessions.Builder builder = OktaSessions.builder().orgUrl(baseUrl).apiToken(apiToken);
    switch (transport) {
      case "jdk":
        break;
      case "urlconnection":
        builder.transport(UrlConnectionTransport.create());
        break;
      default:
        throw new IllegalArgumentException("unknown transport '" + transport + "' (expected jdk or urlconnection)");
    }
    return builder.build();
  }

  /**
   * A client for the org at {@code baseUrl} as an OAuth 2.0 service app on the default transport: a client key of
   * {@code algorithm} ({@code ES256}: P-256, {@code RS256}: RSA 2048), and with {@code dpop} a DPoP key of the same
   * kind, so that every call signs a proof; without it, every call carries the Bearer token alone.
   */
  public static SessionApiClient oauth(String baseUrl, boolean dpop, String algorithm) {
    OktaSessions.Builder builder = OktaSessions.builder()
        .orgUrl(baseUrl)
        .clientId("0oabenchmark")
        .keyId("bench")
        .privateKey(keyPair(algorithm).getPrivate())
        .dpop(dpop);
    if (dpop) {
      builder.dpopKeyPair(keyPair(algorithm));
    }
    return builder.build();
  }

  private static KeyPair keyPair(String algorithm) {
    try {
      switch (algorithm) {
        case "ES256": {
          KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
          ec.initialize(new ECGenParameterSpec("secp256r1"));
          return ec.generateKeyPair();
        }
        case "RS256": {
          KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
          rsa.initialize(2048);
          return rsa.generateKeyPair();
        }
        default:
          throw new IllegalArgumentException("unknown algorithm '" + algorithm + "' (expected ES256 or RS256)");
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
