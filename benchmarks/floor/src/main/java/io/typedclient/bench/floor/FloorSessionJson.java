package io.typedclient.bench.floor;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okio.Buffer;

/**
 * The hand-written JSON loop: {@code JsonReader.Options} + {@code selectName}, no adapters, no reflection. What a
 * careful engineer writes by hand for one payload, and so the floor for any Moshi-based decoder.
 */
public final class FloorSessionJson {
  private static final JsonReader.Options SESSION = JsonReader.Options.of(
      "id", "login", "userId", "createdAt", "expiresAt", "status", "lastPasswordVerification",
      "lastFactorVerification", "amr", "idp", "_links");
  private static final JsonReader.Options IDP = JsonReader.Options.of("id", "type");
  private static final JsonReader.Options LINKS = JsonReader.Options.of("self", "refresh", "user");
  private static final JsonReader.Options LINK = JsonReader.Options.of("name", "href", "hints");
  private static final JsonReader.Options HINTS = JsonReader.Options.of("allow");
  private static final FloorSession.Status[] STATUSES = FloorSession.Status.values();
  private static final JsonReader.Options STATUS_NAMES = names(STATUSES);
  private static final FloorSession.IdentityProviderType[] IDP_TYPES = FloorSession.IdentityProviderType.values();
  private static final JsonReader.Options IDP_TYPE_NAMES = names(IDP_TYPES);
  private static final FloorSession.AuthenticationMethod[] METHODS = FloorSession.AuthenticationMethod.values();
  private static final JsonReader.Options METHOD_NAMES = lowerCaseNames(METHODS);

  private FloorSessionJson() {}

  /** Decodes a whole body. */
  public static FloorSession decode(byte[] json) throws IOException {
    try (JsonReader reader = JsonReader.of(new Buffer().write(json))) {
      return read(reader);
    }
  }

