package io.typedclient.it.json;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Round trips and edge cases of the adapters generated for the models in this package. */
class GeneratedAdapterTest {
  private final JsonAdapter<Session> sessions = new SessionJsonAdapter(Models.MOSHI);
  private final JsonAdapter<AllTypes> allTypes = new AllTypesJsonAdapter(Models.MOSHI);

  /** A session as Okta's documentation shows one, with fields the model does not know, at every level. */
  private static final String SESSION = "{"
      + "\"id\": \"101W_juydrDRByB7fUdRyE2JQ\","
      + "\"unknownTop\": {\"nested\": [1, {\"deeper\": null}], \"x\": \"y\"},"
      + "\"userId\": \"00ubgaSARVOQDIOXMORI\","
      + "\"login\": \"ann@example.com\","
      + "\"createdAt\": \"2015-08-30T18:41:35.818Z\","
      + "\"expiresAt\": \"2015-08-30T18:41:35Z\","
      + "\"status\": \"ACTIVE\","
      + "\"lastPasswordVerification\": \"2015-08-30T18:41:35.818Z\","
      + "\"lastFactorVerification\": null,"
      + "\"amr\": [\"pwd\"],"
      + "\"idp\": {\"id\": \"00ob2sdfW6LBW0zDsEDF\", \"type\": \"OKTA\", \"extra\": [true, false]},"
      + "\"mfaActive\": false,"
      + "\"_links\": {"
      + "  \"self\": {\"href\": \"https://example.okta.com/api/v1/sessions/101W_juydrDRByB7fUdRyE2JQ\","
      + "            \"hints\": {\"allow\": [\"GET\", \"DELETE\"]}, \"templated\": false},"
      + "  \"user\": {\"name\": \"Ann Doe\", \"href\": \"https://example.okta.com/api/v1/users/00ubgaSARVOQDIOXMORI\"}"
      + "}}";

  @Test
  void decodesADocumentedSessionIgnoringUnknownFieldsAtEveryLevel() throws IOException {
    assertThat(sessions.fromJson(SESSION)).isEqualTo(Models.session());
  }

  @Test
  void everySampleRoundTrips() throws IOException {
    for (Map.Entry<Class<?>, Function<Moshi, JsonAdapter<?>>> entry : Models.adapters().entrySet()) {
      Object sample = Models.samples().get(entry.getKey());
      JsonAdapter<?> adapter = entry.getValue().apply(Models.MOSHI);
      assertThat(adapter.fromJson(toJson(adapter, sample))).isEqualTo(sample);
    }
  }

  @Test
  void writesEveryPropertyByItsJsonNameInConstructorOrder() {
    String json = sessions.toJson(Models.session());
    assertThat(json).startsWith("{\"id\":\"101W_juydrDRByB7fUdRyE2JQ\",\"userId\":");
    assertThat(json).contains("\"expiresAt\":\"2015-08-30T18:41:35Z\"");
    assertThat(json).contains("\"createdAt\":\"2015-08-30T18:41:35.818Z\"");
    assertThat(json).contains("\"_links\":{\"self\":{\"href\":");
    assertThat(json).doesNotContain("\"links\"");
  }

  @Test
  void nullOptionalPropertiesAreLeftOutUnlessTheWriterSerializesNulls() {
    String json = sessions.toJson(Models.session());
    assertThat(json).doesNotContain("lastFactorVerification");
    assertThat(json).doesNotContain("\"name\":null");
    String withNulls = sessions.serializeNulls().toJson(Models.session());
    assertThat(withNulls).contains("\"lastFactorVerification\":null");
    assertThat(withNulls).contains("\"name\":null");
  }

  @Test
  void nullForAnOptionalPropertyReadsAsNull() throws IOException {
    Session session = sessions.fromJson(SESSION.replace("\"mfaActive\": false", "\"mfaActive\": null")
        .replace("\"lastPasswordVerification\": \"2015-08-30T18:41:35.818Z\"", "\"lastPasswordVerification\": null"));
    assertThat(session.mfaActive()).isNull();
    assertThat(session.lastPasswordVerification()).isNull();
  }

