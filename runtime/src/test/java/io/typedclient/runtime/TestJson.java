package io.typedclient.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/** Small models with hand-written adapters, in the shape generated adapters have. */
final class TestJson {
  private TestJson() {}

  /** {@code {"id": "...", "count": 3, "owner": {"name": "..."}}}; {@code id} is required. */
  static final class Item {
    final String id;
    final int count;
    final String ownerName;

    Item(String id, int count, String ownerName) {
      this.id = id;
      this.count = count;
      this.ownerName = ownerName;
    }
  }

  static final JsonAdapter<Item> ITEM =
      new JsonAdapter<Item>() {
        private final JsonReader.Options names = JsonReader.Options.of("id", "count", "owner");
        private final JsonReader.Options ownerNames = JsonReader.Options.of("name");

        @Override
        public Item fromJson(JsonReader reader) throws IOException {
          String id = null;
          int count = 0;
          String ownerName = null;
          reader.beginObject();
          while (reader.hasNext()) {
            switch (reader.selectName(names)) {
              case 0:
                id = reader.nextString();
                break;
              case 1:
                count = reader.nextInt();
                break;
              case 2:
                reader.beginObject();
                while (reader.hasNext()) {
                  if (reader.selectName(ownerNames) == 0) {
                    ownerName = reader.nextString();
                  } else {
                    reader.skipName();
                    reader.skipValue();
                  }
                }
                reader.endObject();
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
          return new Item(id, count, ownerName);
        }

        @Override
        public void toJson(JsonWriter writer, Item value) throws IOException {
          writer.beginObject().name("id").value(value.id).name("count").value(value.count);
          if (value.ownerName != null) {
            writer.name("owner").beginObject().name("name").value(value.ownerName).endObject();
          }
          writer.endObject();
        }

        @Override
        public String toString() {
          return "JsonAdapter(Item)";
        }
      };
}
