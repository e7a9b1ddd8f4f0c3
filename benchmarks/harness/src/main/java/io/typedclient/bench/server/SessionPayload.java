package io.typedclient.bench.server;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import okio.Buffer;
import okio.Okio;

/**
 * The one payload every contender decodes: an Okta {@code GET /api/v1/sessions/{id}} response in the style of
 * Okta's developer docs (millisecond timestamps, {@code _links.self}, {@code refresh} and {@code user} with
 * {@code hints}, the deprecated {@code mfaActive} that the spec no longer lists), built from the values of
 * {@code shared/okta/examples/get-session-response.json}. Served compact, as Okta serves it.
 */
public final class SessionPayload {
  /** The session id in the payload, and the one every benchmark asks for. */
  public static final String SESSION_ID = "l7FbDVqS8zHSy65uJD85";
  /** What every contender's decoded session summarises to: {@code id/status}. */
  public static final String SUMMARY = SESSION_ID + "/ACTIVE";
  /** The API token the loopback server expects ({@code Authorization: SSWS <token>}). */
  public static final String API_TOKEN = "00bench-token-not-a-secret";
  /** The access token the loopback token endpoint hands out to an OAuth 2.0 service app. */
  public static final String ACCESS_TOKEN = "eyJraWQiOiJiZW5jaCIsImFsZyI6IlJTMjU2In0.eyJ2ZXIiOjEsImp0aSI6IkFULmJlbmNoIn0.c2ln";

  private SessionPayload() {}

  /** The session as compact UTF-8 JSON (a fresh copy). */
  public static byte[] session() {
    return compact("session.json");
  }

  /** Okta's 401 {@code E0000011} body. */
  static byte[] invalidToken() {
    return compact("error-401.json");
  }

  /** Okta's 404 {@code E0000007} body. */
  static byte[] notFound() {
    return compact("error-404.json");
  }

  /** The token endpoint's answer: {@link #ACCESS_TOKEN} as a {@code tokenType} token for an hour, every scope. */
  static byte[] tokenAnswer(String tokenType) {
    return ("{\"token_type\":\"" + tokenType + "\",\"expires_in\":3600,\"access_token\":\"" + ACCESS_TOKEN
        + "\",\"scope\":\"okta.sessions.read okta.sessions.manage okta.users.manage\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] compact(String resource) {
    try (InputStream in = SessionPayload.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      JsonReader reader = JsonReader.of(Okio.buffer(Okio.source(in)));
      Object value = reader.readJsonValue();
      Buffer out = new Buffer();
      try (JsonWriter writer = JsonWriter.of(out)) {
        writer.jsonValue(value);
      }
      return out.readByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
