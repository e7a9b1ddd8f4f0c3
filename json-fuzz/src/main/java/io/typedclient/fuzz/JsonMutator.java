package io.typedclient.fuzz;

import io.typedclient.fuzz.JsonTree.Literal;
import io.typedclient.fuzz.JsonTree.Member;
import io.typedclient.fuzz.JsonTree.Obj;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Breaks valid JSON the ways a server, a proxy or a network can. Structurally: a member dropped, duplicated,
 * renamed, retyped, swapped or added, an array element dropped, added or replaced, a value replaced by one of
 * the values that break parsers ({@code 1e400}, a number just past each integer type, a lone surrogate escape, a
 * bad timestamp, deep nesting). As bytes: truncated, overwritten, inserted, deleted, repeated. Deterministic for
 * a given {@link Random}. The fuzz tests of the generated adapters (integration-tests) and of the Okta client
 * (reliability-tests) both use it, each with the property names of its own models.
 */
public final class JsonMutator {
  /** Names no model has, added to every model's names: empty, a NUL, a non-ASCII letter. */
  private static final List<String> ODD_NAMES = Arrays.asList("", "\u0000", "ü");
  private static final String[] LITERALS = {"0", "-1", "1.5", "-0.0", "1e400", "-1e400", "1e-400",
      "9223372036854775808", "2147483648", "3.4028236e38", "128", "65536", "true", "false", "null", "\"\"",
      "\" \"", "\"ACTIVE\"",
      "\"MFA_REQUIRED\"", "\"MFA_ENROLL\"", "\"UNKNOWN\"", "\"pwd\"", "\"mfa\"", "\"OKTA\"", "\"FEDERATION\"",
      "\"x\"", "\"2019-08-24T14:15:22Z\"", "\"2015-08-30T18:41:35.818Z\"", "\"2019-08-24\"",
      "\"2019-08-24T14:15:22+02:00\"", "\"2019-13-45T25:61:61Z\"", "\"+999999999-12-31T23:59:59Z\"",
      "\"1566656122\"", "\"\\uD800\"", "\"\\u0000\"", "\"\\r\\n\"", "\"GET\"", "\"DELETE\"", "\"E0000007\"",
      "{}", "[]", "[null]", "{\"a\":[]}", "{\"href\":null}", "{\"hints\":{\"allow\":[1,{},null]}}"};

  private final Random random;
  /** The models' property names and {@link #ODD_NAMES}, so that renames and additions hit real properties too. */
  private final String[] names;

  /** A mutator drawing from {@code random}, renaming and adding members with {@code propertyNames} too. */
  public JsonMutator(Random random, List<String> propertyNames) {
    this.random = random;
    List<String> all = new ArrayList<>(propertyNames);
    all.addAll(ODD_NAMES);
    this.names = all.toArray(new String[0]);
  }

