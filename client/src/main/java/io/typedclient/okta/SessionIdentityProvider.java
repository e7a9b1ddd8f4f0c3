package io.typedclient.okta;

import io.typedclient.JsonModel;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The identity provider that authenticated a {@link Session}'s user. Immutable. */
@JsonModel
public final class SessionIdentityProvider {
  private final @Nullable String id;
  private final @Nullable SessionIdentityProviderType type;

  /** A provider; either value may be {@code null} when Okta leaves it out. */
  public SessionIdentityProvider(@Nullable String id, @Nullable SessionIdentityProviderType type) {
    this.id = id;
    this.type = type;
  }

  /** The identity provider's id; for {@link SessionIdentityProviderType#OKTA} it is the org id. May be null. */
  public @Nullable String id() {
    return id;
  }

  /** The kind of provider, {@link SessionIdentityProviderType#UNKNOWN} for kinds added later; may be null. */
  public @Nullable SessionIdentityProviderType type() {
    return type;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof SessionIdentityProvider)) {
      return false;
    }
    SessionIdentityProvider other = (SessionIdentityProvider) o;
    return Objects.equals(id, other.id) && type == other.type;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type);
  }

  @Override
  public String toString() {
    return "SessionIdentityProvider{id=" + id + ", type=" + type + "}";
  }
}
