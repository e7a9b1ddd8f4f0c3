package test;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.typedclient.runtime.internal.JsonAdapters;
import io.typedclient.runtime.internal.JsonModelSupport;
import java.io.EOFException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Point} without reflection. A {@code null} value is an error in both
 * directions; {@link #FACTORY} and {@link #nullSafe()} give a null-safe adapter.
 */
@Generated("io.typedclient.processor.TypedClientProcessor")
@SuppressWarnings("deprecation")
public final class PointJsonAdapter extends JsonAdapter<Point> {
  /**
   * Gives a null-safe {@code PointJsonAdapter} to a Moshi that the application builds itself, for exactly
   * {@code Point.class} without qualifier annotations.
   */
  public static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      if (!annotations.isEmpty() || !Point.class.equals(type)) {
        return null;
      }
      return new PointJsonAdapter(moshi).nullSafe();
    }
  };

  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("x", "y", "label_text", "neighbours");

  private final JsonAdapter<List<Point>> listOfPointAdapter;

  public PointJsonAdapter(Moshi moshi) {
    this.listOfPointAdapter = JsonAdapters.listOf(this.nonNull()).nullSafe();
  }

  @Override
  public Point fromJson(JsonReader reader) throws IOException {
    int x = 0;
    boolean hasX = false;
    int y = 0;
    boolean hasY = false;
    String label = null;
    List<Point> neighbours = null;
    try {
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(OPTIONS)) {
          case 0:
            if (reader.peek() == JsonReader.Token.NULL) {
              throw JsonModelSupport.unexpectedNull("x", "x", reader);
            }
            x = reader.nextInt();
            hasX = true;
            break;
          case 1:
            if (reader.peek() == JsonReader.Token.NULL) {
              throw JsonModelSupport.unexpectedNull("y", "y", reader);
            }
            y = reader.nextInt();
            hasY = true;
            break;
          case 2:
            if (reader.peek() == JsonReader.Token.NULL) {
              label = reader.nextNull();
            } else {
              label = reader.nextString();
            }
            break;
          case 3:
            neighbours = listOfPointAdapter.fromJson(reader);
            if (neighbours == null) {
              throw JsonModelSupport.unexpectedNull("neighbours", "neighbours", reader);
            }
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
    if (!hasX) {
      throw JsonModelSupport.missingProperty("x", "x", reader);
    }
    if (!hasY) {
      throw JsonModelSupport.missingProperty("y", "y", reader);
    }
    if (neighbours == null) {
      throw JsonModelSupport.missingProperty("neighbours", "neighbours", reader);
    }
    try {
      return new Point(x, y, label, neighbours);
    } catch (RuntimeException e) {
      throw JsonModelSupport.constructorFailed("Point", e, reader);
    }
  }

  @Override
  public void toJson(JsonWriter writer, Point value) throws IOException {
    if (value == null) {
      throw JsonModelSupport.unexpectedNull(writer);
    }
    writer.beginObject();
    writer.name("x");
    writer.value(value.x());
    writer.name("y");
    writer.value(value.y());
    writer.name("label_text");
    writer.value(value.label());
    writer.name("neighbours");
    listOfPointAdapter.toJson(writer, JsonModelSupport.requireNonNull(value.neighbours(), "neighbours", "neighbours", writer));
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Point)";
  }
}