  /** Encodes {@code session} as UTF-8 JSON. */
  public static byte[] encode(FloorSession session) throws IOException {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      write(writer, session);
    }
    return buffer.readByteArray();
  }

  /** Reads one session object. */
  public static FloorSession read(JsonReader reader) throws IOException {
    String id = null;
    String login = null;
    String userId = null;
    Instant createdAt = null;
    Instant expiresAt = null;
    FloorSession.Status status = null;
    Instant lastPasswordVerification = null;
    Instant lastFactorVerification = null;
    List<FloorSession.AuthenticationMethod> amr = Collections.emptyList();
    FloorSession.IdentityProvider idp = null;
    FloorSession.Links links = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(SESSION)) {
        case 0: id = reader.nextString(); break;
        case 1: login = reader.nextString(); break;
        case 2: userId = reader.nextString(); break;
        case 3: createdAt = instant(reader); break;
        case 4: expiresAt = instant(reader); break;
        case 5: status = constant(reader, STATUS_NAMES, STATUSES); break;
        case 6: lastPasswordVerification = instant(reader); break;
        case 7: lastFactorVerification = instant(reader); break;
        case 8: amr = methods(reader); break;
        case 9: idp = idp(reader); break;
        case 10: links = links(reader); break;
        default:
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    if (id == null) {
      throw new JsonDataException("Required value 'id' missing at " + reader.getPath());
    }
    return new FloorSession(id, login, userId, createdAt, expiresAt, status, lastPasswordVerification,
        lastFactorVerification, amr, idp, links);
  }

  /** Writes one session object, omitting null members. */
  public static void write(JsonWriter writer, FloorSession s) throws IOException {
    writer.beginObject();
    writer.name("id").value(s.id());
    writer.name("login").value(s.login());
    writer.name("userId").value(s.userId());
    instant(writer, "createdAt", s.createdAt());
    instant(writer, "expiresAt", s.expiresAt());
    if (s.status() != null) {
      writer.name("status").value(s.status().name());
    }
    instant(writer, "lastPasswordVerification", s.lastPasswordVerification());
    instant(writer, "lastFactorVerification", s.lastFactorVerification());
    writer.name("amr").beginArray();
    for (FloorSession.AuthenticationMethod method : s.amr()) {
      writer.value(method.name().toLowerCase(java.util.Locale.ROOT));
    }
    writer.endArray();
    if (s.idp() != null) {
      writer.name("idp").beginObject();
      writer.name("id").value(s.idp().id());
      if (s.idp().type() != null) {
        writer.name("type").value(s.idp().type().name());
      }
      writer.endObject();
    }
    if (s.links() != null) {
      writer.name("_links").beginObject();
      link(writer, "self", s.links().self());
      link(writer, "refresh", s.links().refresh());
      link(writer, "user", s.links().user());
      writer.endObject();
    }
    writer.endObject();
  }

  private static Instant instant(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return FloorInstant.parse(reader.nextString());
  }

  private static void instant(JsonWriter writer, String name, Instant value) throws IOException {
    if (value != null) {
      writer.name(name).value(value.toString());
    }
  }

  private static <E extends Enum<E>> E constant(JsonReader reader, JsonReader.Options names, E[] values)
      throws IOException {
    int index = reader.selectString(names);
    if (index == -1) {
      throw new JsonDataException("Unexpected value '" + reader.nextString() + "' at " + reader.getPath());
    }
    return values[index];
  }

  private static List<FloorSession.AuthenticationMethod> methods(JsonReader reader) throws IOException {
    List<FloorSession.AuthenticationMethod> methods = new ArrayList<>(2);
    reader.beginArray();
    while (reader.hasNext()) {
      methods.add(constant(reader, METHOD_NAMES, METHODS));
    }
    reader.endArray();
    return methods;
  }

  private static FloorSession.IdentityProvider idp(JsonReader reader) throws IOException {
    String id = null;
    FloorSession.IdentityProviderType type = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(IDP)) {
        case 0: id = reader.nextString(); break;
        case 1: type = constant(reader, IDP_TYPE_NAMES, IDP_TYPES); break;
        default:
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    return new FloorSession.IdentityProvider(id, type);
  }

  private static FloorSession.Links links(JsonReader reader) throws IOException {
    FloorSession.Link self = null;
    FloorSession.Link refresh = null;
    FloorSession.Link user = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(LINKS)) {
        case 0: self = link(reader); break;
        case 1: refresh = link(reader); break;
        case 2: user = link(reader); break;
        default:
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    return new FloorSession.Links(self, refresh, user);
  }

  private static FloorSession.Link link(JsonReader reader) throws IOException {
    String name = null;
    String href = null;
    List<String> allow = Collections.emptyList();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(LINK)) {
        case 0: name = reader.nextString(); break;
        case 1: href = reader.nextString(); break;
        case 2: allow = hints(reader); break;
        default:
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    return new FloorSession.Link(name, href, allow);
  }

  private static List<String> hints(JsonReader reader) throws IOException {
    List<String> allow = Collections.emptyList();
    reader.beginObject();
    while (reader.hasNext()) {
      if (reader.selectName(HINTS) == 0) {
        allow = new ArrayList<>(2);
        reader.beginArray();
        while (reader.hasNext()) {
          allow.add(reader.nextString());
        }
        reader.endArray();
      } else {
        reader.skipName();
        reader.skipValue();
      }
    }
    reader.endObject();
    return allow;
  }

  private static void link(JsonWriter writer, String relation, FloorSession.Link link) throws IOException {
    if (link == null) {
      return;
    }
    writer.name(relation).beginObject();
    if (link.name() != null) {
      writer.name("name").value(link.name());
    }
    writer.name("href").value(link.href());
    writer.name("hints").beginObject().name("allow").beginArray();
    for (String method : link.allow()) {
      writer.value(method);
    }
    writer.endArray().endObject();
    writer.endObject();
  }

  private static JsonReader.Options names(Enum<?>[] values) {
    String[] names = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      names[i] = values[i].name();
    }
    return JsonReader.Options.of(names);
  }

  private static JsonReader.Options lowerCaseNames(Enum<?>[] values) {
    String[] names = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      names[i] = values[i].name().toLowerCase(java.util.Locale.ROOT);
    }
    return JsonReader.Options.of(names);
  }
}