  @Test
  void absentOptionalPropertiesReadAsNull() throws IOException {
    Session session = sessions.fromJson(SESSION.replace("\"mfaActive\": false,", "").replaceAll(",\"_links\".*", "}"));
    assertThat(session.mfaActive()).isNull();
    assertThat(session.links()).isNull();
  }

  @Test
  void nullForARequiredPropertyNamesItAndItsPath() {
    assertDataError(SESSION.replace("\"login\": \"ann@example.com\"", "\"login\": null"),
        "Non-null value 'login' was null at $.login");
    assertDataError(SESSION.replace("\"amr\": [\"pwd\"]", "\"amr\": null"), "Non-null value 'amr' was null at $.amr");
    assertDataError(SESSION.replace("\"id\": \"00ob2sdfW6LBW0zDsEDF\"", "\"id\": null"),
        "Non-null value 'id' was null at $.idp.id");
    assertDataError(SESSION.replace("\"createdAt\": \"2015-08-30T18:41:35.818Z\"", "\"createdAt\": null"),
        "Non-null value 'createdAt' was null at $.createdAt");
  }

  @Test
  void nullForARequiredPrimitiveNamesItAndItsPath() {
    String json = allTypes.toJson(Models.allTypes()).replace("\"count\":-7", "\"count\":null");
    JsonDataException e = assertThrows(JsonDataException.class, () -> allTypes.fromJson(json));
    assertThat(e).hasMessageThat().isEqualTo("Non-null value 'count' was null at $.count");
  }

  @Test
  void missingRequiredPropertyNamesItsJsonNameAndThePathOfItsObject() {
    assertDataError(SESSION.replace("\"userId\": \"00ubgaSARVOQDIOXMORI\",", ""), "Required value 'userId' missing at $");
    assertDataError(SESSION.replace("\"type\": \"OKTA\", ", ""), "Required value 'type' missing at $.idp");
    String json = allTypes.toJson(Models.allTypes()).replace("\"renamed_value\":\"renamed\",", "");
    JsonDataException e = assertThrows(JsonDataException.class, () -> allTypes.fromJson(json));
    assertThat(e).hasMessageThat().isEqualTo("Required value 'renamed' (JSON name 'renamed_value') missing at $");
  }

  @Test
  void aPropertyThatComesTwiceIsRefusedNamingItsPath() {
    // The last value would win in Moshi's own adapters: REVOKED, then ACTIVE, would read ACTIVE.
    assertDataError(SESSION.replace("\"status\": \"ACTIVE\",", "\"status\": \"REVOKED\", \"status\": \"ACTIVE\","),
        "Property 'status' has multiple values at path $.status");
    assertDataError(SESSION.replace("\"type\": \"OKTA\", ", "\"type\": \"OKTA\", \"type\": \"OKTA\", "),
        "Property 'type' has multiple values at path $.idp.type");
    assertDataError(SESSION.replace("\"lastFactorVerification\": null,",
            "\"lastFactorVerification\": null, \"lastFactorVerification\": null,"),
        "Property 'lastFactorVerification' has multiple values at path $.lastFactorVerification");
    String primitive = allTypes.toJson(Models.allTypes()).replace("\"count\":-7", "\"count\":-7,\"count\":5");
    assertThat(assertThrows(JsonDataException.class, () -> allTypes.fromJson(primitive)))
        .hasMessageThat().isEqualTo("Property 'count' has multiple values at path $.count");
    String renamed = allTypes.toJson(Models.allTypes())
        .replace("\"renamed_value\":\"renamed\",", "\"renamed_value\":\"renamed\",\"renamed_value\":\"again\",");
    assertThat(assertThrows(JsonDataException.class, () -> allTypes.fromJson(renamed))).hasMessageThat()
        .isEqualTo("Property 'renamed' (JSON name 'renamed_value') has multiple values at path $.renamed_value");
  }

  @Test
  void missingRequiredPrimitiveIsAnErrorNotZero() {
    String json = allTypes.toJson(Models.allTypes()).replace("\"flag\":true,", "");
    assertThat(assertThrows(JsonDataException.class, () -> allTypes.fromJson(json)))
        .hasMessageThat().isEqualTo("Required value 'flag' missing at $");
  }

