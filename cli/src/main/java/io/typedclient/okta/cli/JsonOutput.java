package io.typedclient.okta.cli;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.typedclient.okta.Session;
import io.typedclient.okta.SessionJsonAdapter;
import io.typedclient.okta.SessionLinksJsonAdapter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * What {@code --json} prints: one JSON object on one line. A session goes through the generated
 * {@link SessionJsonAdapter}, the same one the client reads it with; other objects are written field by field.
 * Besides what Moshi escapes (control characters below U+0020, quotes, backslashes, line separators), every
 * character {@link TerminalText} escapes is written as a {@code \}{@code u} escape too, so the same text is safe to
 * print on a terminal and is still the same JSON value. Nothing here reflects.
 */
final class JsonOutput {
  /** Moshi with the one hand-written adapter the generated session adapter asks it for. Immutable. */
  static final Moshi MOSHI = new Moshi.Builder().add(SessionLinksJsonAdapter.FACTORY).build();

  private static final JsonAdapter<Session> SESSION = new SessionJsonAdapter(MOSHI);

  private JsonOutput() {}

  static String session(Session session) {
    return terminalSafe(SESSION.toJson(session));
  }

  /**
   * {@code fields} as one JSON object, in their order; values are {@code null}, strings, numbers, booleans or
   * lists of strings. A {@code null} value is left out.
   */
  static String object(Map<String, ?> fields) {
    Buffer buffer = new Buffer();
    try (JsonWriter json = JsonWriter.of(buffer)) {
      json.beginObject();
      for (Map.Entry<String, ?> field : fields.entrySet()) {
        Object value = field.getValue();
        if (value == null) {
          continue;
        }
        json.name(field.getKey());
        write(json, value);
      }
      json.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terminalSafe(buffer.readUtf8());
  }

  /**
   * {@code json} with each character a terminal would act on written as a JSON escape. Outside strings JSON text is
   * plain ASCII, so every such character is inside a string, where the escape means the same character.
   */
  static String terminalSafe(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (TerminalText.needsEscape(c)) {
        if (out == null) {
          out = new StringBuilder(json.length() + 16).append(json, 0, i);
        }
        out.append(TerminalText.unicodeEscape(c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? json : out.toString();
  }

  private static void write(JsonWriter json, Object value) throws IOException {
    if (value instanceof String) {
      json.value((String) value);
    } else if (value instanceof Boolean) {
      json.value((Boolean) value);
    } else if (value instanceof Number) {
      json.value((Number) value);
    } else if (value instanceof List) {
      json.beginArray();
      for (Object element : (List<?>) value) {
        json.value(String.valueOf(element));
      }
      json.endArray();
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }
}
