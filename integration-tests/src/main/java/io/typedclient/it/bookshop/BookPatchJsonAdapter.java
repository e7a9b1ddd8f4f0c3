package io.typedclient.it.bookshop;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.Map;

/** Writes a {@link BookPatch}'s changes, explicit {@code null}s included; a patch is never read. */
final class BookPatchJsonAdapter extends JsonAdapter<BookPatch> {

  @Override
  public BookPatch fromJson(JsonReader reader) {
    throw new JsonDataException("a BookPatch is only sent, never read, at " + reader.getPath());
  }

  @Override
  public void toJson(JsonWriter writer, BookPatch patch) throws IOException {
    writer.beginObject();
    boolean serializeNulls = writer.getSerializeNulls();
    writer.setSerializeNulls(true);
    try {
      for (Map.Entry<String, Object> change : patch.changes().entrySet()) {
        writer.name(change.getKey());
        Object value = change.getValue();
        if (value == null) {
          writer.nullValue();
        } else {
          writer.value((String) value);
        }
      }
    } finally {
      writer.setSerializeNulls(serializeNulls);
    }
    writer.endObject();
  }
}
