package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.typedclient.runtime.ApiResponse;
import io.typedclient.runtime.ClientConfig;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The client never lets Moshi reach its reflective adapters for any Okta type, however the client was built: every
 * endpoint, in every form, with every payload shape (so every model type: {@link Session}, {@link SessionLinks} and
 * {@link SessionLink}, {@link SessionIdentityProvider}, the enums, {@link CreateSessionRequest}, and error bodies),
 * runs with a Moshi whose last factory, consulted after the client's own and before Moshi's built-in (partly
 * reflective) ones, fails and records any type but strings, primitives and boxes.
 */
@Timeout(30)
class NoReflectionHttpTest {
  @StartStop final MockWebServer server = new MockWebServer();

  /** Fails, and records, every lookup that only Moshi's built-in factories could answer. */
  static final class Guard implements JsonAdapter.Factory {
    final List<Type> requests = new CopyOnWriteArrayList<>();

    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      Class<?> raw = Types.getRawType(type);
      if (raw == String.class || raw.isPrimitive() || raw == Boolean.class || raw == Integer.class
          || raw == Long.class || raw == Double.class) {
        return null;
      }
      requests.add(type);
      throw new AssertionError("Moshi was asked for " + type + ", which only a reflective adapter could serve");
    }
  }

  /** The two ways an application gets a client. */
  enum Building {
    /** {@code OktaSessions.builder()...build()}: the client's own Moshi. */
    OKTA_SESSIONS_BUILDER,
    /** {@code new SessionApiClient(config)} with the application's own config and a bare Moshi. */
    OWN_CLIENT_CONFIG
  }

  private SessionApiClient client(Building building, Guard guard) {
    if (building == Building.OKTA_SESSIONS_BUILDER) {
      // What build() hands to the generated client, with the guard after the client's own factories.
      ClientConfig config = OktaHttp.clientFor(server, FakeScheduler.autoAdvancing(OktaHttp.T0)).clientConfig();
      return new SessionApiClient(config.toBuilder().moshi(config.moshi().newBuilder().addLast(guard).build()).build());
    }
    return new SessionApiClient(ClientConfig.builder()
        .baseUrl(server.url("/").toString())
        .moshi(new Moshi.Builder().addLast(guard).build())
        .build());
  }

  /** Answers every session call with the next payload, every DELETE with 204, and one marked path with a 404. */
  private void answerWith(List<String> payloads) {
    AtomicInteger next = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getTarget().contains("gone")) {
          return OktaHttp.example(404, "error-404-resource-not-found-E0000007.json");
        }
        if (request.getMethod().equals("DELETE")) {
          return new MockResponse.Builder().code(204).build();
        }
        return OktaHttp.json(200, payloads.get(next.getAndIncrement() % payloads.size()));
      }
    });
  }

  @ParameterizedTest
  @EnumSource(Building.class)
  void everyEndpointAndPayloadWorksWithoutAReflectiveAdapter(Building building) throws Exception {
    List<String> payloads = List.of(
        Payloads.example("get-session-response.json"),
        Payloads.example("create-session-response.json"),
        Payloads.example("get-current-session-response.json"),
        Payloads.example("refresh-session-response.json"),
        Payloads.example("refresh-current-session-response.json"),
        Payloads.docsStyle("session.json"),
        Payloads.docsStyle("session-from-the-future.json"),
        Payloads.docsStyle("session-minimal.json"));
    answerWith(payloads);
    Guard guard = new Guard();
    List<Session> sessions = new ArrayList<>();
    CreateSessionRequest create = CreateSessionRequest.of("token");
    String cookie = "sid=abc";

    try (SessionApiClient api = client(building, guard)) {
      for (int round = 0; round < 2; round++) {
        sessions.add(api.createSession(create));
        sessions.add(api.createSessionAsync(create).get(10, SECONDS));
        sessions.add(api.createSessionWithResponse(create).body());
        sessions.add(api.createSessionWithResponseAsync(create).get(10, SECONDS).body());
        sessions.add(api.getSession("s"));
        sessions.add(api.getSessionAsync("s").get(10, SECONDS));
        sessions.add(api.getSessionWithResponse("s").body());
        sessions.add(api.getSessionWithResponseAsync("s").get(10, SECONDS).body());
        sessions.add(api.refreshSession("s"));
        sessions.add(api.refreshSessionAsync("s").get(10, SECONDS));
        sessions.add(api.refreshSessionWithResponse("s").body());
        sessions.add(api.refreshSessionWithResponseAsync("s").get(10, SECONDS).body());
        sessions.add(api.getCurrentSession(cookie));
        sessions.add(api.getCurrentSessionAsync(cookie).get(10, SECONDS));
        sessions.add(api.getCurrentSessionWithResponse(cookie).body());
        sessions.add(api.getCurrentSessionWithResponseAsync(cookie).get(10, SECONDS).body());
        sessions.add(api.refreshCurrentSession(cookie));
        sessions.add(api.refreshCurrentSessionAsync(cookie).get(10, SECONDS));
        sessions.add(api.refreshCurrentSessionWithResponse(cookie).body());
        sessions.add(api.refreshCurrentSessionWithResponseAsync(cookie).get(10, SECONDS).body());
      }
      api.endSession("s");
      api.endSessionAsync("s").get(10, SECONDS);
      ApiResponse<Void> ended = api.endSessionWithResponse("s");
      api.endSessionWithResponseAsync("s").get(10, SECONDS);
      api.closeCurrentSession(cookie);
      api.closeCurrentSessionAsync(cookie).get(10, SECONDS);
      api.closeCurrentSessionWithResponse(cookie);
      api.closeCurrentSessionWithResponseAsync(cookie).get(10, SECONDS);
      api.revokeUserSessions("00u1", true, false);
      api.revokeUserSessionsAsync("00u1", null, true).get(10, SECONDS);
      api.revokeUserSessionsWithResponse("00u1", null, null);
      api.revokeUserSessionsWithResponseAsync("00u1", false, null).get(10, SECONDS);
      RuntimeException gone = assertThrows(RuntimeException.class, () -> api.getSession("gone"));

      assertThat(ended.status()).isEqualTo(204);
      assertThat(gone).hasMessageThat().contains("404");
      if (building == Building.OKTA_SESSIONS_BUILDER) {
        assertThat(((OktaApiException) gone).errorCode()).isEqualTo(OktaApiException.NOT_FOUND);
      }
    }

    assertThat(guard.requests).isEmpty();
    // Every payload was read, and every model type in it decoded, links and enums included.
    assertThat(sessions).hasSize(40);
    assertThat(sessions.stream().map(Session::id).distinct().count()).isAtLeast(2);
    assertThat(sessions.stream().filter(s -> s.idp() != null && s.idp().type() != null).count()).isAtLeast(10);
    assertThat(sessions.stream().filter(s -> !s.amr().isEmpty()).count()).isAtLeast(10);
    assertThat(sessions.stream().filter(s -> s.status() != null).count()).isAtLeast(10);
    assertThat(sessions.stream().filter(s -> s.links().self() != null && s.links().self().href() != null).count())
        .isAtLeast(10);
  }

  @Test
  void theGuardCatchesEveryOktaTypeThatOnlyReflectionCouldServe() {
    // The guard itself must be able to fail: a bare Moshi asked for any Okta type directly reaches it.
    Guard guard = new Guard();
    Moshi bare = new Moshi.Builder().addLast(guard).build();
    List<Class<?>> oktaTypes = List.of(Session.class, SessionLinks.class, SessionLink.class,
        SessionIdentityProvider.class, SessionIdentityProviderType.class, SessionAuthenticationMethod.class,
        SessionStatus.class, CreateSessionRequest.class);

    for (Class<?> type : oktaTypes) {
      assertThrows(AssertionError.class, () -> bare.adapter(type));
    }

    assertThat(guard.requests).containsExactlyElementsIn(oktaTypes);
  }
}