  @Test
  void requiredPropertySetToNullIsRefusedWhenWriting() {
    Session broken = new Session(null, "u", "l", Instant.EPOCH, Instant.EPOCH, SessionStatus.ACTIVE, null, null,
        List.of(), new IdentityProvider("i", IdentityProviderType.OKTA), null, null);
    assertThat(assertThrows(JsonDataException.class, () -> sessions.toJson(broken)))
        .hasMessageThat().isEqualTo("Non-null value 'id' was null at $.id");
    assertThat(assertThrows(JsonDataException.class, () -> sessions.toJson(null)))
        .hasMessageThat().contains("Unexpected null at $");
  }

  @Test
  void timestampsWithAndWithoutFractionsAndWithOffsets() throws IOException {
    Session session = sessions.fromJson(SESSION
        .replace("\"expiresAt\": \"2015-08-30T18:41:35Z\"", "\"expiresAt\": \"2015-08-30T20:41:35.5+02:00\""));
    assertThat(session.createdAt()).isEqualTo(Instant.parse("2015-08-30T18:41:35.818Z"));
    assertThat(session.expiresAt()).isEqualTo(Instant.parse("2015-08-30T18:41:35.500Z"));
    assertThat(sessions.toJson(session)).contains("\"expiresAt\":\"2015-08-30T18:41:35.500Z\"");
    AllTypes read = allTypes.fromJson(allTypes.toJson(Models.allTypes()));
    assertThat(read.localAt().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    assertDataError(SESSION.replace("\"2015-08-30T18:41:35Z\"", "\"2015-08-30 18:41:35\""),
        "but was '2015-08-30 18:41:35' at path $.expiresAt");
  }

  @Test
  void emptyCollectionsAndEmptyObjects() throws IOException {
    AllTypes empty = new AllTypes(false, 0, 0, 0, 0, (short) 0, (byte) 0, 'a', 0, null, null, null, null, null, null,
        null, null, "", null, "", SessionStatus.ACTIVE, null, new IdentityProvider("", IdentityProviderType.OKTA), null,
        List.of(), java.util.Set.of(), Map.of(), List.of(), Map.of(), java.util.Set.of(), List.of(), List.of(),
        Instant.EPOCH, Instant.EPOCH.atOffset(ZoneOffset.UTC), java.time.LocalDate.EPOCH, null, 0, null);
    String json = allTypes.toJson(empty);
    assertThat(json).contains("\"strings\":[]");
    assertThat(json).contains("\"totals\":{}");
    assertThat(allTypes.fromJson(json)).isEqualTo(empty);
    assertThat(new EmptyJsonAdapter(Models.MOSHI).fromJson("{\"anything\": [1, {}], \"else\": null}")).isEqualTo(new Empty());
    assertThat(new EmptyJsonAdapter(Models.MOSHI).toJson(new Empty())).isEqualTo("{}");
  }

  @Test
  void decodedCollectionsAreUnmodifiable() throws IOException {
    AllTypes read = allTypes.fromJson(allTypes.toJson(Models.allTypes()));
    assertThrows(UnsupportedOperationException.class, () -> read.strings().add("c"));
    assertThrows(UnsupportedOperationException.class, () -> read.matrix().get(1).add("c"));
    assertThrows(UnsupportedOperationException.class, () -> read.providersByGroup().get("g").clear());
    assertThrows(UnsupportedOperationException.class, () -> read.totals().put("z", 1L));
  }

  @Test
  void nullElementsOnlyWhereTheTypeArgumentIsNullable() throws IOException {
    String json = allTypes.toJson(Models.allTypes());
    assertThat(json).contains("\"sparse\":[\"s\",null]");
    assertThat(allTypes.fromJson(json).sparse()).containsExactly("s", null).inOrder();
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> allTypes.fromJson(json.replace("\"strings\":[\"a\",\"b\"]", "\"strings\":[\"a\",null]")));
    assertThat(e).hasMessageThat().isEqualTo("Unexpected null at $.strings[1]");
  }

