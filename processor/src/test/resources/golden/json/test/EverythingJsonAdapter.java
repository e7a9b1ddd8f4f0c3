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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Everything} without reflection. A {@code null} value is an error in both
 * directions; {@link #FACTORY} and {@link #nullSafe()} give a null-safe adapter.
 */
@Generated("io.typedclient.processor.TypedClientProcessor")
@SuppressWarnings("deprecation")
public final class EverythingJsonAdapter extends JsonAdapter<Everything> {
  /**
   * Gives a null-safe {@code EverythingJsonAdapter} to a Moshi that the application builds itself, for exactly
   * {@code Everything.class} without qualifier annotations.
   */
  public static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      if (!annotations.isEmpty() || !Everything.class.equals(type)) {
        return null;
      }
      return new EverythingJsonAdapter(moshi).nullSafe();
    }
  };

  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("flag", "count", "total", "ratio", "fraction", "small", "tiny", "letter", "requiredBox", "maybeFlag", "maybeFraction", "maybeLetter", "text", "note", "status", "inner", "strings", "statuses", "inners_by_name", "sparse", "at", "localAt", "day", "id", "parent");

  private final JsonAdapter<Status> statusAdapter;

  private final JsonAdapter<Outer.Inner> outerInnerAdapter;

  private final JsonAdapter<List<String>> listOfStringAdapter;

  private final JsonAdapter<Set<Status>> setOfStatusAdapter;

  private final JsonAdapter<Map<String, List<Outer.Inner>>> mapOfStringListOfOuterInnerAdapter;

  private final JsonAdapter<List<String>> listOfNullableStringAdapter;

  private final JsonAdapter<Instant> instantAdapter;

  private final JsonAdapter<OffsetDateTime> offsetDateTimeAdapter;

  private final JsonAdapter<LocalDate> localDateAdapter;

  private final JsonAdapter<UUID> uuidAdapter;

  private final JsonAdapter<Everything> everythingAdapter;

  public EverythingJsonAdapter(Moshi moshi) {
    this.statusAdapter = new StatusJsonAdapter(moshi).nullSafe();
    this.outerInnerAdapter = new Outer_InnerJsonAdapter(moshi).nullSafe();
    this.listOfStringAdapter = JsonAdapters.listOf(moshi.adapter(String.class).nonNull()).nullSafe();
    this.setOfStatusAdapter = JsonAdapters.setOf(new StatusJsonAdapter(moshi).nonNull()).nullSafe();
    this.mapOfStringListOfOuterInnerAdapter = JsonAdapters.mapOf(JsonAdapters.listOf(new Outer_InnerJsonAdapter(moshi).nonNull()).nonNull()).nullSafe();
    this.listOfNullableStringAdapter = JsonAdapters.listOf(moshi.adapter(String.class).nullSafe()).nullSafe();
    this.instantAdapter = JsonAdapters.instant().nullSafe();
    this.offsetDateTimeAdapter = JsonAdapters.offsetDateTime().nullSafe();
    this.localDateAdapter = JsonAdapters.localDate().nullSafe();
    this.uuidAdapter = moshi.adapter(UUID.class);
    this.everythingAdapter = this.nullSafe();
  }

  @Override
  public Everything fromJson(JsonReader reader) throws IOException {
    boolean flag = false;
    boolean hasFlag = false;
    int count = 0;
    boolean hasCount = false;
    long total = 0L;
    boolean hasTotal = false;
    double ratio = 0d;
    boolean hasRatio = false;
    float fraction = 0f;
    boolean hasFraction = false;
    short small = (short) 0;
    boolean hasSmall = false;
    byte tiny = (byte) 0;
    boolean hasTiny = false;
    char letter = '\0';
    boolean hasLetter = false;
    Integer requiredBox = null;
    Boolean maybeFlag = null;
    Float maybeFraction = null;
    Character maybeLetter = null;
    String text = null;
    String note = null;
    Status status = null;
    Outer.Inner inner = null;
    List<String> strings = null;
    Set<Status> statuses = null;
    Map<String, List<Outer.Inner>> innersByName = null;
    List<String> sparse = null;
    Instant at = null;
    OffsetDateTime localAt = null;
    LocalDate day = null;
    UUID id = null;
    Everything parent = null;
    try {
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(OPTIONS)) {
          case 0:
            if (reader.peek() == JsonReader.Token.NULL) {
              throw JsonModelSupport.unexpectedNull("flag", "flag", reader);
            }
            flag = reader.nextBoolean();
            hasFlag = true;
            break;
          case 1:
            if (reader.peek() == JsonReader.Token.NULL) {
              throw JsonModelSupport.unexpectedNull("count", "count", reader);
            }
            count = reader.nextInt();
            hasCount = true;
            break;
          case 2:
            if (reader.peek() == JsonReader.Token.NULL) {
              throw JsonModelSupport.unexpectedNull("total", "total", reader);
            }
            total = reader.nextLong();
            hasTotal = true;
            break;
          case 3:
            if (reader.peek() == JsonReader.Token.NULL) {
              throw JsonModelSupport.unexpectedNull("ratio", "ratio", reader);
            }
            ratio = reader.nextDouble();
            hasRatio = true;
            break;
          case 4:
            if (reader.peek() == JsonReader.Token.NULL) {
              throw JsonModelSupport.unexpectedNull("fraction", "fraction", reader);
            }
            fraction = JsonModelSupport.nextFloat(reader);
            hasFraction = true;
            break;
          case 5:
            if (reader.peek() == JsonReader.Token.NULL) {
              throw JsonModelSupport.unexpectedNull("small", "small", reader);
            }
            small = JsonModelSupport.nextShort(reader);
            hasSmall = true;
            break;
          case 6:
            if (reader.peek() == JsonReader.Token.NULL) {
              throw JsonModelSupport.unexpectedNull("tiny", "tiny", reader);
            }
            tiny = JsonModelSupport.nextByte(reader);
            hasTiny = true;
            break;
          case 7:
            if (reader.peek() == JsonReader.Token.NULL) {
              throw JsonModelSupport.unexpectedNull("letter", "letter", reader);
            }
            letter = JsonModelSupport.nextChar(reader);
            hasLetter = true;
            break;
          case 8:
            if (reader.peek() == JsonReader.Token.NULL) {
              throw JsonModelSupport.unexpectedNull("requiredBox", "requiredBox", reader);
            }
            requiredBox = reader.nextInt();
            break;
          case 9:
            if (reader.peek() == JsonReader.Token.NULL) {
              maybeFlag = reader.nextNull();
            } else {
              maybeFlag = reader.nextBoolean();
            }
            break;
          case 10:
            if (reader.peek() == JsonReader.Token.NULL) {
              maybeFraction = reader.nextNull();
            } else {
              maybeFraction = JsonModelSupport.nextFloat(reader);
            }
            break;
          case 11:
            if (reader.peek() == JsonReader.Token.NULL) {
              maybeLetter = reader.nextNull();
            } else {
              maybeLetter = JsonModelSupport.nextChar(reader);
            }
            break;
          case 12:
            if (reader.peek() == JsonReader.Token.NULL) {
              throw JsonModelSupport.unexpectedNull("text", "text", reader);
            }
            text = reader.nextString();
            break;
          case 13:
            if (reader.peek() == JsonReader.Token.NULL) {
              note = reader.nextNull();
            } else {
              note = reader.nextString();
            }
            break;
          case 14:
            status = statusAdapter.fromJson(reader);
            if (status == null) {
              throw JsonModelSupport.unexpectedNull("status", "status", reader);
            }
            break;
          case 15:
            inner = outerInnerAdapter.fromJson(reader);
            if (inner == null) {
              throw JsonModelSupport.unexpectedNull("inner", "inner", reader);
            }
            break;
          case 16:
            strings = listOfStringAdapter.fromJson(reader);
            if (strings == null) {
              throw JsonModelSupport.unexpectedNull("strings", "strings", reader);
            }
            break;
          case 17:
            statuses = setOfStatusAdapter.fromJson(reader);
            if (statuses == null) {
              throw JsonModelSupport.unexpectedNull("statuses", "statuses", reader);
            }
            break;
          case 18:
            innersByName = mapOfStringListOfOuterInnerAdapter.fromJson(reader);
            if (innersByName == null) {
              throw JsonModelSupport.unexpectedNull("innersByName", "inners_by_name", reader);
            }
            break;
          case 19:
            sparse = listOfNullableStringAdapter.fromJson(reader);
            if (sparse == null) {
              throw JsonModelSupport.unexpectedNull("sparse", "sparse", reader);
            }
            break;
          case 20:
            at = instantAdapter.fromJson(reader);
            if (at == null) {
              throw JsonModelSupport.unexpectedNull("at", "at", reader);
            }
            break;
          case 21:
            localAt = offsetDateTimeAdapter.fromJson(reader);
            if (localAt == null) {
              throw JsonModelSupport.unexpectedNull("localAt", "localAt", reader);
            }
            break;
          case 22:
            day = localDateAdapter.fromJson(reader);
            break;
          case 23:
            id = uuidAdapter.fromJson(reader);
            if (id == null) {
              throw JsonModelSupport.unexpectedNull("id", "id", reader);
            }
            break;
          case 24:
            parent = everythingAdapter.fromJson(reader);
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
    if (!hasFlag) {
      throw JsonModelSupport.missingProperty("flag", "flag", reader);
    }
    if (!hasCount) {
      throw JsonModelSupport.missingProperty("count", "count", reader);
    }
    if (!hasTotal) {
      throw JsonModelSupport.missingProperty("total", "total", reader);
    }
    if (!hasRatio) {
      throw JsonModelSupport.missingProperty("ratio", "ratio", reader);
    }
    if (!hasFraction) {
      throw JsonModelSupport.missingProperty("fraction", "fraction", reader);
    }
    if (!hasSmall) {
      throw JsonModelSupport.missingProperty("small", "small", reader);
    }
    if (!hasTiny) {
      throw JsonModelSupport.missingProperty("tiny", "tiny", reader);
    }
    if (!hasLetter) {
      throw JsonModelSupport.missingProperty("letter", "letter", reader);
    }
    if (requiredBox == null) {
      throw JsonModelSupport.missingProperty("requiredBox", "requiredBox", reader);
    }
    if (text == null) {
      throw JsonModelSupport.missingProperty("text", "text", reader);
    }
    if (status == null) {
      throw JsonModelSupport.missingProperty("status", "status", reader);
    }
    if (inner == null) {
      throw JsonModelSupport.missingProperty("inner", "inner", reader);
    }
    if (strings == null) {
      throw JsonModelSupport.missingProperty("strings", "strings", reader);
    }
    if (statuses == null) {
      throw JsonModelSupport.missingProperty("statuses", "statuses", reader);
    }
    if (innersByName == null) {
      throw JsonModelSupport.missingProperty("innersByName", "inners_by_name", reader);
    }
    if (sparse == null) {
      throw JsonModelSupport.missingProperty("sparse", "sparse", reader);
    }
    if (at == null) {
      throw JsonModelSupport.missingProperty("at", "at", reader);
    }
    if (localAt == null) {
      throw JsonModelSupport.missingProperty("localAt", "localAt", reader);
    }
    if (id == null) {
      throw JsonModelSupport.missingProperty("id", "id", reader);
    }
    try {
      return new Everything(flag, count, total, ratio, fraction, small, tiny, letter, requiredBox, maybeFlag, maybeFraction, maybeLetter, text, note, status, inner, strings, statuses, innersByName, sparse, at, localAt, day, id, parent, 0);
    } catch (RuntimeException e) {
      throw JsonModelSupport.constructorFailed("Everything", e, reader);
    }
  }

  @Override
  public void toJson(JsonWriter writer, Everything value) throws IOException {
    if (value == null) {
      throw JsonModelSupport.unexpectedNull(writer);
    }
    writer.beginObject();
    writer.name("flag");
    writer.value(value.flag);
    writer.name("count");
    writer.value(value.getCount());
    writer.name("total");
    writer.value(value.total());
    writer.name("ratio");
    writer.value(value.ratio());
    writer.name("fraction");
    writer.value(Float.valueOf(value.fraction()));
    writer.name("small");
    writer.value(value.small());
    writer.name("tiny");
    writer.value(value.tiny());
    writer.name("letter");
    writer.value(String.valueOf(value.letter()));
    writer.name("requiredBox");
    writer.value(JsonModelSupport.requireNonNull(value.requiredBox(), "requiredBox", "requiredBox", writer));
    writer.name("maybeFlag");
    writer.value(value.isMaybeFlag());
    writer.name("maybeFraction");
    writer.value(value.maybeFraction());
    writer.name("maybeLetter");
    writer.value(value.maybeLetter() == null ? null : value.maybeLetter().toString());
    writer.name("text");
    writer.value(JsonModelSupport.requireNonNull(value.getText(), "text", "text", writer));
    writer.name("note");
    writer.value(value.note());
    writer.name("status");
    statusAdapter.toJson(writer, JsonModelSupport.requireNonNull(value.status(), "status", "status", writer));
    writer.name("inner");
    outerInnerAdapter.toJson(writer, JsonModelSupport.requireNonNull(value.inner(), "inner", "inner", writer));
    writer.name("strings");
    listOfStringAdapter.toJson(writer, JsonModelSupport.requireNonNull(value.strings(), "strings", "strings", writer));
    writer.name("statuses");
    setOfStatusAdapter.toJson(writer, JsonModelSupport.requireNonNull(value.statuses(), "statuses", "statuses", writer));
    writer.name("inners_by_name");
    mapOfStringListOfOuterInnerAdapter.toJson(writer, JsonModelSupport.requireNonNull(value.innersByName(), "innersByName", "inners_by_name", writer));
    writer.name("sparse");
    listOfNullableStringAdapter.toJson(writer, JsonModelSupport.requireNonNull(value.sparse(), "sparse", "sparse", writer));
    writer.name("at");
    instantAdapter.toJson(writer, JsonModelSupport.requireNonNull(value.at(), "at", "at", writer));
    writer.name("localAt");
    offsetDateTimeAdapter.toJson(writer, JsonModelSupport.requireNonNull(value.localAt(), "localAt", "localAt", writer));
    writer.name("day");
    localDateAdapter.toJson(writer, value.day());
    writer.name("id");
    uuidAdapter.toJson(writer, JsonModelSupport.requireNonNull(value.id(), "id", "id", writer));
    writer.name("parent");
    everythingAdapter.toJson(writer, value.parent());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Everything)";
  }
}
