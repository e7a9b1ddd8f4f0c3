package io.typedclient.it.json;

import com.squareup.moshi.Json;
import io.typedclient.JsonModel;
import io.typedclient.it.json.typeuse.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An Okta-like session: a final class with {@code name()} accessors, optional timestamps and {@code _links}. */
@JsonModel
public final class Session {
  private final String id;
  private final String userId;
  private final String login;
  private final Instant createdAt;
  private final Instant expiresAt;
  private final SessionStatus status;
  private final @Nullable Instant lastPasswordVerification;
  private final @Nullable Instant lastFactorVerification;
  private final List<AuthenticationMethod> amr;
  private final IdentityProvider idp;
  private final @Nullable Boolean mfaActive;
  private final @Nullable Map<String, Link> links;

  public Session(
      String id,
      String userId,
      String login,
      Instant createdAt,
      Instant expiresAt,
      SessionStatus status,
      @Nullable Instant lastPasswordVerification,
      @Nullable Instant lastFactorVerification,
      List<AuthenticationMethod> amr,
      IdentityProvider idp,
      @Nullable Boolean mfaActive,
      @Json(name = "_links") @Nullable Map<String, Link> links) {
    this.id = id;
    this.userId = userId;
    this.login = login;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
    this.status = status;
    this.lastPasswordVerification = lastPasswordVerification;
    this.lastFactorVerification = lastFactorVerification;
    this.amr = amr;
    this.idp = idp;
    this.mfaActive = mfaActive;
    this.links = links;
  }

  public String id() {
    return id;
  }

  public String userId() {
    return userId;
  }

  public String login() {
    return login;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public SessionStatus status() {
    return status;
  }

  public @Nullable Instant lastPasswordVerification() {
    return lastPasswordVerification;
  }

  public @Nullable Instant lastFactorVerification() {
    return lastFactorVerification;
  }

  public List<AuthenticationMethod> amr() {
    return amr;
  }

  public IdentityProvider idp() {
    return idp;
  }

  public @Nullable Boolean mfaActive() {
    return mfaActive;
  }

  public @Nullable Map<String, Link> links() {
    return links;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Session)) {
      return false;
    }
    Session that = (Session) o;
    return id.equals(that.id)
        && userId.equals(that.userId)
        && login.equals(that.login)
        && createdAt.equals(that.createdAt)
        && expiresAt.equals(that.expiresAt)
        && status == that.status
        && Objects.equals(lastPasswordVerification, that.lastPasswordVerification)
        && Objects.equals(lastFactorVerification, that.lastFactorVerification)
        && amr.equals(that.amr)
        && idp.equals(that.idp)
        && Objects.equals(mfaActive, that.mfaActive)
        && Objects.equals(links, that.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, userId, login, createdAt, expiresAt, status, amr, idp);
  }

  @Override
  public String toString() {
    return "Session{id=" + id + ", status=" + status + "}";
  }
}
