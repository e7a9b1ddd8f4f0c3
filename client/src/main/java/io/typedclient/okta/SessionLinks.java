package io.typedclient.okta;

import io.typedclient.JsonAdaptedBy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Session}'s {@code _links}: its link relations by name, in the order Okta sent them. {@code self},
 * {@code refresh} and {@code user} have accessors; any other relation Okta adds is kept and available through
 * {@link #relation(String)} and {@link #relations()}. Immutable.
 *
 * <p>Okta publishes two shapes. Its developer documentation, and its schema, put the session's own URI at
 * {@code _links.self.href}. Its OpenAPI examples put it beside {@code self}, as a string at {@code _links.href}.
 * Both decode to the same value: a string {@code href} directly inside {@code _links} becomes the {@code self}
 * link's {@link SessionLink#href() href} (unless {@code self} has one already). Encoding always writes the
 * schema's shape. When a relation holds an array of links (allowed by HAL), the first is kept. Values of any
 * other type are skipped: links never make a session fail to decode.
 */
// The hand-written adapter is wired into Session's generated adapter directly, so no Moshi, however it was built,
// is ever asked for SessionLinks (which it would answer by reflection).
@JsonAdaptedBy(SessionLinksJsonAdapter.class)
public final class SessionLinks {
  /** No links. */
  public static final SessionLinks EMPTY = new SessionLinks(Collections.emptyMap());

  private final Map<String, SessionLink> relations;

  /** Links with these relations; the map is copied and its order kept, {@code null} keys or values refused. */
  public SessionLinks(Map<String, SessionLink> relations) {
    Map<String, SessionLink> copy = new LinkedHashMap<>();
    for (Map.Entry<String, SessionLink> entry : relations.entrySet()) {
      if (entry.getKey() == null || entry.getValue() == null) {
        throw new NullPointerException("SessionLinks cannot hold a null relation name or link");
      }
      copy.put(entry.getKey(), entry.getValue());
    }
    this.relations = Collections.unmodifiableMap(copy);
  }

  // Typed LinkedHashMap so that, within this class, it is never confused with the copying public constructor.
  private SessionLinks(LinkedHashMap<String, SessionLink> owned) {
    this.relations = Collections.unmodifiableMap(owned);
  }

  /**
   * Links over {@code relations} itself, not a copy: for {@link SessionLinksJsonAdapter}, which builds the map
   * without {@code null} keys or values and keeps no reference to it. Copying it again cost a second map and its
   * entries on every decoded session.
   */
  static SessionLinks owning(LinkedHashMap<String, SessionLink> relations) {
    return new SessionLinks(relations);
  }

  /** The session itself; its {@code href} holds the session id. {@code null} when absent. */
  public @Nullable SessionLink self() {
    return relations.get("self");
  }

  /** Where the session is refreshed (current-session responses), or {@code null}. */
  public @Nullable SessionLink refresh() {
    return relations.get("refresh");
  }

  /** The session's user, with the user's display name as {@link SessionLink#name()}, or {@code null}. */
  public @Nullable SessionLink user() {
    return relations.get("user");
  }

  /** The link of relation {@code name}, or {@code null}. */
  public @Nullable SessionLink relation(String name) {
    return relations.get(name);
  }

  /** Every relation, {@code self}, {@code refresh} and {@code user} included, in the order Okta sent them. */
  public Map<String, SessionLink> relations() {
    return relations;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SessionLinks && relations.equals(((SessionLinks) o).relations);
  }

  @Override
  public int hashCode() {
    return relations.hashCode();
  }

  /** The relations, each without its {@code href}. */
  @Override
  public String toString() {
    return "SessionLinks" + relations;
  }
}
