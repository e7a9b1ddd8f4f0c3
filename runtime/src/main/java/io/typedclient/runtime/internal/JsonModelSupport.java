package io.typedclient.runtime.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.EOFException;
import java.io.IOException;

/**
 * What the adapters generated for {@code @JsonModel} types call: reading the primitives that Moshi's
 * {@link JsonReader} has no method for, and the errors for missing, null and unknown values, worded as Moshi's
 * own generated adapters word them so that messages read the same whichever adapter failed (and a property that
 * comes twice, which Moshi's own adapters let the last value win, is refused as a repeated map key is). Public only because
 * generated adapters live in the application's packages; applications have no reason to call it.
 */
public final class JsonModelSupport {
  private JsonModelSupport() {}

  /**
   * A required property {@code property} (written {@code jsonName} in JSON) was absent from the object that
   * {@code reader} has just ended.
   */
  public static JsonDataException missingProperty(String property, String jsonName, JsonReader reader) {
    return new JsonDataException(
        describe("Required value", property, jsonName) + " missing at " + pathOfEndedObject(reader));
  }

  /**
   * The constructor of {@code model} (its simple name) threw {@code cause} for the values read from the object
   * that {@code reader} has just ended: a model may validate what it is given. The message names the model, the
   * path and the exception's type but not its message, which may quote the value (a token, a session id);
   * {@code cause} carries it.
   */
  public static JsonDataException constructorFailed(String model, RuntimeException cause, JsonReader reader) {
    return new JsonDataException(
        model + " rejected the JSON object at " + pathOfEndedObject(reader) + ": its constructor threw "
            + cause.getClass().getName(),
        cause);
  }

  /**
   * The input ended before the value {@code reader} was reading did: Moshi then throws {@code cause}, an
   * {@link EOFException} saying only "End of input" (or "Unterminated escape sequence at path ..."), which is
   * neither a {@link JsonEncodingException} nor says where. The result is one, naming the path {@code reader} had
   * reached, with {@code cause} as its cause.
   */
  public static JsonEncodingException endedEarly(EOFException cause, JsonReader reader) {
    JsonEncodingException truncated = new JsonEncodingException("JSON ended early at " + reader.getPath());
    truncated.initCause(cause);
    return truncated;
  }

  /**
   * Property {@code property} (written {@code jsonName} in JSON) came a second time in the object {@code reader} is
   * reading, whose name it has just read. Parsers disagree on which of two values counts (Moshi's own adapters take
   * the last), so a server, or something between it and the client, could make one reader see
   * {@code "status": "REVOKED"} and another {@code "ACTIVE"} in the same bytes: the object is refused instead, as
   * a map with a repeated key is.
   */
  public static JsonDataException duplicateProperty(String property, String jsonName, JsonReader reader) {
    return new JsonDataException(
        describe("Property", property, jsonName) + " has multiple values at path " + reader.getPath());
  }

  /** A required property's value was JSON {@code null}. */
  public static JsonDataException unexpectedNull(String property, String jsonName, JsonReader reader) {
    return new JsonDataException(describe("Non-null value", property, jsonName) + " was null at " + reader.getPath());
  }

  /** An adapter that does not write {@code null} was given {@code null}; {@code nullSafe()} is the remedy. */
  public static JsonDataException unexpectedNull(JsonWriter writer) {
    return new JsonDataException("Unexpected null at " + writer.getPath() + "; use nullSafe() to write null");
  }

  /**
   * Returns {@code value}, the value of required property {@code property} about to be written, or throws if
   * it is {@code null}: a required property written as {@code null} would make JSON that its own adapter
   * refuses to read.
   */
  public static <T> T requireNonNull(T value, String property, String jsonName, JsonWriter writer) {
    if (value == null) {
      throw new JsonDataException(describe("Non-null value", property, jsonName) + " was null at " + writer.getPath());
    }
    return value;
  }

