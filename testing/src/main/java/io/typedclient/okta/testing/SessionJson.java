package io.typedclient.okta.testing;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import okio.Buffer;

/**
 * Writes a session the way a real org answers (Okta's developer documentation examples): every property, the
 * deprecated {@code mfaActive}, {@code lastFactorVerification: null} for a password-only session, millisecond
 * timestamps, and {@code _links} with {@code self}, {@code refresh} and {@code user} (with the user's name).
 */
final class SessionJson {
  private SessionJson() {}

  /**
   * @param current true for the {@code /api/v1/sessions/me} endpoints, whose links point at {@code me}
   */
  static byte[] write(FakeSession session, String orgUrl, String orgId, boolean current) {
    String self = orgUrl + "/api/v1/sessions/" + (current ? "me" : session.id());
    String user = orgUrl + "/api/v1/users/" + (current ? "me" : session.userId());
    Buffer buffer = new Buffer();
    try (JsonWriter json = JsonWriter.of(buffer)) {
      json.setSerializeNulls(true);
      json.beginObject();
      json.name("id").value(session.id());
      json.name("login").value(session.login());
      json.name("userId").value(session.userId());
      json.name("createdAt").value(Timestamps.okta(session.createdAt()));
      json.name("expiresAt").value(Timestamps.okta(session.expiresAt()));
      json.name("status").value("ACTIVE");
      json.name("lastPasswordVerification").value(Timestamps.okta(session.lastPasswordVerification()));
      json.name("lastFactorVerification").nullValue();
      json.name("amr").beginArray().value("pwd").endArray();
      json.name("idp").beginObject().name("id").value(orgId).name("type").value("OKTA").endObject();
      json.name("mfaActive").value(false);
      json.name("_links").beginObject();
      link(json, "self", self, null, "GET", "DELETE");
      link(json, "refresh", self + "/lifecycle/refresh", null, "POST");
      link(json, "user", user, session.user().name(), "GET");
      json.endObject();
      json.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  private static void link(JsonWriter json, String relation, String href, String name, String... allow)
      throws IOException {
    json.name(relation).beginObject();
    if (name != null) {
      json.name("name").value(name);
    }
    json.name("href").value(href);
    json.name("hints").beginObject().name("allow").beginArray();
    for (String method : allow) {
      json.value(method);
    }
    json.endArray().endObject();
    json.endObject();
  }
}
