package io.typedclient.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class JsonModelSupportTest {

  private static JsonReader readerAtFirstValue(String json) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    reader.beginObject();
    reader.nextName();
    return reader;
  }

  @Test
  void messagesNameTheJsonNameOnlyWhenItDiffers() throws IOException {
    JsonReader reader = readerAtFirstValue("{\"_links\": null}");
    assertThat(JsonModelSupport.unexpectedNull("links", "_links", reader))
        .hasMessageThat().isEqualTo("Non-null value 'links' (JSON name '_links') was null at $._links");
    assertThat(JsonModelSupport.missingProperty("id", "id", reader))
        .hasMessageThat().isEqualTo("Required value 'id' missing at $._links");
  }

  /** A reader that has just ended the object at {@code $.items[1]}, the second of three. */
  private static JsonReader readerAfterSecondElement() throws IOException {
    JsonReader reader = readerAtFirstValue("{\"items\": [{}, {}, {}]}");
    reader.beginArray();
    reader.beginObject();
    reader.endObject();
    reader.beginObject();
    reader.endObject();
    return reader;
  }

  @Test
  void constructorFailuresNameTheModelThePathAndTheTypeButNotTheMessage() throws IOException {
    IllegalArgumentException cause = new IllegalArgumentException("bad token 0123456789abcdef");
    JsonDataException e = JsonModelSupport.constructorFailed("Outer.Inner", cause, readerAfterSecondElement());
    assertThat(e).hasMessageThat().isEqualTo(
        "Outer.Inner rejected the JSON object at $.items[1]: its constructor threw java.lang.IllegalArgumentException");
    assertThat(e).hasCauseThat().isSameInstanceAs(cause);
  }

  @Test
  void theObjectEndedIsAnElementOnlyInsideAnArray() throws IOException {
    assertThat(JsonModelSupport.missingProperty("id", "id", readerAfterSecondElement()))
        .hasMessageThat().isEqualTo("Required value 'id' missing at $.items[1]");
    JsonReader named = readerAtFirstValue("{\"a[2]\": {}, \"b\": 1}");
    named.beginObject();
    named.endObject();
    assertThat(JsonModelSupport.pathOfEndedObject(named)).isEqualTo("$.a[2]");
    JsonReader root = JsonReader.of(new Buffer().writeUtf8("{}"));
    root.beginObject();
    root.endObject();
    assertThat(JsonModelSupport.pathOfEndedObject(root)).isEqualTo("$");
  }

  @Test
  void requireNonNullNamesThePropertyBeingWritten() throws IOException {
    JsonWriter writer = JsonWriter.of(new Buffer());
    writer.beginObject();
    writer.name("id");
    assertThat(JsonModelSupport.requireNonNull("x", "id", "id", writer)).isEqualTo("x");
    JsonDataException e =
        assertThrows(JsonDataException.class, () -> JsonModelSupport.requireNonNull(null, "id", "id", writer));
    assertThat(e).hasMessageThat().isEqualTo("Non-null value 'id' was null at $.id");
  }

  @Test
  void floatsReadExactlyAndRefuseOverflow() throws IOException {
    for (float f : new float[] {0.1f, 1e-45f, Float.MAX_VALUE, -3.4028235e38f, 16777217f, 0.3f, 1.1754942e-38f}) {
      assertThat(JsonModelSupport.nextFloat(readerAtFirstValue("{\"f\": " + f + "}"))).isEqualTo(f);
    }
    assertThat(JsonModelSupport.nextFloat(readerAtFirstValue("{\"f\": \"2.5\"}"))).isEqualTo(2.5f);
    JsonDataException e =
        assertThrows(JsonDataException.class, () -> JsonModelSupport.nextFloat(readerAtFirstValue("{\"f\": 1e39}")));
    assertThat(e).hasMessageThat().contains("Expected a float but was Infinity at path $.f");
  }

  @Test
  void shortsAndBytesAreRangeChecked() throws IOException {
    assertThat(JsonModelSupport.nextShort(readerAtFirstValue("{\"s\": -32768}"))).isEqualTo(Short.MIN_VALUE);
    assertThat(JsonModelSupport.nextByte(readerAtFirstValue("{\"b\": 127}"))).isEqualTo((byte) 127);
    assertThat(assertThrows(JsonDataException.class, () -> JsonModelSupport.nextShort(readerAtFirstValue("{\"s\": 32768}"))))
        .hasMessageThat().isEqualTo("Expected a short but was 32768 at path $.s");
    assertThat(assertThrows(JsonDataException.class, () -> JsonModelSupport.nextByte(readerAtFirstValue("{\"b\": 128}"))))
        .hasMessageThat().isEqualTo("Expected a byte but was 128 at path $.b");
  }

  @Test
  void charsAreOneUnitStrings() throws IOException {
    assertThat(JsonModelSupport.nextChar(readerAtFirstValue("{\"c\": \"\\u00e9\"}"))).isEqualTo('\u00e9');
    assertThat(assertThrows(JsonDataException.class, () -> JsonModelSupport.nextChar(readerAtFirstValue("{\"c\": \"ab\"}"))))
        .hasMessageThat().isEqualTo("Expected a char but was \"ab\" at path $.c");
    assertThrows(JsonDataException.class, () -> JsonModelSupport.nextChar(readerAtFirstValue("{\"c\": \"\"}")));
  }

  @Test
  void unknownEnumValuesAreNamedOrSkipped() throws IOException {
    JsonReader.Options options = JsonReader.Options.of("ACTIVE", "MFA_REQUIRED");
    JsonReader reader = readerAtFirstValue("{\"status\": \"GONE\"}");
    assertThat(reader.selectString(options)).isEqualTo(-1);
    assertThat(JsonModelSupport.unknownEnumValue(reader, options))
        .hasMessageThat().isEqualTo("Expected one of [ACTIVE, MFA_REQUIRED] but was GONE at path $.status");

    JsonReader skipping = readerAtFirstValue("{\"status\": \"GONE\", \"next\": 1}");
    JsonModelSupport.skipUnknownEnumValue(skipping);
    assertThat(skipping.nextName()).isEqualTo("next");

    JsonReader notAString = readerAtFirstValue("{\"status\": {}}");
    assertThat(assertThrows(JsonDataException.class, () -> JsonModelSupport.skipUnknownEnumValue(notAString)))
        .hasMessageThat().isEqualTo("Expected a string but was BEGIN_OBJECT at path $.status");
  }
}