  /** {@code json} with one to three structural changes anywhere in it. */
  public String mutateStructure(String json) {
    Object tree = JsonTree.parse(json);
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      List<Object> containers = new ArrayList<>();
      collect(tree, containers);
      if (containers.isEmpty()) {
        return JsonTree.write(randomValue(2));
      }
      mutate(containers.get(random.nextInt(containers.size())));
    }
    return JsonTree.write(tree);
  }

  /**
   * {@code json} with the value at {@code path} (member names from the root) changed: mutated inside, replaced
   * by another value, or dropped. Only that part of the document changes.
   */
  public String mutateAt(String json, String... path) {
    Object tree = JsonTree.parse(json);
    Obj parent = null;
    Object value = tree;
    String name = null;
    for (String step : path) {
      if (!(value instanceof Obj)) {
        return JsonTree.write(tree);
      }
      parent = (Obj) value;
      name = step;
      value = member(parent, step);
      if (value == null) {
        parent.members.add(new Member(step, randomValue(2)));
        return JsonTree.write(tree);
      }
    }
    int choice = random.nextInt(4);
    if (parent != null && choice == 0) {
      replace(parent, name, randomValue(3));
    } else if (parent != null && choice == 1) {
      parent.members.removeIf(member -> member.name.equals(path[path.length - 1]));
    } else {
      List<Object> containers = new ArrayList<>();
      collect(value, containers);
      if (containers.isEmpty() && parent != null) {
        replace(parent, name, randomValue(3));
      } else {
        for (int i = 1 + random.nextInt(2); i > 0 && !containers.isEmpty(); i--) {
          mutate(containers.get(random.nextInt(containers.size())));
        }
      }
    }
    return JsonTree.write(tree);
  }

  /** {@code json}'s UTF-8 bytes with one to three byte-level changes. */
  public byte[] mutateBytes(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      bytes = mutateOnce(bytes);
    }
    return bytes;
  }

  /** Random bytes, biased towards JSON punctuation. */
  public byte[] garbage(int maxLength) {
    byte[] bytes = new byte[random.nextInt(maxLength + 1)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = garbageByte();
    }
    return bytes;
  }

  /** Arrays or objects nested {@code depth} deep, possibly unclosed. */
  public String deeplyNested(int depth) {
    StringBuilder json = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      json.append(random.nextBoolean() ? "[" : "{\"id\":");
    }
    return json.toString();
  }

  private static Object member(Obj object, String name) {
    for (Member member : object.members) {
      if (member.name.equals(name)) {
        return member.value;
      }
    }
    return null;
  }

  private static void replace(Obj object, String name, Object value) {
    for (int i = 0; i < object.members.size(); i++) {
      if (object.members.get(i).name.equals(name)) {
        object.members.set(i, new Member(name, value));
        return;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void mutate(Object container) {
    if (container instanceof Obj) {
      mutate((Obj) container);
    } else {
      mutate((List<Object>) container);
    }
  }

  private void mutate(Obj object) {
    List<Member> members = object.members;
    int at = members.isEmpty() ? 0 : random.nextInt(members.size());
    switch (members.isEmpty() ? 4 : random.nextInt(6)) {
      case 0: // drop
        members.remove(at);
        break;
      case 1: { // duplicate, with the same or another value
        Member copy = members.get(at);
        members.add(random.nextInt(members.size() + 1),
            new Member(copy.name, random.nextBoolean() ? JsonTree.copy(copy.value) : randomValue(2)));
        break;
      }
      case 2: // retype
        members.set(at, new Member(members.get(at).name, randomValue(2)));
        break;
      case 3: // rename, to an unknown name or another property's
        members.set(at, new Member(names[random.nextInt(names.length)], members.get(at).value));
        break;
      case 4: { // add, under a model's name or one no model has
        String name = names[random.nextInt(names.length)];
        members.add(at, new Member(random.nextBoolean() ? name : name + random.nextInt(3), randomValue(3)));
        break;
      }
      default: { // swap two values
        int other = random.nextInt(members.size());
        Object value = members.get(at).value;
        members.set(at, new Member(members.get(at).name, members.get(other).value));
        members.set(other, new Member(members.get(other).name, value));
      }
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
    switch (random.nextInt(depth > 0 ? 7 : 5)) {
      case 0:
      case 1:
      case 2:
        return new Literal(LITERALS[random.nextInt(LITERALS.length)]);
      case 3:
        return new Literal(String.valueOf(random.nextLong()));
      case 4:
        return JsonTree.string(randomText());
      case 5: {
        Obj object = new Obj();
        for (int i = random.nextInt(4); i > 0; i--) {
          object.members.add(new Member(names[random.nextInt(names.length)], randomValue(depth - 1)));
        }
        return object;
      }
      default: {
        List<Object> array = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          array.add(randomValue(depth - 1));
        }
        return array;
      }
    }
  }

  private String randomText() {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      switch (random.nextInt(4)) {
        case 0:
          text.append((char) random.nextInt(0x80));
          break;
        case 1:
          text.append((char) random.nextInt(0x10000));
          break;
        case 2:
          text.appendCodePoint(0x1F600 + random.nextInt(64));
          break;
        default:
          text.append("\"\\/{}[]:,").charAt(random.nextInt(9));
      }
    }
    return text.toString();
  }

  private byte[] mutateOnce(byte[] bytes) {
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    switch (random.nextInt(5)) {
      case 0: // truncate
        return Arrays.copyOf(bytes, at);
      case 1: { // overwrite
        byte[] copy = bytes.clone();
        for (int i = 0, count = Math.min(1 + random.nextInt(3), copy.length - at); i < count; i++) {
          copy[at + i] = garbageByte();
        }
        return copy;
      }
      case 2: { // insert
        byte[] inserted = new byte[1 + random.nextInt(4)];
        for (int i = 0; i < inserted.length; i++) {
          inserted[i] = garbageByte();
        }
        return splice(bytes, at, at, inserted);
      }
      case 3: // delete a range
        return splice(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(8)), new byte[0]);
      default: { // repeat a range
        int end = Math.min(bytes.length, at + 1 + random.nextInt(16));
        return splice(bytes, end, end, Arrays.copyOfRange(bytes, at, end));
      }
    }
  }

  private byte garbageByte() {
    byte[] interesting = "{}[]\",:\\ tfn-0.eE\u0000".getBytes(StandardCharsets.ISO_8859_1);
    return random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : (byte) random.nextInt(256);
  }

  private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
    byte[] result = new byte[bytes.length - (to - from) + insert.length];
    System.arraycopy(bytes, 0, result, 0, from);
    System.arraycopy(insert, 0, result, from, insert.length);
    System.arraycopy(bytes, to, result, from + insert.length, bytes.length - to);
    return result;
  }

  private static void collect(Object value, List<Object> containers) {
    if (value instanceof Obj) {
      containers.add(value);
      for (Member member : ((Obj) value).members) {
        collect(member.value, containers);
      }
    } else if (value instanceof List) {
      containers.add(value);
      for (Object element : (List<?>) value) {
        collect(element, containers);
      }
    }
  }
}
