package io.typedclient.it.json;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.typedclient.runtime.ClientConfig;
import io.typedclient.runtime.ClientRuntime;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.ResponseDecodingException;
import io.typedclient.runtime.internal.JsonAdapters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A model's constructor may validate ({@link ApiKey}, a record, and {@link Keyring}, a class). What it throws
 * comes out of the generated adapter as a {@link JsonDataException} naming the model and the path of the object
 * refused, with the constructor's exception as the cause and without the value, which the constructor's own
 * message may quote.
 */
class ConstructorFailureTest {
  private static final String SECRET = "sk_live_9f8e7d6c5b4a";

  private final JsonAdapter<ApiKey> apiKeys = new ApiKeyJsonAdapter(Models.MOSHI);
  private final JsonAdapter<Keyring> keyrings = new KeyringJsonAdapter(Models.MOSHI);

  private static String key(String owner, String key) {
    return "{\"owner\": \"" + owner + "\", \"key\": \"" + key + "\"}";
  }

  @Test
  void aRecordRefusingItsValuesIsAJsonDataExceptionWithoutTheValue() {
    JsonDataException e = assertThrows(JsonDataException.class, () -> apiKeys.fromJson(key("ann", SECRET)));
    assertThat(e).hasMessageThat()
        .isEqualTo("ApiKey rejected the JSON object at $: its constructor threw java.lang.IllegalArgumentException");
    assertThat(e).hasMessageThat().doesNotContain(SECRET);
    assertThat(e).hasCauseThat().isInstanceOf(IllegalArgumentException.class);
    // The detail stays reachable for whoever debugs, through the cause only.
    assertThat(e).hasCauseThat().hasMessageThat().isEqualTo("malformed key " + SECRET + " of ann");
  }

  @Test
  void aClassRefusingItsValuesIsAJsonDataException() {
    String json = "{\"name\": \" \", \"keys\": [], \"byName\": {}}";
    JsonDataException e = assertThrows(JsonDataException.class, () -> keyrings.fromJson(json));
    assertThat(e).hasMessageThat()
        .isEqualTo("Keyring rejected the JSON object at $: its constructor threw java.lang.IllegalArgumentException");
    assertThat(e).hasCauseThat().hasMessageThat().isEqualTo("name is blank");
  }

  @Test
  void aListElementIsReportedAtItsOwnIndex() {
    for (int bad = 0; bad < 3; bad++) {
      StringBuilder keys = new StringBuilder();
      for (int i = 0; i < 3; i++) {
        keys.append(i == 0 ? "" : ", ").append(key("owner" + i, i == bad ? SECRET : "key-" + i));
      }
      String json = "{\"name\": \"ci\", \"keys\": [" + keys + "], \"byName\": {}}";
      JsonDataException e = assertThrows(JsonDataException.class, () -> keyrings.fromJson(json));
      assertThat(e).hasMessageThat().startsWith("ApiKey rejected the JSON object at $.keys[" + bad + "]: ");
      assertThat(e).hasMessageThat().doesNotContain(SECRET);
      assertThat(e).hasCauseThat().isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aTopLevelListElementIsReportedAtItsOwnIndex() {
    JsonAdapter<List<ApiKey>> list = JsonAdapters.listOf(apiKeys);
    String json = "[" + key("a", "key-1") + ", " + key("b", SECRET) + "]";
    JsonDataException e = assertThrows(JsonDataException.class, () -> list.fromJson(json));
    assertThat(e).hasMessageThat().startsWith("ApiKey rejected the JSON object at $[1]: ");
  }

  @Test
  void aTreeOfValuesIsReportedAtTheSamePathAsText() {
    // fromJsonValue reads through Moshi's other JsonReader, whose paths move on the same way.
    Map<String, Object> value = Map.of("name", "ci", "byName", Map.of(),
        "keys", List.of(Map.of("owner", "a", "key", "key-1"), Map.of("owner", "b", "key", SECRET)));
    JsonDataException e = assertThrows(JsonDataException.class, () -> keyrings.fromJsonValue(value));
    assertThat(e).hasMessageThat().startsWith("ApiKey rejected the JSON object at $.keys[1]: ");
  }

  @Test
  void aMapValueIsReportedAtItsKeyEvenAKeyThatLooksLikeAnIndex() {
    for (String key : List.of("deploy", "slot[3]")) {
      for (String after : List.of("", ", \"later\": " + key("c", "key-3"))) {
        String json = "{\"name\": \"ci\", \"keys\": [], \"byName\": {\"" + key + "\": " + key("b", SECRET) + after
            + "}}";
        JsonDataException e = assertThrows(JsonDataException.class, () -> keyrings.fromJson(json));
        assertThat(e).hasMessageThat().startsWith("ApiKey rejected the JSON object at $.byName." + key + ": ");
      }
    }
  }

  @Test
  void aMissingPropertyOfAListElementIsReportedAtItsOwnIndex() {
    String json = "{\"name\": \"ci\", \"keys\": [" + key("a", "key-1") + ", {\"owner\": \"b\"}], \"byName\": {}}";
    JsonDataException e = assertThrows(JsonDataException.class, () -> keyrings.fromJson(json));
    assertThat(e).hasMessageThat().isEqualTo("Required value 'key' missing at $.keys[1]");
  }

  @Test
  void throughTheClientItIsAResponseDecodingExceptionWithoutTheValue() {
    CannedTransport transport = new CannedTransport();
    try (ClientRuntime client = new ClientRuntime(ClientConfig.builder()
        .baseUrl("https://example.okta.com").transport(transport).moshi(Models.MOSHI).build())) {
      transport.respondWith(("{\"name\": \"ci\", \"keys\": [" + key("a", SECRET) + "], \"byName\": {}}")
          .getBytes(StandardCharsets.UTF_8));
      HttpRequest request = client.request("GET", "/keyring", "getKeyring").build();
      ResponseDecodingException e =
          assertThrows(ResponseDecodingException.class, () -> client.execute(request, keyrings));
      assertThat(e).hasMessageThat().contains("ApiKey rejected the JSON object at $.keys[0]");
      assertThat(e).hasMessageThat().doesNotContain(SECRET);
      assertThat(e).hasCauseThat().isInstanceOf(JsonDataException.class);
      assertThat(e).hasCauseThat().hasCauseThat().isInstanceOf(IllegalArgumentException.class);
    }
  }
}
