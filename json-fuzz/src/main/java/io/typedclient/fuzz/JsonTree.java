package io.typedclient.fuzz;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import okio.BufferedSink;

/**
 * A JSON document as a tree that keeps what mutations need and parsers lose: member order, duplicate names, and
 * every scalar's exact text ({@code 1e400} stays {@code 1e400}). A value is an {@link Obj}, a {@code List} of
 * values, or a {@link Literal}.
 */
public final class JsonTree {
  /** An object: members in order, duplicates allowed. */
  public static final class Obj {
    /** The members, in order; mutable. */
    public final List<Member> members = new ArrayList<>();

    Obj copy() {
      Obj copy = new Obj();
      for (Member member : members) {
        copy.members.add(new Member(member.name, JsonTree.copy(member.value)));
      }
      return copy;
    }
  }

  /** A name and its value. */
  public static final class Member {
    public final String name;
    public final Object value;

    public Member(String name, Object value) {
      this.name = name;
      this.value = value;
    }
  }

  /** A scalar as its JSON text: a number keeps its literal, a string its quotes and escapes. */
  public static final class Literal {
    public final String json;

    public Literal(String json) {
      this.json = json;
    }
  }

  private JsonTree() {}

  /** {@code json} as a tree. */
  public static Object parse(String json) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code tree} as compact JSON, each literal as it was. */
  public static String write(Object tree) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      write(writer, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  /** A JSON string literal for {@code text}, escaped as JSON requires. */
  public static Literal string(String text) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.value(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Literal(buffer.readUtf8());
  }

  /** A deep copy of {@code value}. */
  @SuppressWarnings("unchecked")
  public static Object copy(Object value) {
    if (value instanceof Obj) {
      return ((Obj) value).copy();
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      for (Object element : (List<Object>) value) {
        copy.add(copy(element));
      }
      return copy;
    }
    return value;
  }

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT: {
        Obj object = new Obj();
        reader.beginObject();
        while (reader.hasNext()) {
          object.members.add(new Member(reader.nextName(), read(reader)));
        }
        reader.endObject();
        return object;
      }
      case BEGIN_ARRAY: {
        List<Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader));
        }
        reader.endArray();
        return array;
      }
      case STRING:
        return string(reader.nextString());
      case NUMBER:
        return new Literal(reader.nextString());
      case BOOLEAN:
        return new Literal(String.valueOf(reader.nextBoolean()));
      default:
        reader.nextNull();
        return new Literal("null");
    }
  }

  private static void write(JsonWriter writer, Object value) throws IOException {
    if (value instanceof Obj) {
      writer.beginObject();
      for (Member member : ((Obj) value).members) {
        writer.name(member.name);
        write(writer, member.value);
      }
      writer.endObject();
    } else if (value instanceof List) {
      writer.beginArray();
      for (Object element : (List<?>) value) {
        write(writer, element);
      }
      writer.endArray();
    } else {
      try (BufferedSink sink = writer.valueSink()) {
        sink.writeUtf8(((Literal) value).json);
      }
    }
  }
}
