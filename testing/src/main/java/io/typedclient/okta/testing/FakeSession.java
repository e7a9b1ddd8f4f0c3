package io.typedclient.okta.testing;

import java.time.Instant;
import java.util.Objects;

/**
 * A session of a {@link FakeOkta} org as it stands at one moment. Immutable: a refresh on the server yields a new
 * value; read the current one with {@link FakeOkta#session(String)}.
 */
public final class FakeSession {
  private final String id;
  private final FakeUser user;
  private final Instant createdAt;
  private final Instant expiresAt;
  private final Instant lastPasswordVerification;

  FakeSession(String id, FakeUser user, Instant createdAt, Instant expiresAt, Instant lastPasswordVerification) {
    this.id = id;
    this.user = user;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
    this.lastPasswordVerification = lastPasswordVerification;
  }

  /** The session id; also the value of the {@code sid} cookie for the {@code /api/v1/sessions/me} endpoints. */
  public String id() {
    return id;
  }

  /** The user the session belongs to. */
  public FakeUser user() {
    return user;
  }

  /** The id of the user the session belongs to, as Okta's {@code userId}. */
  public String userId() {
    return user.id();
  }

  /** The login of the user the session belongs to, as Okta's {@code login}. */
  public String login() {
    return user.login();
  }

  /** When the session was created, on the server's clock. */
  public Instant createdAt() {
    return createdAt;
  }

  /** When the session ends unless refreshed; from then on every endpoint answers 404 for it. */
  public Instant expiresAt() {
    return expiresAt;
  }

  /** When the session token this session came from was issued. */
  public Instant lastPasswordVerification() {
    return lastPasswordVerification;
  }

  boolean isActiveAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  FakeSession expiringAt(Instant newExpiresAt) {
    return new FakeSession(id, user, createdAt, newExpiresAt, lastPasswordVerification);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FakeSession)) {
      return false;
    }
    FakeSession that = (FakeSession) o;
    return id.equals(that.id) && user.equals(that.user) && createdAt.equals(that.createdAt)
        && expiresAt.equals(that.expiresAt) && lastPasswordVerification.equals(that.lastPasswordVerification);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, user, createdAt, expiresAt, lastPasswordVerification);
  }

  /** Leaves the id out: a session id is a credential. */
  @Override
  public String toString() {
    return "FakeSession{userId=" + user.id() + ", createdAt=" + createdAt + ", expiresAt=" + expiresAt + "}";
  }
}
