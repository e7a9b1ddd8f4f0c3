package io.typedclient.it.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;

/** A hand-written adapter, so that these tests need no reflection and no generated adapters. */
final class ItemJsonAdapter extends JsonAdapter<Item> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of("id", "name");

  /** A Moshi that knows {@link Item}. */
  static Moshi moshi() {
    return new Moshi.Builder().add(Item.class, new ItemJsonAdapter().nullSafe()).build();
  }

  @Override
  public Item fromJson(JsonReader reader) throws IOException {
    String id = null;
    String name = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0:
          id = reader.nextString();
          break;
        case 1:
          name = reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString();
          break;
        default:
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    if (id == null) {
      throw new JsonDataException("Required value 'id' missing at " + reader.getPath());
    }
    return new Item(id, name);
  }

  @Override
  public void toJson(JsonWriter writer, Item item) throws IOException {
    writer.beginObject();
    writer.name("id").value(item.id());
    writer.name("name").value(item.name());
    writer.endObject();
  }
}
