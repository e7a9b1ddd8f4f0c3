package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.OktaHttp.T0;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.typedclient.runtime.ClientConfig;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client never lets Moshi fall back to its reflective adapters: every payload decodes with a Moshi that fails
 * for any type other than strings, primitives, and the adapters the client registers itself.
 */
@Timeout(30)
class NoReflectionHttpTest {
  @StartStop final MockWebServer server = new MockWebServer();

  /** Sits after the client's own factories and before Moshi's built-in (partly reflective) ones. */
  private static final JsonAdapter.Factory STRICT = (Type type, Set<? extends java.lang.annotation.Annotation> annotations,
      Moshi moshi) -> {
    Class<?> raw = Types.getRawType(type);
    if (raw == String.class || raw.isPrimitive() || raw == Boolean.class || raw == Integer.class
        || raw == Long.class || raw == Double.class) {
      return null;
    }
    throw new AssertionError("Moshi was asked for " + type + ", which only a reflective adapter could serve");
  };

  @Test
  void everyPayloadDecodesWithoutAReflectiveAdapter() throws Exception {
    ClientConfig config = OktaHttp.clientFor(server, FakeScheduler.autoAdvancing(T0)).clientConfig();
    Moshi strict = config.moshi().newBuilder().addLast(STRICT).build();
    List<String> payloads = List.of(
        Payloads.example("create-session-response.json"),
        Payloads.example("get-current-session-response.json"),
        Payloads.docsStyle("session.json"),
        Payloads.docsStyle("session-from-the-future.json"),
        Payloads.docsStyle("session-minimal.json"));
    for (String payload : payloads) {
      server.enqueue(OktaHttp.json(200, payload));
    }
    server.enqueue(OktaHttp.example(200, "create-session-response.json"));

    try (SessionApiClient sessions = new SessionApiClient(config.toBuilder().moshi(strict).build())) {
      for (int i = 0; i < payloads.size(); i++) {
        assertThat(sessions.getSession("s" + i).id()).isNotEmpty();
      }
      assertThat(sessions.createSession(CreateSessionRequest.of("token")).id()).isNotEmpty();
    }
  }
}
