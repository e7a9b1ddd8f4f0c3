package io.typedclient.okta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One link of a {@link Session}'s {@code _links} (a HAL link object): where a related resource or operation
 * lives and which HTTP methods it allows. Immutable.
 *
 * <p>Every property is optional: Okta's schema requires {@code href}, but its own published examples leave it out
 * of {@code self} (see {@link SessionLinks}).
 */
public final class SessionLink {
  private final @Nullable String href;
  private final @Nullable String name;
  private final @Nullable Boolean templated;
  private final @Nullable String type;
  private final List<String> allowedMethods;

  /**
   * A link. {@code allowedMethods} is copied, without {@code null} elements; {@code null} means none.
   */
  public SessionLink(
      @Nullable String href,
      @Nullable String name,
      @Nullable Boolean templated,
      @Nullable String type,
      @Nullable List<String> allowedMethods) {
    this(copyWithoutNulls(allowedMethods), href, name, templated, type);
  }

  // Takes ownedAllowedMethods as it is: an unmodifiable list without nulls that nothing else can change.
  private SessionLink(
      List<String> ownedAllowedMethods,
      @Nullable String href,
      @Nullable String name,
      @Nullable Boolean templated,
      @Nullable String type) {
    this.href = href;
    this.name = name;
    this.templated = templated;
    this.type = type;
    this.allowedMethods = ownedAllowedMethods;
  }

  /**
   * For {@link SessionLinksJsonAdapter}: {@code allowedMethods} must be unmodifiable, without {@code null}
   * elements, and referenced by nothing that could change it; it is kept rather than copied a second time.
   */
  static SessionLink decoded(
      @Nullable String href,
      @Nullable String name,
      @Nullable Boolean templated,
      @Nullable String type,
      List<String> allowedMethods) {
    return new SessionLink(allowedMethods, href, name, templated, type);
  }

  /** A link to {@code href} with nothing else. */
  public static SessionLink of(String href) {
    return new SessionLink(Objects.requireNonNull(href, "href"), null, null, null, null);
  }

  /**
   * The link's URI, or {@code null}. The {@code self} link of a session holds the session id: treat it as
   * secret as the id.
   */
  public @Nullable String href() {
    return href;
  }

  /** The link's name (the {@code user} link carries the user's display name), or {@code null}. */
  public @Nullable String name() {
    return name;
  }

  /** Whether {@link #href()} is a URI template, or {@code null} when Okta did not say. */
  public @Nullable Boolean templated() {
    return templated;
  }

  /** The media type of the linked resource, or {@code null} (implicitly {@code application/json}). */
  public @Nullable String type() {
    return type;
  }

  /** The HTTP methods the link allows ({@code hints.allow}), such as {@code GET} and {@code DELETE}; may be empty. */
  public List<String> allowedMethods() {
    return allowedMethods;
  }

  /** This link with {@code href} in place of its own. */
  SessionLink withHref(String href) {
    return new SessionLink(allowedMethods, href, name, templated, type);
  }

  static List<String> copyWithoutNulls(@Nullable List<String> values) {
    if (values == null || values.isEmpty()) {
      return Collections.emptyList();
    }
    if (values.size() == 1) {
      String only = values.get(0);
      return only == null ? Collections.emptyList() : Collections.singletonList(only);
    }
    List<String> copy = new ArrayList<>(values.size());
    for (String value : values) {
      if (value != null) {
        copy.add(value);
      }
    }
    return Collections.unmodifiableList(copy);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof SessionLink)) {
      return false;
    }
    SessionLink other = (SessionLink) o;
    return Objects.equals(href, other.href)
        && Objects.equals(name, other.name)
        && Objects.equals(templated, other.templated)
        && Objects.equals(type, other.type)
        && allowedMethods.equals(other.allowedMethods);
  }

  @Override
  public int hashCode() {
    return Objects.hash(href, name, templated, type, allowedMethods);
  }

  /** Names the link's parts but never prints {@code href}, which can hold a session id. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("SessionLink{");
    out.append("href=").append(href == null ? "none" : "██");
    if (name != null) {
      out.append(", name=").append(name);
    }
    if (templated != null) {
      out.append(", templated=").append(templated);
    }
    if (type != null) {
      out.append(", type=").append(type);
    }
    return out.append(", allow=").append(allowedMethods).append('}').toString();
  }
}
