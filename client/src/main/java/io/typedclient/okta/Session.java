package io.typedclient.okta;

import com.squareup.moshi.Json;
import io.typedclient.JsonModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An Okta session: who signed in, how, and until when. Immutable and thread-safe.
 *
 * <p><b>What is required.</b> Only {@link #id()}: it is what every follow-up call ({@code refreshSession},
 * {@code endSession}) needs, so a response without it cannot be used and fails to decode, naming
 * {@code $.id}. Everything else is optional, because Okta's schema marks nothing as required and real
 * responses leave fields out or send {@code null} ({@code lastFactorVerification} when no factor was verified).
 * Unknown properties ({@code mfaActive}, say) are ignored, and unknown enum values become {@code UNKNOWN}.
 *
 * <p><b>Timestamps are {@link Instant}s.</b> Okta sends UTC instants, with or without milliseconds
 * ({@code 2019-08-24T14:15:22Z}, {@code 2015-08-30T18:41:35.818Z}); an {@code Instant} is exactly that, compares
 * directly with a clock ({@code expiresAt().isBefore(Instant.now())}), and has no offset that could make two
 * equal moments unequal, which {@code OffsetDateTime.equals} does.
 *
 * <p><b>The id is a secret.</b> Whoever holds a session id can act as the signed-in user, like with the session
 * cookie. {@link #toString()} leaves it out (and the login, which is personal data), and so do the client's
 * logs and exception messages.
 */
@JsonModel
public final class Session {
  private final String id;
  private final @Nullable String login;
  private final @Nullable String userId;
  private final @Nullable Instant createdAt;
  private final @Nullable Instant expiresAt;
  private final @Nullable SessionStatus status;
  private final @Nullable Instant lastPasswordVerification;
  private final @Nullable Instant lastFactorVerification;
  private final List<SessionAuthenticationMethod> amr;
  private final @Nullable SessionIdentityProvider idp;
  private final SessionLinks links;

  /**
   * A session. {@code id} is required; every other value may be {@code null}. {@code amr} is copied without
   * {@code null} elements ({@code null} means none) and {@code links} defaults to {@link SessionLinks#EMPTY}.
   */
  public Session(
      String id,
      @Nullable String login,
      @Nullable String userId,
      @Nullable Instant createdAt,
      @Nullable Instant expiresAt,
      @Nullable SessionStatus status,
      @Nullable Instant lastPasswordVerification,
      @Nullable Instant lastFactorVerification,
      @Nullable List<SessionAuthenticationMethod> amr,
      @Nullable SessionIdentityProvider idp,
      @Json(name = "_links") @Nullable SessionLinks links) {
    this.id = Objects.requireNonNull(id, "id");
    this.login = login;
    this.userId = userId;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
    this.status = status;
    this.lastPasswordVerification = lastPasswordVerification;
    this.lastFactorVerification = lastFactorVerification;
    this.amr = copyWithoutNulls(amr);
    this.idp = idp;
    this.links = links == null ? SessionLinks.EMPTY : links;
  }

  /** The session id: as good as the session cookie, so keep it secret. */
  public String id() {
    return id;
  }

  /** The user's login (username), or {@code null}. */
  public @Nullable String login() {
    return login;
  }

  /** The user's id, or {@code null}. */
  public @Nullable String userId() {
    return userId;
  }

  /** When the session was created, or {@code null}. */
  public @Nullable Instant createdAt() {
    return createdAt;
  }

  /** When the session expires unless refreshed, or {@code null}. */
  public @Nullable Instant expiresAt() {
    return expiresAt;
  }

  /** The session's status; {@link SessionStatus#UNKNOWN} for statuses added later; may be null. */
  public @Nullable SessionStatus status() {
    return status;
  }

  /** When the user last verified a password, or {@code null}. */
  public @Nullable Instant lastPasswordVerification() {
    return lastPasswordVerification;
  }

  /** When the user last verified a second factor, or {@code null} (Okta sends null when none was). */
  public @Nullable Instant lastFactorVerification() {
    return lastFactorVerification;
  }

  /** How the user authenticated ({@code amr}); empty when Okta did not say. */
  public List<SessionAuthenticationMethod> amr() {
    return amr;
  }

  /** The identity provider that authenticated the user, or {@code null}. */
  public @Nullable SessionIdentityProvider idp() {
    return idp;
  }

  /** The session's links ({@code _links}); {@link SessionLinks#EMPTY} when there were none. */
  public SessionLinks links() {
    return links;
  }

  private static List<SessionAuthenticationMethod> copyWithoutNulls(@Nullable List<SessionAuthenticationMethod> values) {
    if (values == null || values.isEmpty()) {
      return Collections.emptyList();
    }
    if (values.size() == 1) {
      // The usual amr (["pwd"]): a singleton is a fifth of the bytes of a list and its view.
      SessionAuthenticationMethod only = values.get(0);
      return only == null ? Collections.emptyList() : Collections.singletonList(only);
    }
    List<SessionAuthenticationMethod> copy = new ArrayList<>(values.size());
    for (SessionAuthenticationMethod value : values) {
      if (value != null) {
        copy.add(value);
      }
    }
    return Collections.unmodifiableList(copy);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Session)) {
      return false;
    }
    Session other = (Session) o;
    return id.equals(other.id)
        && Objects.equals(login, other.login)
        && Objects.equals(userId, other.userId)
        && Objects.equals(createdAt, other.createdAt)
        && Objects.equals(expiresAt, other.expiresAt)
        && status == other.status
        && Objects.equals(lastPasswordVerification, other.lastPasswordVerification)
        && Objects.equals(lastFactorVerification, other.lastFactorVerification)
        && amr.equals(other.amr)
        && Objects.equals(idp, other.idp)
        && links.equals(other.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, login, userId, createdAt, expiresAt, status, lastPasswordVerification, lastFactorVerification, amr, idp,
        links);
  }

  /**
   * {@code Session{userId=00u..., status=ACTIVE, createdAt=..., expiresAt=..., ...}}: never the id (a secret) or
   * the login (personal data).
   */
  @Override
  public String toString() {
    return "Session{userId=" + userId
        + ", status=" + status
        + ", createdAt=" + createdAt
        + ", expiresAt=" + expiresAt
        + ", lastPasswordVerification=" + lastPasswordVerification
        + ", lastFactorVerification=" + lastFactorVerification
        + ", amr=" + amr
        + ", idp=" + idp
        + ", links=" + links
        + "}";
  }
}