  /**
   * Consumes a string that names no constant of an enum that has a fallback constant, which the caller then
   * returns. Anything other than a string is an error, fallback or not: it is a malformed value, not a new one.
   */
  public static void skipUnknownEnumValue(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.STRING) {
      throw new JsonDataException("Expected a string but was " + reader.peek() + " at path " + reader.getPath());
    }
    reader.skipValue();
  }

  /** Consumes a value that names no constant of an enum without a fallback, and returns the error naming it. */
  public static JsonDataException unknownEnumValue(JsonReader reader, JsonReader.Options options) throws IOException {
    String path = reader.getPath();
    String value = reader.nextString();
    return new JsonDataException("Expected one of " + options.strings() + " but was " + value + " at path " + path);
  }

  /**
   * A JSON number as a {@code float}; one beyond {@code float}'s range is an error rather than infinity. A number
   * literal is parsed as a float directly: rounding it to a double first and then to a float can land on the
   * neighbouring float, and then a float would not read back as itself.
   */
  public static float nextFloat(JsonReader reader) throws IOException {
    float result;
    if (reader.peek() == JsonReader.Token.NUMBER) {
      // A NUMBER token's text is a JSON number literal, which Float.parseFloat reads exactly.
      result = Float.parseFloat(reader.nextString());
    } else {
      // Moshi also reads quoted numbers; nextDouble applies its rules (and refuses NaN) to those.
      result = (float) reader.nextDouble();
    }
    if (Float.isInfinite(result) || Float.isNaN(result)) {
      throw new JsonDataException("Expected a float but was " + result + " at path " + reader.getPath());
    }
    return result;
  }

  /** A JSON number as a {@code short}. */
  public static short nextShort(JsonReader reader) throws IOException {
    return (short) nextIntIn(reader, "a short", Short.MIN_VALUE, Short.MAX_VALUE);
  }

  /** A JSON number as a {@code byte}, from -128 to 127. */
  public static byte nextByte(JsonReader reader) throws IOException {
    return (byte) nextIntIn(reader, "a byte", Byte.MIN_VALUE, Byte.MAX_VALUE);
  }

  /** A JSON string of exactly one UTF-16 unit as a {@code char}. */
  public static char nextChar(JsonReader reader) throws IOException {
    String path = reader.getPath();
    String value = reader.nextString();
    if (value.length() != 1) {
      throw new JsonDataException("Expected a char but was \"" + value + "\" at path " + path);
    }
    return value.charAt(0);
  }

  private static int nextIntIn(JsonReader reader, String kind, int min, int max) throws IOException {
    int value = reader.nextInt();
    if (value < min || value > max) {
      throw new JsonDataException("Expected " + kind + " but was " + value + " at path " + reader.getPath());
    }
    return value;
  }

  /**
   * The path of the object that {@code reader} has just ended. Ending an array element moves the reader's path
   * on to the next index ({@code $.items[3]} after the object at {@code $.items[2]}), so that index is stepped
   * back. A path ending in {@code ]} may instead end with a property name that itself ends in {@code [n]}; what
   * comes next tells the two apart, since only an object goes on with a name or its end.
   */
  static String pathOfEndedObject(JsonReader reader) {
    String path = reader.getPath();
    int open = path.lastIndexOf('[');
    if (!path.endsWith("]") || open < 0) {
      return path;
    }
    try {
      JsonReader.Token next = reader.peek();
      if (next == JsonReader.Token.NAME || next == JsonReader.Token.END_OBJECT) {
        return path;
      }
    } catch (IOException e) {
      // Malformed input after the object: reading on reports that; the path is most likely an element's.
    }
    int index;
    try {
      index = Integer.parseInt(path.substring(open + 1, path.length() - 1));
    } catch (NumberFormatException e) {
      return path;
    }
    return index > 0 ? path.substring(0, open + 1) + (index - 1) + "]" : path;
  }

  private static String describe(String what, String property, String jsonName) {
    return property.equals(jsonName)
        ? what + " '" + property + "'"
        : what + " '" + property + "' (JSON name '" + jsonName + "')";
  }
}
