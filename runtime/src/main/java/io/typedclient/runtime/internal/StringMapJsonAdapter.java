package io.typedclient.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.EOFException;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A JSON object as an unmodifiable {@code Map<String, V>} in document order. */
final class StringMapJsonAdapter<V> extends JsonAdapter<Map<String, V>> {
  private final JsonAdapter<V> value;

  StringMapJsonAdapter(JsonAdapter<V> value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  @Override
  public Map<String, V> fromJson(JsonReader reader) throws IOException {
    Map<String, V> result = new LinkedHashMap<>();
    try {
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        // containsKey rather than put's result: a value may legitimately be null.
        if (result.containsKey(name)) {
          throw new JsonDataException("Map key '" + name + "' has multiple values at path " + reader.getPath());
        }
        result.put(name, value.fromJson(reader));
      }
      reader.endObject();
    } catch (EOFException e) {
      throw JsonModelSupport.endedEarly(e, reader);
    }
    return Collections.unmodifiableMap(result);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Map<String, V> map) throws IOException {
    if (map == null) {
      throw JsonModelSupport.unexpectedNull(writer);
    }
    writer.beginObject();
    for (Map.Entry<String, V> entry : map.entrySet()) {
      if (entry.getKey() == null) {
        throw new JsonDataException("Map key is null at " + writer.getPath());
      }
      writer.name(entry.getKey());
      value.toJson(writer, entry.getValue());
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapters.mapOf(" + value + ")";
  }
}
