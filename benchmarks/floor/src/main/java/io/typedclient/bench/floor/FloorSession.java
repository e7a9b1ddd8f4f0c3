package io.typedclient.bench.floor;

import java.time.Instant;
import java.util.List;

/**
 * An Okta session, the same shape as the client's model: every field of the OpenAPI {@code Session} plus the
 * link relations real responses carry ({@code self}, {@code refresh}, {@code user}).
 */
public record FloorSession(
    String id,
    String login,
    String userId,
    Instant createdAt,
    Instant expiresAt,
    Status status,
    Instant lastPasswordVerification,
    Instant lastFactorVerification,
    List<AuthenticationMethod> amr,
    IdentityProvider idp,
    Links links) {

  /** {@code SessionStatus}. */
  public enum Status { ACTIVE, MFA_ENROLL, MFA_REQUIRED }

  /** {@code SessionAuthenticationMethod}; JSON names are the lower-case constant names. */
  public enum AuthenticationMethod { FPT, GEO, HWK, KBA, MCA, MFA, OTP, PWD, SC, SMS, SWK, TEL }

  /** {@code SessionIdentityProviderType}. */
  public enum IdentityProviderType { ACTIVE_DIRECTORY, FEDERATION, LDAP, OKTA, SOCIAL }

  /** {@code SessionIdentityProvider}. */
  public record IdentityProvider(String id, IdentityProviderType type) {}

  /** {@code _links}. */
  public record Links(Link self, Link refresh, Link user) {}

  /** {@code HrefObject}: {@code hints.allow} is flattened into {@code allow}. */
  public record Link(String name, String href, List<String> allow) {}
}
