package io.typedclient.it.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Random valid instances of the test models, biased towards edge values: extreme numbers, negative zero, empty
 * and escape-heavy strings, non-BMP characters, empty collections, far-away dates and odd offsets. Strings hold
 * valid Unicode only: a lone surrogate cannot be encoded as UTF-8 at all, so it cannot round-trip through JSON.
 */
final class RandomModels {
  private static final int[] INT_EDGES = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};
  private static final long[] LONG_EDGES = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 53, (1L << 53) + 1};
  private static final double[] DOUBLE_EDGES =
      {0.0, -0.0, Double.MIN_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, 0.1, 1e-300, 9007199254740993.0};
  private static final float[] FLOAT_EDGES = {0f, -0f, Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, 0.1f};
  private static final String[] STRING_EDGES = {"", " ", "\"", "\\", "\u0000", "\n\r\t\b\f", "\u2028\u2029",
      "\uD83D\uDE00", "null", "{}", "[", "\u00e9\u00e8", "</script>", "\uFEFF"};
  private static final long MIN_SECOND = LocalDate.of(-9999, 1, 1).toEpochDay() * 86_400;
  private static final long MAX_SECOND = LocalDate.of(99_999, 12, 31).toEpochDay() * 86_400;

  private final Random random;

  RandomModels(Random random) {
    this.random = random;
  }

  Session session() {
    Map<String, Link> links = maybe(() -> map(this::link));
    return new Session(string(), string(), string(), instant(), instant(), pick(SessionStatus.values()),
        maybe(this::instant), maybe(this::instant), list(() -> pick(AuthenticationMethod.values())),
        identityProvider(), maybe(random::nextBoolean), links);
  }

  AllTypes allTypes() {
    return new AllTypes(
        random.nextBoolean(), nextInt(), nextLong(), nextDouble(), nextFloat(), (short) nextInt(), (byte) nextInt(),
        nextChar(), nextInt(),
        maybe(random::nextBoolean), maybe(this::nextInt), maybe(this::nextLong), maybe(this::nextDouble),
        maybe(this::nextFloat), maybe(() -> (short) nextInt()), maybe(() -> (byte) nextInt()), maybe(this::nextChar),
        string(), maybe(this::string), string(), pick(SessionStatus.values()),
        maybe(() -> pick(AuthenticationMethod.values())), identityProvider(), maybe(() -> node(2)),
        list(this::string), set(this::nextInt), map(this::nextLong),
        list(() -> list(this::string)), map(() -> list(this::identityProvider)), set(() -> pick(SessionStatus.values())),
        list(() -> maybe(this::string)), maybe(() -> list(this::instant)),
        instant(), offsetDateTime(), localDate(), maybe(this::instant),
        0, null);
  }

  Node node(int depth) {
    List<Node> children = depth == 0 ? List.of() : list(() -> node(depth - 1));
    return new Node(string(), children, depth == 0 ? null : maybe(() -> node(depth - 1)));
  }

  Profile profile() {
    return new Profile(string(), string(), random.nextBoolean(), maybe(this::nextInt), maybe(this::string));
  }

  Device device() {
    return new Device(uuid(), string(), list(this::uuid));
  }

  ApiKey apiKey() {
    return new ApiKey(string(), "key-" + string());
  }

  Keyring keyring() {
    return new Keyring("ring " + string(), list(this::apiKey), map(this::apiKey));
  }

  IdentityProvider identityProvider() {
    return new IdentityProvider(string(), pick(IdentityProviderType.values()));
  }

  Link link() {
    return new Link(maybe(this::string), maybe(this::string), maybe(() -> map(() -> list(this::string))));
  }

  UUID uuid() {
    return new UUID(random.nextLong(), random.nextLong());
  }

  int nextInt() {
    return random.nextInt(4) == 0 ? INT_EDGES[random.nextInt(INT_EDGES.length)] : random.nextInt();
  }

  long nextLong() {
    return random.nextInt(4) == 0 ? LONG_EDGES[random.nextInt(LONG_EDGES.length)] : random.nextLong();
  }

  double nextDouble() {
    if (random.nextInt(4) == 0) {
      return DOUBLE_EDGES[random.nextInt(DOUBLE_EDGES.length)];
    }
    double value = Double.longBitsToDouble(random.nextLong());
    return Double.isFinite(value) ? value : random.nextGaussian() * 1e6;
  }

  float nextFloat() {
    if (random.nextInt(4) == 0) {
      return FLOAT_EDGES[random.nextInt(FLOAT_EDGES.length)];
    }
    float value = Float.intBitsToFloat(random.nextInt());
    return Float.isFinite(value) ? value : (float) random.nextGaussian();
  }

  char nextChar() {
    char c;
    do {
      c = (char) random.nextInt(Character.MAX_VALUE + 1);
    } while (Character.isSurrogate(c));
    return c;
  }

  String string() {
    if (random.nextInt(5) == 0) {
      return STRING_EDGES[random.nextInt(STRING_EDGES.length)];
    }
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      int codePoint;
      if (kind < 6) {
        codePoint = 0x20 + random.nextInt(0x5f);
      } else if (kind < 7) {
        codePoint = random.nextInt(0x20);
      } else if (kind < 9) {
        do {
          codePoint = random.nextInt(0x10000);
        } while (Character.isSurrogate((char) codePoint));
      } else {
        codePoint = 0x10000 + random.nextInt(Character.MAX_CODE_POINT - 0xFFFF);
      }
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }

  Instant instant() {
    if (random.nextInt(5) == 0) {
      return Instant.ofEpochSecond(random.nextInt(2_000_000_000));
    }
    long second = MIN_SECOND + (long) (random.nextDouble() * (MAX_SECOND - MIN_SECOND));
    int nano = random.nextBoolean() ? 0 : random.nextBoolean() ? random.nextInt(1000) * 1_000_000 : random.nextInt(1_000_000_000);
    return Instant.ofEpochSecond(second, nano);
  }

  OffsetDateTime offsetDateTime() {
    int offsetSeconds = random.nextInt(3) == 0 ? 0 : (random.nextInt(37) - 18) * 3600
        + (random.nextBoolean() ? 0 : random.nextInt(60) * 60)
        + (random.nextInt(10) == 0 ? random.nextInt(60) : 0);
    offsetSeconds = Math.max(-18 * 3600, Math.min(18 * 3600, offsetSeconds));
    Instant instant = instant();
    // Keep the local date-time inside the range an OffsetDateTime can hold.
    long second = Math.max(MIN_SECOND + 86_400, Math.min(MAX_SECOND - 86_400, instant.getEpochSecond()));
    return Instant.ofEpochSecond(second, instant.getNano()).atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds));
  }

  LocalDate localDate() {
    return LocalDate.ofEpochDay(Math.floorDiv(instant().getEpochSecond(), 86_400));
  }

  <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  <T> T maybe(Supplier<T> value) {
    return random.nextInt(3) == 0 ? null : value.get();
  }

  <T> List<T> list(Supplier<T> element) {
    int size = random.nextInt(4) == 0 ? 0 : random.nextInt(5);
    List<T> list = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }

  <T> Set<T> set(Supplier<T> element) {
    return new LinkedHashSet<>(list(element));
  }

  <T> Map<String, T> map(Supplier<T> value) {
    Map<String, T> map = new LinkedHashMap<>();
    for (String key : list(this::string)) {
      map.put(key, value.get());
    }
    return map;
  }
}
