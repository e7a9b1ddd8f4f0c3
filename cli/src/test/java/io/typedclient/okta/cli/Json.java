package io.typedclient.okta.cli;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.Map;
import okio.Buffer;

/** Reads what the CLI printed as JSON, as plain maps, lists, strings, doubles and booleans. */
final class Json {
  private Json() {}

  /** The one JSON object {@code text} holds; fails if there is anything after it. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String text) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text));
    Object value = reader.readJsonValue();
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new AssertionError("more than one JSON value in: " + text);
    }
    if (!(value instanceof Map)) {
      throw new AssertionError("not a JSON object: " + text);
    }
    return (Map<String, Object>) value;
  }
}
