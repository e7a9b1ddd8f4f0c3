package io.typedclient.okta;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An Okta OAuth 2.0 service app as the client uses it: the token endpoint of the org authorization server, the
 * client id, the key that signs client assertions ({@code private_key_jwt}, RFC 7523), the scopes to ask for,
 * and the separate DPoP key pair. Writes the client assertions and DPoP proofs. Immutable and thread-safe;
 * {@link #toString()} names the client id, the algorithms and the scopes, never key material.
 */
final class ServiceApp {
  /** Client assertions live this long; Okta refuses an {@code exp} more than an hour after {@code iat}. */
  static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private final URI tokenUri;
  private final String clientId;
  private final JwsSigner clientKey;
  private final @Nullable String keyId;
  private final List<String> scopes;
  private final DpopMode dpopMode;
  private final @Nullable JwsSigner dpopKey;
  private final @Nullable String dpopJwk;
  private final SecureRandom random;

  ServiceApp(URI orgUrl, String clientId, JwsSigner clientKey, @Nullable String keyId, List<String> scopes,
      DpopMode dpopMode, @Nullable JwsSigner dpopKey, @Nullable String dpopJwk, SecureRandom random) {
    this.tokenUri = URI.create(orgUrl.toASCIIString() + "/oauth2/v1/token");
    this.clientId = clientId;
    this.clientKey = clientKey;
    this.keyId = keyId;
    this.scopes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(scopes));
    this.dpopMode = dpopMode;
    this.dpopKey = dpopKey;
    this.dpopJwk = dpopJwk;
    this.random = random;
  }

  /** {@code {orgUrl}/oauth2/v1/token}: the org authorization server's, which alone issues tokens for Okta's APIs. */
  URI tokenUri() {
    return tokenUri;
  }

  String clientId() {
    return clientId;
  }

  List<String> scopes() {
    return scopes;
  }

  DpopMode dpopMode() {
    return dpopMode;
  }

  /** The public JWK of the DPoP key, as proofs carry it; {@code null} when DPoP is off. */
  @Nullable String dpopJwk() {
    return dpopJwk;
  }

  /**
   * A client assertion for one token request: {@code iss = sub = client id}, {@code aud} the token endpoint
   * exactly, {@code iat} now, {@code exp} {@link #ASSERTION_LIFETIME} later, a fresh {@code jti}.
   */
  String clientAssertion(Instant now) {
    JsonText header = new JsonText().string("alg", clientKey.algorithm().name());
    if (keyId != null) {
      header.string("kid", keyId);
    }
    long iat = now.getEpochSecond();
    String claims = new JsonText()
        .string("iss", clientId)
        .string("sub", clientId)
        .string("aud", tokenUri.toASCIIString())
        .number("iat", iat)
        .number("exp", iat + ASSERTION_LIFETIME.getSeconds())
        .string("jti", jti())
        .end();
    return clientKey.sign(header.end(), claims);
  }

  /**
   * A DPoP proof (RFC 9449, section 4.2) for one request: {@code htm}, {@code htu} (the URI without query and
   * fragment), {@code iat}, a fresh {@code jti}, and {@code nonce} and {@code ath} when given.
   */
  String dpopProof(String method, URI uri, @Nullable String nonce, @Nullable String ath, Instant now) {
    JwsSigner dpopKey = this.dpopKey;
    String dpopJwk = this.dpopJwk;
    if (dpopKey == null || dpopJwk == null) {
      throw new IllegalStateException("DPoP is off for this client: it has no DPoP key");
    }
    String header = new JsonText()
        .string("typ", "dpop+jwt")
        .string("alg", dpopKey.algorithm().name())
        .raw("jwk", dpopJwk)
        .end();
    JsonText claims = new JsonText()
        .string("jti", jti())
        .string("htm", method)
        .string("htu", htu(uri))
        .number("iat", now.getEpochSecond());
    if (nonce != null) {
      claims.string("nonce", nonce);
    }
    if (ath != null) {
      claims.string("ath", ath);
    }
    return dpopKey.sign(header, claims.end());
  }

  /** The form body of a client-credentials token request, encoded by hand (application/x-www-form-urlencoded). */
  String tokenRequestBody(String clientAssertion) {
    return "grant_type=client_credentials"
        + "&scope=" + formEncode(String.join(" ", scopes))
        + "&client_assertion_type=" + formEncode(ASSERTION_TYPE)
        + "&client_assertion=" + formEncode(clientAssertion);
  }

  /**
   * The {@code htu} of a request: scheme, authority and path exactly as sent, without query and fragment
   * (RFC 9449, section 4.2).
   */
  static String htu(URI uri) {
    String path = uri.getRawPath();
    return uri.getScheme() + "://" + uri.getRawAuthority() + (path == null || path.isEmpty() ? "/" : path);
  }

  /** 128 random bits, base64url: unique across every proof and assertion this process writes. */
  String jti() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64Url.encode(bytes);
  }

  static String formEncode(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
          || c == '_' || c == '*') {
        out.append((char) c);
      } else if (c == ' ') {
        out.append('+');
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "ServiceApp{clientId=" + clientId + ", " + clientKey.algorithm() + (keyId == null ? "" : " kid " + keyId)
        + ", scopes=" + scopes + ", dpop=" + dpopMode
        + (dpopKey == null ? "" : " " + dpopKey.algorithm()) + "}";
  }
}
