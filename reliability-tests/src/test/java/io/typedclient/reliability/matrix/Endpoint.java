package io.typedclient.reliability.matrix;

import static com.google.common.truth.Truth.assertThat;

import io.typedclient.okta.CreateSessionRequest;
import io.typedclient.okta.Session;
import io.typedclient.okta.SessionApi;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.reliability.secrets.Exposure;
import io.typedclient.reliability.support.Outcome;
import io.typedclient.runtime.ApiResponse;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The eight operations of the Okta Sessions API, each callable in its four forms, with what a correct result is:
 * the session asked for, a session FakeOkta really holds, a session that really ended.
 */
public enum Endpoint {
  CREATE("create", "POST /api/v1/sessions") {
    @Override
    Object call(SessionApi api, Target target) {
      return api.createSession(CreateSessionRequest.of(target.sessionToken()));
    }

    @Override
    CompletableFuture<?> callAsync(SessionApi api, Target target) {
      return api.createSessionAsync(CreateSessionRequest.of(target.sessionToken()));
    }

    @Override
    ApiResponse<?> callWithResponse(SessionApi api, Target target) {
      return api.createSessionWithResponse(CreateSessionRequest.of(target.sessionToken()));
    }

    @Override
    CompletableFuture<? extends ApiResponse<?>> callWithResponseAsync(SessionApi api, Target target) {
      return api.createSessionWithResponseAsync(CreateSessionRequest.of(target.sessionToken()));
    }

    @Override
    public void verify(Object result, Target target) {
      Session created = (Session) result;
      Exposure.global().secret(created.id(), "session id");
      assertThat(created.userId()).isEqualTo(target.userId());
      assertThat(target.okta().session(created.id())).isPresent();
    }
  },
  GET("get", "GET /api/v1/sessions/{sessionId}") {
    @Override
    Object call(SessionApi api, Target target) {
      return api.getSession(target.session().id());
    }

    @Override
    CompletableFuture<?> callAsync(SessionApi api, Target target) {
      return api.getSessionAsync(target.session().id());
    }

    @Override
    ApiResponse<?> callWithResponse(SessionApi api, Target target) {
      return api.getSessionWithResponse(target.session().id());
    }

    @Override
    CompletableFuture<? extends ApiResponse<?>> callWithResponseAsync(SessionApi api, Target target) {
      return api.getSessionWithResponseAsync(target.session().id());
    }

    @Override
    public void verify(Object result, Target target) {
      assertIsTheSession(result, target);
    }
  },
  REFRESH("refresh", "POST /api/v1/sessions/{sessionId}/lifecycle/refresh") {
    @Override
    Object call(SessionApi api, Target target) {
      return api.refreshSession(target.session().id());
    }

    @Override
    CompletableFuture<?> callAsync(SessionApi api, Target target) {
      return api.refreshSessionAsync(target.session().id());
    }

    @Override
    ApiResponse<?> callWithResponse(SessionApi api, Target target) {
      return api.refreshSessionWithResponse(target.session().id());
    }

    @Override
    CompletableFuture<? extends ApiResponse<?>> callWithResponseAsync(SessionApi api, Target target) {
      return api.refreshSessionWithResponseAsync(target.session().id());
    }

    @Override
    public void verify(Object result, Target target) {
      assertIsTheRefreshedSession(result, target);
    }
  },
  END("end", "DELETE /api/v1/sessions/{sessionId}") {
    @Override
    Object call(SessionApi api, Target target) {
      api.endSession(target.session().id());
      return null;
    }

    @Override
    CompletableFuture<?> callAsync(SessionApi api, Target target) {
      return api.endSessionAsync(target.session().id());
    }

    @Override
    ApiResponse<?> callWithResponse(SessionApi api, Target target) {
      return api.endSessionWithResponse(target.session().id());
    }

    @Override
    CompletableFuture<? extends ApiResponse<?>> callWithResponseAsync(SessionApi api, Target target) {
      return api.endSessionWithResponseAsync(target.session().id());
    }

    @Override
    public void verify(Object result, Target target) {
      assertThat(result).isNull();
      assertThat(target.okta().session(target.session().id())).isEmpty();
    }
  },
  REVOKE_USER("revoke-user", "DELETE /api/v1/users/{userId}/sessions") {
    @Override
    Object call(SessionApi api, Target target) {
      api.revokeUserSessions(target.userId(), true, null);
      return null;
    }

    @Override
    CompletableFuture<?> callAsync(SessionApi api, Target target) {
      return api.revokeUserSessionsAsync(target.userId(), true, null);
    }

    @Override
    ApiResponse<?> callWithResponse(SessionApi api, Target target) {
      return api.revokeUserSessionsWithResponse(target.userId(), true, null);
    }

    @Override
    CompletableFuture<? extends ApiResponse<?>> callWithResponseAsync(SessionApi api, Target target) {
      return api.revokeUserSessionsWithResponseAsync(target.userId(), true, null);
    }

    @Override
    public void verify(Object result, Target target) {
      assertThat(result).isNull();
      assertThat(target.okta().sessions().stream().filter(s -> s.userId().equals(target.userId()))).isEmpty();
    }
  },
  GET_ME("get-me", "GET /api/v1/sessions/me") {
    @Override
    Object call(SessionApi api, Target target) {
      return api.getCurrentSession(target.cookie());
    }

    @Override
    CompletableFuture<?> callAsync(SessionApi api, Target target) {
      return api.getCurrentSessionAsync(target.cookie());
    }

    @Override
    ApiResponse<?> callWithResponse(SessionApi api, Target target) {
      return api.getCurrentSessionWithResponse(target.cookie());
    }

    @Override
    CompletableFuture<? extends ApiResponse<?>> callWithResponseAsync(SessionApi api, Target target) {
      return api.getCurrentSessionWithResponseAsync(target.cookie());
    }

    @Override
    public void verify(Object result, Target target) {
      assertIsTheSession(result, target);
    }
  },
  REFRESH_ME("refresh-me", "POST /api/v1/sessions/me/lifecycle/refresh") {
    @Override
    Object call(SessionApi api, Target target) {
      return api.refreshCurrentSession(target.cookie());
    }

    @Override
    CompletableFuture<?> callAsync(SessionApi api, Target target) {
      return api.refreshCurrentSessionAsync(target.cookie());
    }

    @Override
    ApiResponse<?> callWithResponse(SessionApi api, Target target) {
      return api.refreshCurrentSessionWithResponse(target.cookie());
    }

    @Override
    CompletableFuture<? extends ApiResponse<?>> callWithResponseAsync(SessionApi api, Target target) {
      return api.refreshCurrentSessionWithResponseAsync(target.cookie());
    }

    @Override
    public void verify(Object result, Target target) {
      assertIsTheRefreshedSession(result, target);
    }
  },
  CLOSE_ME("close-me", "DELETE /api/v1/sessions/me") {
    @Override
    Object call(SessionApi api, Target target) {
      api.closeCurrentSession(target.cookie());
      return null;
    }

    @Override
    CompletableFuture<?> callAsync(SessionApi api, Target target) {
      return api.closeCurrentSessionAsync(target.cookie());
    }

    @Override
    ApiResponse<?> callWithResponse(SessionApi api, Target target) {
      return api.closeCurrentSessionWithResponse(target.cookie());
    }

    @Override
    CompletableFuture<? extends ApiResponse<?>> callWithResponseAsync(SessionApi api, Target target) {
      return api.closeCurrentSessionWithResponseAsync(target.cookie());
    }

    @Override
    public void verify(Object result, Target target) {
      assertThat(result).isNull();
      assertThat(target.okta().session(target.session().id())).isEmpty();
    }
  };

