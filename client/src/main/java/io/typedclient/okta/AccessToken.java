package io.typedclient.okta;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An access token from the token endpoint, with what every call needs precomputed once: the
 * {@code Authorization} value and, for a DPoP token, its {@code ath} (RFC 9449, section 4.2). Immutable;
 * {@link #toString()} never shows the token.
 */
final class AccessToken {
  /** Refresh this long before expiry at most (half the lifetime for tokens shorter than twice this). */
  static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);

  private final String value;
  private final boolean dpop;
  private final String authorization;
  private final @Nullable String ath;
  private final Instant refreshAt;
  private final Instant expiresAt;
  private final @Nullable String scope;

  AccessToken(String value, boolean dpop, Instant obtainedAt, Duration lifetime, @Nullable String scope) {
    this.value = value;
    this.dpop = dpop;
    this.authorization = (dpop ? "DPoP " : "Bearer ") + value;
    this.ath = dpop ? Base64Url.encode(Jwks.sha256(value.getBytes(StandardCharsets.US_ASCII))) : null;
    Duration ahead = lifetime.dividedBy(2).compareTo(REFRESH_AHEAD) < 0 ? lifetime.dividedBy(2) : REFRESH_AHEAD;
    this.expiresAt = obtainedAt.plus(lifetime);
    this.refreshAt = expiresAt.minus(ahead);
    this.scope = scope;
  }

  String value() {
    return value;
  }

  boolean isDpop() {
    return dpop;
  }

  /** {@code DPoP <token>} or {@code Bearer <token>}. */
  String authorization() {
    return authorization;
  }

  /** base64url SHA-256 of the token, for DPoP proofs of API calls; {@code null} for a Bearer token. */
  @Nullable String ath() {
    return ath;
  }

  /** Whether {@code now} is still before the time to refresh. */
  boolean isFresh(Instant now) {
    return now.isBefore(refreshAt);
  }

  /** Whether the token has not expired at {@code now}. */
  boolean isUsable(Instant now) {
    return now.isBefore(expiresAt);
  }

  Instant expiresAt() {
    return expiresAt;
  }

  /** The scopes the token endpoint granted, as it listed them, or {@code null}. */
  @Nullable String scope() {
    return scope;
  }

  @Override
  public String toString() {
    return "AccessToken{" + (dpop ? "DPoP" : "Bearer") + " ██, expires " + expiresAt + "}";
  }
}