  @Test
  void ignoredPropertiesAreNeitherWrittenNorRead() throws IOException {
    AllTypes sample = Models.allTypes();
    AllTypes withIgnored = new AllTypes(sample.flag(), sample.count(), sample.total(), sample.ratio(), sample.fraction(),
        sample.small(), sample.tiny(), sample.letter(), sample.requiredBox(), sample.maybeFlag(), sample.maybeCount(),
        sample.maybeTotal(), sample.maybeRatio(), sample.maybeFraction(), sample.maybeSmall(), sample.maybeTiny(),
        sample.maybeLetter(), sample.text(), sample.note(), sample.renamed(), sample.status(), sample.method(),
        sample.idp(), sample.node(), sample.strings(), sample.numbers(), sample.totals(), sample.matrix(),
        sample.providersByGroup(), sample.statuses(), sample.sparse(), sample.maybeInstants(), sample.at(),
        sample.localAt(), sample.day(), sample.maybeAt(), 99, "cached");
    String json = allTypes.toJson(withIgnored);
    assertThat(json).doesNotContain("ignored");
    AllTypes read = allTypes.fromJson("{\"ignoredCount\": 5, \"ignoredNote\": \"x\", " + json.substring(1));
    assertThat(read.ignoredCount()).isEqualTo(0);
    assertThat(read.ignoredNote()).isNull();
  }

  @Test
  void deepNestingUpToMoshisLimit() throws IOException {
    JsonAdapter<Node> nodes = new NodeJsonAdapter(Models.MOSHI);
    // Each level is an object and an array: 120 levels nest 241 deep, just under Moshi's limit of 255.
    Node deep = chain(120);
    assertThat(nodes.fromJson(nodes.toJson(deep))).isEqualTo(deep);
    // Beyond it, Moshi's reader refuses the document with its own JsonDataException, not a StackOverflowError.
    String tooDeep = "{\"name\":\"n\",\"children\":[".repeat(200) + "]}".repeat(200);
    assertThat(assertThrows(JsonDataException.class, () -> nodes.fromJson(tooDeep)))
        .hasMessageThat().contains("Nesting too deep");
  }

  /** A list of nodes nested {@code depth} times: {@code {"children": [{"children": [...]}]}}. */
  private static Node chain(int depth) {
    Node node = new Node("leaf", List.of(), null);
    for (int i = 0; i < depth; i++) {
      node = new Node("n" + i, List.of(node), i % 2 == 0 ? null : new Node("side", List.of(), null));
    }
    return node;
  }

  @Test
  void anArrayWhereAnObjectIsExpected() {
    assertThat(assertThrows(JsonDataException.class, () -> sessions.fromJson("[" + SESSION + "]")))
        .hasMessageThat().isEqualTo("Expected BEGIN_OBJECT but was BEGIN_ARRAY at path $");
    assertDataError(SESSION.replace("\"idp\": {", "\"idp\": [{").replace("\"extra\": [true, false]}", "\"extra\": 1}]"),
        "Expected BEGIN_OBJECT but was BEGIN_ARRAY at path $.idp");
    assertDataError(SESSION.replace("\"amr\": [\"pwd\"]", "\"amr\": {\"pwd\": 1}"),
        "Expected BEGIN_ARRAY but was BEGIN_OBJECT at path $.amr");
  }

  @Test
  void wrongScalarTypesNameThePath() {
    assertDataError(SESSION.replace("\"mfaActive\": false", "\"mfaActive\": \"no\""),
        "Expected a boolean but was STRING at path $.mfaActive");
    String json = allTypes.toJson(Models.allTypes());
    assertThat(assertThrows(JsonDataException.class, () -> allTypes.fromJson(json.replace("\"count\":-7", "\"count\":1.5"))))
        .hasMessageThat().contains("at path $.count");
    assertThat(assertThrows(JsonDataException.class, () -> allTypes.fromJson(json.replace("\"tiny\":127", "\"tiny\":128"))))
        .hasMessageThat().isEqualTo("Expected a byte but was 128 at path $.tiny");
  }

  @Test
  void unknownEnumValuesBecomeTheFallbackOrAnErrorNamingValueAndPath() throws IOException {
    Session session = sessions.fromJson(SESSION.replace("\"ACTIVE\"", "\"SUSPENDED_SOMEDAY\"").replace("\"OKTA\"", "\"IWA\""));
    assertThat(session.status()).isEqualTo(SessionStatus.UNKNOWN);
    assertThat(session.idp().type()).isEqualTo(IdentityProviderType.UNKNOWN);
    assertDataError(SESSION.replace("[\"pwd\"]", "[\"pwd\", \"hwk\"]"),
        "Expected one of [pwd, mfa, otp, kba, swk] but was hwk at path $.amr[1]");
    assertDataError(SESSION.replace("\"status\": \"ACTIVE\"", "\"status\": 3"),
        "Expected a string but was NUMBER at path $.status");
  }

