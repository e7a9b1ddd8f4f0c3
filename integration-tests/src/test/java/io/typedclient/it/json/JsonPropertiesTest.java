package io.typedclient.it.json;

import static com.google.common.truth.Truth.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import io.typedclient.fuzz.JsonMutator;
import io.typedclient.runtime.ClientConfig;
import io.typedclient.runtime.ClientRuntime;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.ResponseDecodingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import okio.Buffer;

/**
 * Property-based tests of the generated adapters: random valid models round-trip exactly, and randomly broken
 * JSON (properties dropped, duplicated, renamed, retyped; bytes truncated, overwritten, inserted, deleted,
 * repeated) only ever fails as JSON fails.
 *
 * <p>What "fails as JSON fails" means: an adapter reports wrong shapes as {@link JsonDataException} and
 * malformed text as {@link JsonEncodingException}, input that ends too early included (Moshi's bare
 * {@code EOFException} is its cause, never what comes out). The client sees both as one type,
 * {@link ResponseDecodingException}, with the original as its cause; that is the contract
 * {@link #brokenJsonThroughTheClientIsAlwaysAResponseDecodingException} checks.
 * A model's constructor that refuses what was read ({@link Keyring} and {@link ApiKey} validate) is a
 * {@link JsonDataException} too. Nothing else (no IllegalArgumentException, NullPointerException,
 * NumberFormatException, DateTimeException, IllegalStateException, StackOverflowError) may escape.
 *
 * <p>13,000 cases in all (the tries of each property are below), in about ten seconds.
 */
class JsonPropertiesTest {
  /** Models whose instances are mutated, with their generated adapters. */
  private static final List<Function<Random, Object>> MODELS = List.of(
      random -> new RandomModels(random).session(),
      random -> new RandomModels(random).allTypes(),
      random -> new RandomModels(random).node(3),
      random -> new RandomModels(random).profile(),
      random -> new RandomModels(random).device(),
      random -> new RandomModels(random).keyring());

  /** Property names of these models, so that the mutator's renames and additions hit real properties too. */
  private static final List<String> PROPERTY_NAMES =
      List.of("id", "name", "children", "next", "status", "amr", "idp", "_links", "x");

  /** Every model's adapter, built once: building them is not what these properties test. */
  private static final Map<Class<?>, JsonAdapter<?>> ADAPTERS = new HashMap<>();

  static {
    Models.adapters().forEach((model, adapter) -> ADAPTERS.put(model, adapter.apply(Models.MOSHI)));
  }

  private static final CannedTransport TRANSPORT = new CannedTransport();
  private static final ClientRuntime CLIENT = new ClientRuntime(
      ClientConfig.builder().baseUrl("https://example.okta.com").transport(TRANSPORT).moshi(Models.MOSHI).build());

  private static int cases;

  @AfterContainer
  static void reportCasesAndClose() {
    CLIENT.close();
    System.out.println("JsonPropertiesTest ran " + cases + " cases");
  }

  @Property(tries = 2000)
  void allTypesRoundTrip(@ForAll("allTypes") AllTypes value) throws IOException {
    assertRoundTrips(ADAPTERS.get(AllTypes.class), value);
  }

  @Property(tries = 1500)
  void sessionsRoundTrip(@ForAll("sessions") Session value) throws IOException {
    assertRoundTrips(ADAPTERS.get(Session.class), value);
  }

  @Property(tries = 1000)
  void treesRoundTrip(@ForAll("nodes") Node value) throws IOException {
    assertRoundTrips(ADAPTERS.get(Node.class), value);
  }

  @Property(tries = 500)
  void profilesDevicesAndKeyringsRoundTrip(@ForAll("profiles") Profile profile, @ForAll("devices") Device device,
      @ForAll("keyrings") Keyring keyring) throws IOException {
    assertRoundTrips(ADAPTERS.get(Profile.class), profile);
    assertRoundTrips(ADAPTERS.get(Device.class), device);
    assertRoundTrips(ADAPTERS.get(Keyring.class), keyring);
  }

  @Property(tries = 3500)
  void structurallyBrokenJsonFailsOnlyAsJson(@ForAll("structureMutations") Mutated input) {
    assertFailsOnlyAsJson(input);
  }