  /** POSTs: never retried after Okta may have acted (a 5xx, a dropped connection), only after a 429. */
  /** The four forms every operation comes in. */
  public enum Form {
    SYNC,
    ASYNC,
    SYNC_WITH_RESPONSE,
    ASYNC_WITH_RESPONSE
  }

  static final Set<Endpoint> POSTS = EnumSet.of(CREATE, REFRESH, REFRESH_ME);
  static final Set<Endpoint> GETS = EnumSet.of(GET, GET_ME);
  /** The DELETEs, which answer 204 without a body. */
  static final Set<Endpoint> DELETES = EnumSet.of(END, REVOKE_USER, CLOSE_ME);
  /** Those that return a session; the others return nothing. */
  static final Set<Endpoint> WITH_SESSION = EnumSet.of(CREATE, GET, REFRESH, GET_ME, REFRESH_ME);

  /** How long a test waits for an asynchronous call before it calls it a hang. */
  static final long CALL_SECONDS = 30;

  public final String label;
  public final String request;

  Endpoint(String label, String request) {
    this.label = label;
    this.request = request;
  }

  /** The blocking form; returns the session, or null for the DELETEs. */
  abstract Object call(SessionApi api, Target target);

  abstract CompletableFuture<?> callAsync(SessionApi api, Target target);

  abstract ApiResponse<?> callWithResponse(SessionApi api, Target target);

  abstract CompletableFuture<? extends ApiResponse<?>> callWithResponseAsync(SessionApi api, Target target);

  /**
   * One call in {@code form}; for the {@code WithResponse} forms, the result is the response's body once its status
   * is checked to be 2xx.
   */
  public Outcome call(SessionApi api, Target target, Form form) {
    switch (form) {
      case SYNC:
        return Outcome.of(() -> call(api, target));
      case ASYNC:
        return Outcome.ofAsync(() -> callAsync(api, target), CALL_SECONDS);
      case SYNC_WITH_RESPONSE:
        return Outcome.of(() -> bodyOf(callWithResponse(api, target)));
      default:
        return Outcome.ofAsync(() -> callWithResponseAsync(api, target).thenApply(Endpoint::bodyOf), CALL_SECONDS);
    }
  }

  private static Object bodyOf(ApiResponse<?> response) {
    if (response.status() < 200 || response.status() > 299) {
      throw new AssertionError("a WithResponse form returned status " + response.status());
    }
    return response.body();
  }

  /** Checks that a successful call did what it says, at FakeOkta as well as in its result. */
  public abstract void verify(Object result, Target target);

  private static void assertIsTheSession(Object result, Target target) {
    Session session = (Session) result;
    assertThat(session.id()).isEqualTo(target.session().id());
    assertThat(session.userId()).isEqualTo(target.userId());
  }

  private static void assertIsTheRefreshedSession(Object result, Target target) {
    assertIsTheSession(result, target);
    FakeSession now = target.okta().session(target.session().id()).orElseThrow();
    assertThat(((Session) result).expiresAt()).isEqualTo(now.expiresAt());
    assertThat(now.expiresAt()).isAtLeast(target.session().expiresAt());
  }
}
