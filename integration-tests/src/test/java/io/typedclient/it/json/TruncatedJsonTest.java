package io.typedclient.it.json;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.typedclient.runtime.ClientConfig;
import io.typedclient.runtime.ClientRuntime;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.ResponseDecodingException;
import io.typedclient.runtime.internal.JsonAdapters;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSON that ends early. Moshi reports it as a bare {@link EOFException} ("End of input", without a place);
 * generated adapters, and the runtime's collection, map and timestamp adapters, report it as a
 * {@link JsonEncodingException} naming the path where the input ended, with Moshi's exception as the cause. An
 * adapter of Moshi's own (its {@code List} adapter, say) still lets the bare exception out; the client turns that
 * into the same {@code JsonEncodingException}, inside its {@link ResponseDecodingException}.
 */
class TruncatedJsonTest {
  private final JsonAdapter<Session> sessions = new SessionJsonAdapter(Models.MOSHI);
  private final JsonAdapter<Keyring> keyrings = new KeyringJsonAdapter(Models.MOSHI);
  private final JsonAdapter<ApiKey> apiKeys = new ApiKeyJsonAdapter(Models.MOSHI);

  private static final String KEYRING =
      "{\"name\": \"ci\", \"keys\": [{\"owner\": \"a\", \"key\": \"key-1\"}, {\"owner\": \"b\", \"key\": \"key-2\"}],"
          + " \"byName\": {\"deploy\": {\"owner\": \"c\", \"key\": \"key-3\"}}}";

  /** Asserts that reading {@code json} with {@code adapter} fails as JSON that ended early at {@code path}. */
  private static void assertEndsEarlyAt(JsonAdapter<?> adapter, String json, String path) {
    JsonEncodingException e = assertThrows(JsonEncodingException.class, () -> adapter.fromJson(json), json);
    assertThat(e).hasMessageThat().isEqualTo("JSON ended early at " + path);
    assertThat(e).hasCauseThat().isInstanceOf(EOFException.class);
  }

  private static String upTo(String json, String end) {
    int at = json.indexOf(end);
    assertThat(at).isAtLeast(0);
    return json.substring(0, at + end.length());
  }

  @Test
  void theKeyringReadsWholeSoTheCutsBelowAreTheOnlyProblem() throws IOException {
    assertThat(keyrings.fromJson(KEYRING).keys()).hasSize(2);
  }

  @Test
  void emptyInputEndsAtTheRoot() {
    assertEndsEarlyAt(sessions, "", "$");
    assertEndsEarlyAt(keyrings, "  \n", "$");
    assertEndsEarlyAt(new SessionStatusJsonAdapter(Models.MOSHI), "", "$");
  }

  @Test
  void aTopLevelObjectEndsAtTheLastNameOrValueRead() {
    assertEndsEarlyAt(keyrings, "{", "$.");
    assertEndsEarlyAt(keyrings, "{\"name\": \"ci\"", "$.name");
    assertEndsEarlyAt(keyrings, "{\"name\": \"ci\",", "$.name");
    assertEndsEarlyAt(keyrings, "{\"name\":", "$.name");
  }

  @Test
  void aNestedModelEndsAtItsOwnPath() {
    assertEndsEarlyAt(keyrings, upTo(KEYRING, "\"owner\": \"b\", \"key\":"), "$.keys[1].key");
    assertEndsEarlyAt(keyrings, upTo(KEYRING, "{\"owner\": \"c\""), "$.byName.deploy.owner");
  }

  @Test
  void aListEndsAtTheElementThatWasToCome() {
    assertEndsEarlyAt(keyrings, upTo(KEYRING, "\"keys\": ["), "$.keys[0]");
    assertEndsEarlyAt(keyrings, upTo(KEYRING, "\"key\": \"key-1\"},"), "$.keys[1]");
    assertEndsEarlyAt(JsonAdapters.listOf(apiKeys), "[{\"owner\": \"a\", \"key\": \"key-1\"}", "$[1]");
  }

  @Test
  void enumsTimestampsAndEscapesEndAtTheirProperty() {
    String session = GeneratedAdapterTest.toJson(sessions, Models.session());
    assertEndsEarlyAt(sessions, upTo(session, "\"status\":"), "$.status");
    assertEndsEarlyAt(sessions, upTo(session, "\"expiresAt\":"), "$.expiresAt");
    assertEndsEarlyAt(sessions, upTo(session, "\"amr\":["), "$.amr[0]");
    // Inside a unicode escape Moshi's message has the path already; the cause keeps it.
    JsonEncodingException e =
        assertThrows(JsonEncodingException.class, () -> apiKeys.fromJson("{\"owner\": \"\\u00"));
    assertThat(e).hasMessageThat().isEqualTo("JSON ended early at $.owner");
    assertThat(e).hasCauseThat().hasMessageThat().startsWith("Unterminated escape sequence");
  }

  @Test
  void everyPrefixOfADocumentIsAnEncodingErrorAndNeverABareEndOfInput() {
    String session = GeneratedAdapterTest.toJson(sessions, Models.session());
    int endedEarly = 0;
    for (int end = 0; end < session.length(); end++) {
      String truncated = session.substring(0, end);
      JsonEncodingException e =
          assertThrows(JsonEncodingException.class, () -> sessions.fromJson(truncated), truncated);
      if (e.getCause() instanceof EOFException) {
        assertThat(e).hasMessageThat().startsWith("JSON ended early at $");
        endedEarly++;
      } else {
        // Cut inside a token: Moshi's own JsonEncodingException ("Unterminated string", ...).
        assertThat(e).hasCauseThat().isNull();
      }
    }
    assertThat(endedEarly).isGreaterThan(0);
  }

  @Test
  void moshisOwnListAdapterLetsTheBareEndOfInputOutAndTheClientWrapsIt() {
    Moshi moshi = Models.moshiBuilder().add(ApiKeyJsonAdapter.FACTORY).build();
    JsonAdapter<List<ApiKey>> moshiList = moshi.adapter(Types.newParameterizedType(List.class, ApiKey.class));
    String betweenElements = "[{\"owner\": \"a\", \"key\": \"key-1\"},";
    String insideAnElement = "[{\"owner\": \"a\", \"key\":";
    // Between elements Moshi's own adapter is the one reading: no code of ours sees the exception.
    assertThrows(EOFException.class, () -> moshiList.fromJson(betweenElements));
    // Inside an element the generated adapter is, and reports it.
    assertEndsEarlyAt(moshiList, insideAnElement, "$[0].key");

    CannedTransport transport = new CannedTransport();
    try (ClientRuntime client = new ClientRuntime(ClientConfig.builder()
        .baseUrl("https://example.okta.com").transport(transport).moshi(moshi).build())) {
      HttpRequest request = client.request("GET", "/keys", "listKeys").build();
      for (String body : List.of(betweenElements, insideAnElement)) {
        transport.respondWith(body.getBytes(StandardCharsets.UTF_8));
        ResponseDecodingException e =
            assertThrows(ResponseDecodingException.class, () -> client.execute(request, moshiList), body);
        assertThat(e).hasCauseThat().isInstanceOf(JsonEncodingException.class);
        assertThat(e).hasCauseThat().hasCauseThat().isInstanceOf(EOFException.class);
        assertThat(e).hasMessageThat()
            .endsWith("JSON ended early at " + (body.equals(betweenElements) ? "$[1]" : "$[0].key"));
      }
    }
  }
}
