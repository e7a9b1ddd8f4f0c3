package io.typedclient.okta;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@link SessionLinks}, by hand and without reflection.
 *
 * <p>Why not a generated adapter: a generated adapter maps each JSON name to one declared property of one type,
 * but {@code _links} is open-ended (any relation name may appear and must be kept) and the name {@code href}
 * holds a string in Okta's OpenAPI examples and would hold a link object for a relation of that name. A short
 * {@link JsonReader} loop handles both, and skips whatever else a server sends instead of failing: links are
 * never worth losing a whole session over.
 *
 * <p>{@link SessionLinks} names this adapter with {@code @JsonAdaptedBy}, so the generated {@code SessionJsonAdapter}
 * constructs it directly: a Moshi of an application's own needs only the generated factory to read and write
 * sessions, and is never asked for {@code SessionLinks}.
 *
 * <pre>
 * Moshi moshi = new Moshi.Builder().add(SessionJsonAdapter.FACTORY).build();
 * String json = moshi.adapter(Session.class).toJson(session);
 * </pre>
 */
public final class SessionLinksJsonAdapter extends JsonAdapter<SessionLinks> {
  /**
   * Supplies this adapter for {@link SessionLinks}, for an application that asks a Moshi of its own for
   * {@code SessionLinks} itself (sessions need no registration: see the class description).
   */
  public static final JsonAdapter.Factory FACTORY =
      (type, annotations, moshi) ->
          type == SessionLinks.class && annotations.isEmpty() ? new SessionLinksJsonAdapter().nullSafe() : null;

  private static final String[] RELATIONS = {"self", "refresh", "user", "href"};
  private static final JsonReader.Options RELATION_NAMES = JsonReader.Options.of(RELATIONS);
  private static final JsonReader.Options LINK_NAMES =
      JsonReader.Options.of("href", "name", "templated", "type", "hints");
  private static final JsonReader.Options HINT_NAMES = JsonReader.Options.of("allow");

  /** For the generated {@code SessionJsonAdapter} (see {@code @JsonAdaptedBy} on {@link SessionLinks}). */
  SessionLinksJsonAdapter() {}

  @Override
  public SessionLinks fromJson(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      reader.skipValue();
      return SessionLinks.EMPTY;
    }
    // Sized for the three relations Okta sends (a fourth grows it); handed to SessionLinks without a copy.
    LinkedHashMap<String, SessionLink> relations = new LinkedHashMap<>(4);
    String strayHref = null;
    reader.beginObject();
    while (reader.hasNext()) {
      // The usual names are matched in the input's bytes, without building a String for each.
      int known = reader.selectName(RELATION_NAMES);
      String name = known == -1 ? reader.nextName() : RELATIONS[known];
      switch (reader.peek()) {
        case BEGIN_OBJECT:
          relations.put(name, readLink(reader));
          break;
        case BEGIN_ARRAY:
          SessionLink first = readFirstLink(reader);
          if (first != null) {
            relations.put(name, first);
          }
          break;
        case STRING:
          if (name.equals("href")) {
            strayHref = reader.nextString();
          } else {
            reader.skipValue();
          }
          break;
        default:
          reader.skipValue();
      }
    }
    reader.endObject();
    if (strayHref != null) {
      SessionLink self = relations.get("self");
      if (self == null) {
        relations.put("self", SessionLink.of(strayHref));
      } else if (self.href() == null) {
        relations.put("self", self.withHref(strayHref));
      }
    }
    return relations.isEmpty() ? SessionLinks.EMPTY : SessionLinks.owning(relations);
  }

  private static @Nullable SessionLink readFirstLink(JsonReader reader) throws IOException {
    SessionLink first = null;
    reader.beginArray();
    while (reader.hasNext()) {
      if (first == null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
        first = readLink(reader);
      } else {
        reader.skipValue();
      }
    }
    reader.endArray();
    return first;
  }

  private static SessionLink readLink(JsonReader reader) throws IOException {
    String href = null;
    String name = null;
    Boolean templated = null;
    String type = null;
    List<String> allow = Collections.emptyList();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(LINK_NAMES)) {
        case 0:
          href = stringOrSkip(reader);
          break;
        case 1:
          name = stringOrSkip(reader);
          break;
        case 2:
          if (reader.peek() == JsonReader.Token.BOOLEAN) {
            templated = reader.nextBoolean();
          } else {
            reader.skipValue();
          }
          break;
        case 3:
          type = stringOrSkip(reader);
          break;
        case 4:
          allow = readAllow(reader);
          break;
        default:
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    return SessionLink.decoded(href, name, templated, type, allow);
  }

  /** {@code hints.allow}, unmodifiable and without nulls, as {@link SessionLink#decoded} wants it. */
  private static List<String> readAllow(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      reader.skipValue();
      return Collections.emptyList();
    }
    List<String> allow = Collections.emptyList();
    reader.beginObject();
    while (reader.hasNext()) {
      if (reader.selectName(HINT_NAMES) != 0) {
        reader.skipName();
        reader.skipValue();
      } else if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
        reader.skipValue();
      } else {
        allow = readMethods(reader);
      }
    }
    reader.endObject();
    return allow;
  }

  // One method (a refresh or user link) is a singleton; more go to a list sized for the few methods HTTP has.
  private static List<String> readMethods(JsonReader reader) throws IOException {
    String first = null;
    List<String> all = null;
    reader.beginArray();
    while (reader.hasNext()) {
      String method = stringOrSkip(reader);
      if (method == null) {
        continue;
      }
      if (first == null) {
        first = method;
      } else {
        if (all == null) {
          all = new ArrayList<>(4);
          all.add(first);
        }
        all.add(method);
      }
    }
    reader.endArray();
    if (all != null) {
      return Collections.unmodifiableList(all);
    }
    return first == null ? Collections.emptyList() : Collections.singletonList(first);
  }

  private static @Nullable String stringOrSkip(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.STRING) {
      return reader.nextString();
    }
    reader.skipValue();
    return null;
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable SessionLinks links) throws IOException {
    if (links == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    for (Map.Entry<String, SessionLink> entry : links.relations().entrySet()) {
      writer.name(entry.getKey());
      writeLink(writer, entry.getValue());
    }
    writer.endObject();
  }

  private static void writeLink(JsonWriter writer, SessionLink link) throws IOException {
    writer.beginObject();
    if (link.href() != null) {
      writer.name("href").value(link.href());
    }
    if (link.name() != null) {
      writer.name("name").value(link.name());
    }
    if (link.templated() != null) {
      writer.name("templated").value(link.templated());
    }
    if (link.type() != null) {
      writer.name("type").value(link.type());
    }
    if (!link.allowedMethods().isEmpty()) {
      writer.name("hints").beginObject().name("allow").beginArray();
      for (String method : link.allowedMethods()) {
        writer.value(method);
      }
      writer.endArray().endObject();
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(SessionLinks)";
  }
}