  @Test
  void enumsUseTheirJsonNames() {
    JsonAdapter<AuthenticationMethod> adapter = new AuthenticationMethodJsonAdapter(Models.MOSHI);
    List<String> written = new ArrayList<>();
    for (AuthenticationMethod method : AuthenticationMethod.values()) {
      written.add(adapter.toJson(method));
    }
    assertThat(written).containsExactly("\"pwd\"", "\"mfa\"", "\"otp\"", "\"kba\"", "\"swk\"").inOrder();
  }

  @Test
  void classesAreReadBackThroughFieldsGettersAndIsMethods() throws IOException {
    JsonAdapter<Profile> profiles = new ProfileJsonAdapter(Models.MOSHI);
    Profile profile = new Profile("ann", "Ann", true, null, "annie");
    String json = profiles.toJson(profile);
    assertThat(json).isEqualTo("{\"login\":\"ann\",\"firstName\":\"Ann\",\"admin\":true,\"nickname\":\"annie\"}");
    assertThat(profiles.fromJson(json)).isEqualTo(profile);
  }

  @Test
  void floatsAndDoublesRoundTripExactly() throws IOException {
    AllTypes sample = Models.allTypes();
    String json = allTypes.toJson(sample);
    assertThat(json).contains("\"fraction\":0.1,");
    AllTypes read = allTypes.fromJson(json);
    assertThat(read.fraction()).isEqualTo(0.1f);
    assertThat(read.ratio()).isEqualTo(0.1);
    assertThat(Double.doubleToRawLongBits(read.maybeRatio())).isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  @Test
  void delegatedTypesComeFromTheApplicationsMoshi() throws IOException {
    JsonAdapter<Device> devices = new DeviceJsonAdapter(Models.MOSHI);
    Device device = new Device(new UUID(5, 6), "phone", List.of());
    assertThat(devices.fromJson(devices.toJson(device))).isEqualTo(device);
    // Without the application's adapter, Moshi refuses the platform type when the adapter is built, not later.
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new DeviceJsonAdapter(new Moshi.Builder().build()));
    assertThat(e).hasMessageThat().contains("java.util.UUID requires explicit JsonAdapter to be registered");
  }

  @Test
  void factoryServesExactlyItsTypeWithoutQualifiers() throws IOException {
    Moshi moshi = Models.moshiBuilder().add(SessionJsonAdapter.FACTORY).build();
    JsonAdapter<Session> adapter = moshi.adapter(Session.class);
    assertThat(adapter.toString()).isEqualTo("GeneratedJsonAdapter(Session).nullSafe()");
    assertThat(adapter.fromJson("null")).isNull();
    assertThat(adapter.fromJson(SESSION)).isEqualTo(Models.session());
    assertThat(SessionJsonAdapter.FACTORY.create(Profile.class, java.util.Set.of(), moshi)).isNull();
    assertThat(SessionJsonAdapter.FACTORY.create(
        com.squareup.moshi.Types.newParameterizedType(List.class, Session.class), java.util.Set.of(), moshi)).isNull();
  }

  @Test
  void adaptersNameTheirModel() {
    assertThat(new Outer_InnerJsonAdapter(Models.MOSHI).toString()).isEqualTo("GeneratedJsonAdapter(Outer.Inner)");
    assertThat(new Outer_Inner_DeepJsonAdapter(Models.MOSHI).toString())
        .isEqualTo("GeneratedJsonAdapter(Outer.Inner.Deep)");
    assertThat(new SessionStatusJsonAdapter(Models.MOSHI).toString()).isEqualTo("GeneratedJsonAdapter(SessionStatus)");
  }

  private void assertDataError(String json, String message) {
    JsonDataException e = assertThrows(JsonDataException.class, () -> sessions.fromJson(json));
    assertThat(e).hasMessageThat().contains(message);
  }

  @SuppressWarnings("unchecked")
  static String toJson(JsonAdapter<?> adapter, Object value) {
    return ((JsonAdapter<Object>) adapter).toJson(value);
  }
}