  @Property(tries = 3500)
  void byteLevelBrokenJsonFailsOnlyAsJson(@ForAll("byteMutations") Mutated input) {
    assertFailsOnlyAsJson(input);
  }

  @Property(tries = 1000)
  void brokenJsonThroughTheClientIsAlwaysAResponseDecodingException(@ForAll("anyMutations") Mutated input) {
    cases++;
    TRANSPORT.respondWith(input.bytes);
    HttpRequest request = CLIENT.request("GET", "/model", "getModel").build();
    try {
      Object value = CLIENT.execute(request, input.adapter.nullSafe());
      assertThat(value).isNotNull();
    } catch (ResponseDecodingException e) {
      assertThat(e.getCause()).isNotNull();
      if (!isJsonFailure(e.getCause())) {
        throw new AssertionError("cause " + e.getCause() + " for " + input, e);
      }
    }
  }

  @Provide
  Arbitrary<AllTypes> allTypes() {
    return Arbitraries.randomValue(random -> new RandomModels(random).allTypes());
  }

  @Provide
  Arbitrary<Session> sessions() {
    return Arbitraries.randomValue(random -> new RandomModels(random).session());
  }

  @Provide
  Arbitrary<Node> nodes() {
    return Arbitraries.randomValue(random -> new RandomModels(random).node(random.nextInt(5)));
  }

  @Provide
  Arbitrary<Profile> profiles() {
    return Arbitraries.randomValue(random -> new RandomModels(random).profile());
  }

  @Provide
  Arbitrary<Device> devices() {
    return Arbitraries.randomValue(random -> new RandomModels(random).device());
  }

  @Provide
  Arbitrary<Keyring> keyrings() {
    return Arbitraries.randomValue(random -> new RandomModels(random).keyring());
  }

  @Provide
  Arbitrary<Mutated> structureMutations() {
    return Arbitraries.randomValue(random -> mutated(random, true));
  }

  @Provide
  Arbitrary<Mutated> byteMutations() {
    return Arbitraries.randomValue(random -> mutated(random, false));
  }

  @Provide
  Arbitrary<Mutated> anyMutations() {
    return Arbitraries.randomValue(random -> mutated(random, random.nextBoolean()));
  }

  /** A random valid instance of a random model, written as JSON and then broken. */
  private static Mutated mutated(Random random, boolean structural) {
    Object value = MODELS.get(random.nextInt(MODELS.size())).apply(random);
    JsonAdapter<?> adapter = ADAPTERS.get(value.getClass());
    String json = GeneratedAdapterTest.toJson(adapter, value);
    JsonMutator mutator = new JsonMutator(random, PROPERTY_NAMES);
    byte[] bytes = structural
        ? mutator.mutateStructure(json).getBytes(StandardCharsets.UTF_8)
        : mutator.mutateBytes(json);
    return new Mutated(adapter, bytes);
  }

  /** Broken JSON for a model's adapter; prints the JSON when a property fails. */
  static final class Mutated {
    final JsonAdapter<?> adapter;
    final byte[] bytes;

    Mutated(JsonAdapter<?> adapter, byte[] bytes) {
      this.adapter = adapter;
      this.bytes = bytes;
    }

    @Override
    public String toString() {
      return adapter + " <- " + new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static void assertRoundTrips(JsonAdapter<?> adapter, Object value) throws IOException {
    cases++;
    String json = GeneratedAdapterTest.toJson(adapter, value);
    assertThat(adapter.fromJson(json)).isEqualTo(value);
  }

  private static void assertFailsOnlyAsJson(Mutated input) {
    cases++;
    Object value;
    try (JsonReader reader = JsonReader.of(new Buffer().write(input.bytes))) {
      value = input.adapter.fromJson(reader);
    } catch (Throwable e) {
      if (isJsonFailure(e)) {
        return;
      }
      throw new AssertionError("unexpected " + e + " for " + input, e);
    }
    // Whatever was read is a valid model: it must write again (lone surrogates from unicode escapes aside, which
    // UTF-8 cannot carry, writing is exact, and that is checked by the round-trip properties).
    assertThat(value).isNotNull();
    assertThat(GeneratedAdapterTest.toJson(input.adapter, value)).isNotEmpty();
  }

  private static boolean isJsonFailure(Throwable e) {
    return e instanceof JsonDataException || e instanceof JsonEncodingException;
  }
}
