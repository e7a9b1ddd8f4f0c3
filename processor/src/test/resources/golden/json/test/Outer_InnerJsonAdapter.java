package test;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.typedclient.runtime.internal.JsonModelSupport;
import java.io.EOFException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Outer.Inner} without reflection. A {@code null} value is an error in both
 * directions; {@link #FACTORY} and {@link #nullSafe()} give a null-safe adapter.
 */
@Generated("io.typedclient.processor.TypedClientProcessor")
@SuppressWarnings("deprecation")
public final class Outer_InnerJsonAdapter extends JsonAdapter<Outer.Inner> {
  /**
   * Gives a null-safe {@code Outer_InnerJsonAdapter} to a Moshi that the application builds itself, for exactly
   * {@code Outer.Inner.class} without qualifier annotations.
   */
  public static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      if (!annotations.isEmpty() || !Outer.Inner.class.equals(type)) {
        return null;
      }
      return new Outer_InnerJsonAdapter(moshi).nullSafe();
    }
  };

  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("name");

  public Outer_InnerJsonAdapter(Moshi moshi) {
  }

  @Override
  public Outer.Inner fromJson(JsonReader reader) throws IOException {
    String name = null;
    try {
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(OPTIONS)) {
          case 0:
            if (reader.peek() == JsonReader.Token.NULL) {
              throw JsonModelSupport.unexpectedNull("name", "name", reader);
            }
            name = reader.nextString();
            break;
          case -1:
            // A name this model does not know: skip it and its value, whatever their shape.
            reader.skipName();
            reader.skipValue();
            break;
        }
      }
      reader.endObject();
    } catch (EOFException e) {
      throw JsonModelSupport.endedEarly(e, reader);
    }
    if (name == null) {
      throw JsonModelSupport.missingProperty("name", "name", reader);
    }
    try {
      return new Outer.Inner(name);
    } catch (RuntimeException e) {
      throw JsonModelSupport.constructorFailed("Outer.Inner", e, reader);
    }
  }

  @Override
  public void toJson(JsonWriter writer, Outer.Inner value) throws IOException {
    if (value == null) {
      throw JsonModelSupport.unexpectedNull(writer);
    }
    writer.beginObject();
    writer.name("name");
    writer.value(JsonModelSupport.requireNonNull(value.name, "name", "name", writer));
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Outer.Inner)";
  }
}
