package io.typedclient.it.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The test models, their generated adapters, and a typical instance of each. */
final class Models {
  private Models() {}

  /**
   * What an application registers for {@link Device}'s {@code UUID}: typedclient has no adapter for it. Like any
   * well-behaved adapter it reports a bad value as a {@link JsonDataException} with the path; what an application's
   * own adapter throws is up to the application.
   */
  static final JsonAdapter<UUID> UUIDS = new JsonAdapter<UUID>() {
    @Override
    public UUID fromJson(JsonReader reader) throws IOException {
      String path = reader.getPath();
      String text = reader.nextString();
      try {
        return UUID.fromString(text);
      } catch (IllegalArgumentException e) {
        throw new JsonDataException("Expected a UUID but was " + text + " at path " + path, e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, UUID value) throws IOException {
      writer.value(value.toString());
    }
  }.nullSafe();

  /** A Moshi with the adapters an application must register itself, and nothing else. */
  static Moshi.Builder moshiBuilder() {
    return new Moshi.Builder().add(UUID.class, UUIDS);
  }

  static final Moshi MOSHI = moshiBuilder().build();

  /** Every model's generated adapter, constructed as generated code constructs it. */
  static Map<Class<?>, Function<Moshi, JsonAdapter<?>>> adapters() {
    Map<Class<?>, Function<Moshi, JsonAdapter<?>>> adapters = new LinkedHashMap<>();
    adapters.put(Session.class, SessionJsonAdapter::new);
    adapters.put(SessionStatus.class, SessionStatusJsonAdapter::new);
    adapters.put(AuthenticationMethod.class, AuthenticationMethodJsonAdapter::new);
    adapters.put(IdentityProvider.class, IdentityProviderJsonAdapter::new);
    adapters.put(IdentityProviderType.class, IdentityProviderTypeJsonAdapter::new);
    adapters.put(Link.class, LinkJsonAdapter::new);
    adapters.put(AllTypes.class, AllTypesJsonAdapter::new);
    adapters.put(Profile.class, ProfileJsonAdapter::new);
    adapters.put(Node.class, NodeJsonAdapter::new);
    adapters.put(Empty.class, EmptyJsonAdapter::new);
    adapters.put(Outer.Inner.class, Outer_InnerJsonAdapter::new);
    adapters.put(Outer.Inner.Deep.class, Outer_Inner_DeepJsonAdapter::new);
    adapters.put(Device.class, DeviceJsonAdapter::new);
    adapters.put(ApiKey.class, ApiKeyJsonAdapter::new);
    adapters.put(Keyring.class, KeyringJsonAdapter::new);
    return adapters;
  }

  /** A typical instance of every model in {@link #adapters()}. */
  static Map<Class<?>, Object> samples() {
    Map<Class<?>, Object> samples = new LinkedHashMap<>();
    samples.put(Session.class, session());
    samples.put(SessionStatus.class, SessionStatus.MFA_REQUIRED);
    samples.put(AuthenticationMethod.class, AuthenticationMethod.ONE_TIME_PASSWORD);
    samples.put(IdentityProvider.class, new IdentityProvider("00o1", IdentityProviderType.OKTA));
    samples.put(IdentityProviderType.class, IdentityProviderType.LDAP);
    samples.put(Link.class, new Link("https://example.okta.com/api/v1/users/me", "me", Map.of("allow", List.of("GET"))));
    samples.put(AllTypes.class, allTypes());
    samples.put(Profile.class, new Profile("ann@example.com", "Ann", true, 41, null));
    samples.put(Node.class, new Node("root", List.of(new Node("leaf", List.of(), null)), new Node("next", List.of(), null)));
    samples.put(Empty.class, new Empty());
    samples.put(Outer.Inner.class, new Outer.Inner(2, new Outer.Inner.Deep("deep")));
    samples.put(Outer.Inner.Deep.class, new Outer.Inner.Deep("deep"));
    samples.put(Device.class, new Device(new UUID(1, 2), "laptop", List.of(new UUID(3, 4))));
    samples.put(ApiKey.class, new ApiKey("ann", "key-3f9a"));
    samples.put(Keyring.class,
        new Keyring("ci", List.of(new ApiKey("ann", "key-3f9a")), Map.of("deploy", new ApiKey("bot", "key-77c1"))));
    return samples;
  }

  static Session session() {
    Map<String, Link> links = new LinkedHashMap<>();
    links.put("self", new Link("https://example.okta.com/api/v1/sessions/101W_juydrDRByB7fUdRyE2JQ", null,
        Map.of("allow", List.of("GET", "DELETE"))));
    links.put("user", new Link("https://example.okta.com/api/v1/users/00ubgaSARVOQDIOXMORI", "Ann Doe", null));
    return new Session(
        "101W_juydrDRByB7fUdRyE2JQ",
        "00ubgaSARVOQDIOXMORI",
        "ann@example.com",
        Instant.parse("2015-08-30T18:41:35.818Z"),
        Instant.parse("2015-08-30T18:41:35Z"),
        SessionStatus.ACTIVE,
        Instant.parse("2015-08-30T18:41:35.818Z"),
        null,
        List.of(AuthenticationMethod.PASSWORD),
        new IdentityProvider("00ob2sdfW6LBW0zDsEDF", IdentityProviderType.OKTA),
        false,
        links);
  }

  static AllTypes allTypes() {
    return new AllTypes(
        true, -7, Long.MAX_VALUE, 0.1, 0.1f, Short.MIN_VALUE, Byte.MAX_VALUE, 'é',
        42, null, 3, null, -0.0, 1.5f, null, (byte) -1, 'x',
        "text \"quoted\" \\ \n\u2028 \uD83D\uDE00", null, "renamed",
        SessionStatus.MFA_ENROLL, AuthenticationMethod.SOFTWARE_KEY,
        new IdentityProvider("idp", IdentityProviderType.FEDERATION), null,
        List.of("a", "b"), Set.of(1), Map.of("k", 9L),
        List.of(List.of(), List.of("x")), Map.of("g", List.of(new IdentityProvider("i", IdentityProviderType.SOCIAL))),
        Set.of(SessionStatus.ACTIVE), java.util.Arrays.asList("s", null), List.of(Instant.EPOCH),
        Instant.parse("2019-08-24T14:15:22Z"), OffsetDateTime.parse("2019-08-24T14:15:22.123+05:30"),
        LocalDate.of(2019, 8, 24), null,
        0, null);
  }
}
