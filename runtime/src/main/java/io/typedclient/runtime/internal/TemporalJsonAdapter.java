package io.typedclient.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.EOFException;
import java.io.IOException;
import java.time.DateTimeException;
import org.jspecify.annotations.Nullable;

/** A {@code java.time} value as an ISO-8601 string; a string that does not parse is a {@link JsonDataException}. */
abstract class TemporalJsonAdapter<T> extends JsonAdapter<T> {
  /** Longer input is cut in messages: the point is to show its shape, not to echo a whole payload. */
  private static final int MAX_ECHOED_CHARS = 64;

  private final String description;

  /** {@code description} names the expected form in messages, e.g. "an ISO-8601 date like 2019-08-24". */
  TemporalJsonAdapter(String description) {
    this.description = description;
  }

  abstract T parse(String text);

  abstract String format(T value);

  @Override
  public final T fromJson(JsonReader reader) throws IOException {
    String text;
    try {
      if (reader.peek() != JsonReader.Token.STRING) {
        throw new JsonDataException(
            "Expected " + description + " but was " + reader.peek() + " at path " + reader.getPath());
      }
      text = reader.nextString();
    } catch (EOFException e) {
      throw JsonModelSupport.endedEarly(e, reader);
    }
    try {
      return parse(text);
    } catch (DateTimeException e) {
      throw new JsonDataException(
          "Expected " + description + " but was '" + echo(text) + "' at path " + pathOfValueJustRead(reader), e);
    }
  }

  /**
   * The path of the value {@code reader} has just consumed. Built only on failure: {@code getPath()} builds a
   * StringBuilder and a String per call, four times per Okta session when taken eagerly (benchmarks/FINDINGS.md,
   * change 2). Inside
   * an array the reader has already moved to the next index, so the last index is stepped back.
   */
  static String pathOfValueJustRead(JsonReader reader) {
    String path = reader.getPath();
    int open = path.lastIndexOf('[');
    if (!path.endsWith("]") || open < 0) {
      return path;
    }
    try {
      int index = Integer.parseInt(path.substring(open + 1, path.length() - 1));
      return path.substring(0, open + 1) + (index - 1) + "]";
    } catch (NumberFormatException e) {
      return path;
    }
  }

  @Override
  public final void toJson(JsonWriter writer, @Nullable T value) throws IOException {
    if (value == null) {
      throw JsonModelSupport.unexpectedNull(writer);
    }
    writer.value(format(value));
  }

  private static String echo(String text) {
    return text.length() <= MAX_ECHOED_CHARS ? text : text.substring(0, MAX_ECHOED_CHARS) + "...";
  }
}
