package io.typedclient.it.json;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import okio.Buffer;
import okio.BufferedSink;

/**
 * Breaks valid JSON in the ways a server, a proxy or a network can: structurally (a property dropped,
 * duplicated, renamed, added, or given a value of another type; an array element dropped or replaced) and as
 * bytes (truncated, overwritten with garbage, extra bytes inserted, a range deleted or repeated).
 */
final class JsonMutator {
  private static final String[] NAMES = {"id", "name", "children", "next", "status", "amr", "idp", "_links", "x", ""};
  private static final String[] LITERALS = {"0", "-1", "1.5", "-0.0", "1e400", "9223372036854775808", "1e-400",
      "2147483648", "3.4028236e38", "128", "65536", "true", "false", "null", "\"\"", "\"ACTIVE\"", "\"x\"",
      "\"2019-08-24T14:15:22Z\"", "\"2019-08-24\"", "\"\\uD800\"", "{}", "[]", "[null]", "{\"a\":[]}"};

  private final Random random;

  JsonMutator(Random random) {
    this.random = random;
  }

  /** {@code json} with one to three structural changes. */
  String mutateStructure(String json) {
    Object tree = read(json);
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      List<Object> containers = new ArrayList<>();
      collectContainers(tree, containers);
      if (containers.isEmpty()) {
        return write(randomValue(2));
      }
      Object container = containers.get(random.nextInt(containers.size()));
      if (container instanceof Obj) {
        mutate((Obj) container);
      } else {
        @SuppressWarnings("unchecked")
        List<Object> array = (List<Object>) container;
        mutate(array);
      }
    }
    return write(tree);
  }

  /** {@code json}'s UTF-8 bytes with one to three byte-level changes. */
  byte[] mutateBytes(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      bytes = mutateOnce(bytes);
    }
    return bytes;
  }

  private byte[] mutateOnce(byte[] bytes) {
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    switch (random.nextInt(5)) {
      case 0: // truncate
        return java.util.Arrays.copyOf(bytes, at);
      case 1: { // overwrite with garbage
        byte[] copy = bytes.clone();
        int count = Math.min(1 + random.nextInt(3), copy.length - at);
        for (int i = 0; i < count; i++) {
          copy[at + i] = garbage();
        }
        return copy;
      }
      case 2: { // insert garbage
        byte[] inserted = new byte[1 + random.nextInt(4)];
        for (int i = 0; i < inserted.length; i++) {
          inserted[i] = garbage();
        }
        return splice(bytes, at, at, inserted);
      }
      case 3: { // delete a range
        int end = Math.min(bytes.length, at + 1 + random.nextInt(8));
        return splice(bytes, at, end, new byte[0]);
      }
      default: { // repeat a range
        int end = Math.min(bytes.length, at + 1 + random.nextInt(16));
        return splice(bytes, end, end, java.util.Arrays.copyOfRange(bytes, at, end));
      }
    }
  }

  /** A byte that is likely to matter: JSON punctuation, a quote, a backslash, or anything at all. */
  private byte garbage() {
    byte[] interesting = "{}[]\",:\\ tfn-0.e".getBytes(StandardCharsets.US_ASCII);
    return random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : (byte) random.nextInt(256);
  }

  private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
    byte[] result = new byte[bytes.length - (to - from) + insert.length];
    System.arraycopy(bytes, 0, result, 0, from);
    System.arraycopy(insert, 0, result, from, insert.length);
    System.arraycopy(bytes, to, result, from + insert.length, bytes.length - to);
    return result;
  }

  private void mutate(Obj object) {
    List<Member> members = object.members;
    int at = members.isEmpty() ? 0 : random.nextInt(members.size());
    switch (members.isEmpty() ? 4 : random.nextInt(6)) {
      case 0: // drop
        members.remove(at);
        break;
      case 1: // duplicate, with the same or another value
        Member copy = members.get(at);
        members.add(random.nextInt(members.size() + 1),
            new Member(copy.name, random.nextBoolean() ? copy.value : randomValue(2)));
        break;
      case 2: // retype
        members.set(at, new Member(members.get(at).name, randomValue(2)));
        break;
      case 3: // rename, to an unknown name or to another property's
        members.set(at, new Member(NAMES[random.nextInt(NAMES.length)], members.get(at).value));
        break;
      case 4: // add
        members.add(at, new Member(NAMES[random.nextInt(NAMES.length)] + random.nextInt(3), randomValue(3)));
        break;
      default: // swap two values
        int other = random.nextInt(members.size());
        Object value = members.get(at).value;
        members.set(at, new Member(members.get(at).name, members.get(other).value));
        members.set(other, new Member(members.get(other).name, value));
    }
  }

  private void mutate(List<Object> array) {
    int at = array.isEmpty() ? 0 : random.nextInt(array.size());
    if (array.isEmpty() || random.nextInt(3) == 0) {
      array.add(at, randomValue(2));
    } else if (random.nextBoolean()) {
      array.remove(at);
    } else {
      array.set(at, randomValue(2));
    }
  }

  /** A random JSON value nested at most {@code depth} levels. */
  private Object randomValue(int depth) {
    int kind = random.nextInt(depth > 0 ? 6 : 4);
    switch (kind) {
      case 0:
      case 1:
      case 2:
        return new Literal(LITERALS[random.nextInt(LITERALS.length)]);
      case 3:
        return new Literal(String.valueOf(random.nextLong()));
      case 4: {
        Obj object = new Obj();
        for (int i = random.nextInt(3); i > 0; i--) {
          object.members.add(new Member(NAMES[random.nextInt(NAMES.length)], randomValue(depth - 1)));
        }
        return object;
      }
      default: {
        List<Object> array = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          array.add(randomValue(depth - 1));
        }
        return array;
      }
    }
  }

  private static void collectContainers(Object value, List<Object> containers) {
    if (value instanceof Obj) {
      containers.add(value);
      for (Member member : ((Obj) value).members) {
        collectContainers(member.value, containers);
      }
    } else if (value instanceof List) {
      containers.add(value);
      for (Object element : (List<?>) value) {
        collectContainers(element, containers);
      }
    }
  }

  /** A JSON object that keeps its members in order, duplicates included. */
  private static final class Obj {
    final List<Member> members = new ArrayList<>();
  }

  private static final class Member {
    final String name;
    final Object value;

    Member(String name, Object value) {
      this.name = name;
      this.value = value;
    }
  }

  /** A scalar as its JSON text: a number keeps its exact literal, a string its quotes. */
  private static final class Literal {
    final String json;

    Literal(String json) {
      this.json = json;
    }
  }

  private static Object read(String json) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
        return new Literal(quote(reader.nextString()));
      case NUMBER:
        return new Literal(reader.nextString());
      case BOOLEAN:
        return new Literal(String.valueOf(reader.nextBoolean()));
      default:
        reader.nextNull();
        return new Literal("null");
    }
  }

  private static String quote(String text) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.value(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  private static String write(Object tree) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      write(writer, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
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
