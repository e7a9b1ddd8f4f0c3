package io.typedclient.okta.testing;

import java.security.PublicKey;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An OAuth 2.0 service app registered with a {@link FakeOkta}: its client id, the public key its client
 * assertions must verify with, the scopes granted to it, and whether it requires DPoP (Okta's default for API
 * service apps since 2024). Settings may change while the server runs; thread-safe.
 *
 * <pre>{@code
 * FakeServiceApp app = okta.addServiceApp("0oa1service", keyPair.getPublic())
 *     .grantScopes("okta.sessions.read")
 *     .requireDpop(false);
 * }</pre>
 */
public final class FakeServiceApp {
  /** What Okta's admin console grants in our examples: what the Sessions operations need. */
  public static final List<String> SESSION_SCOPES =
      List.of("okta.sessions.read", "okta.sessions.manage", "okta.users.manage");

  private final String clientId;
  private final PublicKey publicKey;
  private volatile Set<String> scopes = Set.copyOf(SESSION_SCOPES);
  private volatile boolean dpopRequired = true;
  private volatile String keyId;
  private volatile Duration tokenLifetime = Duration.ofHours(1);

  FakeServiceApp(String clientId, PublicKey publicKey) {
    this.clientId = clientId;
    this.publicKey = publicKey;
  }

  /** The client id Okta gave the app: the {@code iss} and {@code sub} of its client assertions. */
  public String clientId() {
    return clientId;
  }

  PublicKey publicKey() {
    return publicKey;
  }

  /** Replaces the granted scopes; a token request for any other is {@code invalid_scope}. */
  public FakeServiceApp grantScopes(String... scopes) {
    Set<String> granted = new LinkedHashSet<>();
    for (String scope : scopes) {
      granted.add(Objects.requireNonNull(scope, "scope"));
    }
    this.scopes = Set.copyOf(granted);
    return this;
  }

  Set<String> scopes() {
    return scopes;
  }

  /**
   * Whether token requests must carry a DPoP proof (default true): without one the token endpoint answers 400
   * {@code invalid_dpop_proof} "The DPoP proof JWT header is missing.", as Okta does.
   */
  public FakeServiceApp requireDpop(boolean required) {
    this.dpopRequired = required;
    return this;
  }

  boolean dpopRequired() {
    return dpopRequired;
  }

  /** Client assertions must name this {@code kid} (by default any, or none, is accepted). */
  public FakeServiceApp keyId(String keyId) {
    this.keyId = Objects.requireNonNull(keyId, "keyId");
    return this;
  }

  String keyId() {
    return keyId;
  }

  /** How long issued access tokens live (default one hour, {@code expires_in: 3600}, as Okta's). */
  public FakeServiceApp tokenLifetime(Duration lifetime) {
    Objects.requireNonNull(lifetime, "lifetime");
    if (lifetime.getSeconds() < 1) {
      throw new IllegalArgumentException("a token lives at least a second: " + lifetime);
    }
    this.tokenLifetime = lifetime;
    return this;
  }

  Duration tokenLifetime() {
    return tokenLifetime;
  }

  @Override
  public String toString() {
    return "FakeServiceApp{" + clientId + ", scopes " + scopes + (dpopRequired ? ", DPoP required" : "") + "}";
  }
}
