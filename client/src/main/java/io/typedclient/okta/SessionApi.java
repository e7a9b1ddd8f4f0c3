package io.typedclient.okta;

import io.typedclient.Body;
import io.typedclient.DELETE;
import io.typedclient.GET;
import io.typedclient.Header;
import io.typedclient.Headers;
import io.typedclient.HttpApi;
import io.typedclient.POST;
import io.typedclient.Path;
import io.typedclient.Query;
import io.typedclient.runtime.ApiResponse;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The Okta Sessions API. Get one from {@link OktaSessions#builder()} or {@link OktaSessions#fromEnvironment()};
 * the implementation, {@code SessionApiClient}, is generated at build time and uses no reflection.
 *
 * <p>Every operation comes in four forms: {@code getSession} blocks and returns the result;
 * {@code getSessionAsync} returns a {@link CompletableFuture} at once and never blocks a thread (not even to wait
 * before a retry); {@code getSessionWithResponse} and {@code getSessionWithResponseAsync} return an
 * {@link ApiResponse} that adds the status and headers, for the {@code X-Okta-Request-Id} and the
 * {@linkplain RateLimit#of(ApiResponse) rate-limit values}.
 *
 * <p>An error status throws (or completes the future with) {@link OktaApiException}; a failure below HTTP, a
 * {@link io.typedclient.runtime.TransportException}. Path values are always sent as one path segment: a session
 * id such as {@code "../users"} cannot reach another resource.
 *
 * <p>Calls on a session by id, and {@code revokeUserSessions}, are authenticated with the client's API token or
 * access token. The current-session calls ({@code getCurrentSession}, {@code refreshCurrentSession},
 * {@code closeCurrentSession}) act on the caller's own session: they send the caller's {@code Cookie} header
 * value ({@code "sid=..."} or {@code "idx=..."}) and never the client's token.
 */
@HttpApi
@Headers("Accept: application/json")
public interface SessionApi {

  /**
   * Creates a session from a single-use session token (from the Authentication API). Never retried after Okta
   * may have seen the token (a 5xx or a dropped connection); a 429 is retried, as Okta refused it unread.
   */
  @POST("/api/v1/sessions")
  Session createSession(@Body CreateSessionRequest request);

  /** Asynchronous {@link #createSession}. */
  @POST("/api/v1/sessions")
  CompletableFuture<Session> createSessionAsync(@Body CreateSessionRequest request);

  /** {@link #createSession} with status and headers. */
  @POST("/api/v1/sessions")
  ApiResponse<Session> createSessionWithResponse(@Body CreateSessionRequest request);

  /** Asynchronous {@link #createSessionWithResponse}. */
  @POST("/api/v1/sessions")
  CompletableFuture<ApiResponse<Session>> createSessionWithResponseAsync(@Body CreateSessionRequest request);

  /** The session with this id; {@link OktaApiException#isNotFound()} once it has ended or expired. */
  @GET("/api/v1/sessions/{sessionId}")
  Session getSession(@Path("sessionId") String sessionId);

  /** Asynchronous {@link #getSession}. */
  @GET("/api/v1/sessions/{sessionId}")
  CompletableFuture<Session> getSessionAsync(@Path("sessionId") String sessionId);

  /** {@link #getSession} with status and headers. */
  @GET("/api/v1/sessions/{sessionId}")
  ApiResponse<Session> getSessionWithResponse(@Path("sessionId") String sessionId);

  /** Asynchronous {@link #getSessionWithResponse}. */
  @GET("/api/v1/sessions/{sessionId}")
  CompletableFuture<ApiResponse<Session>> getSessionWithResponseAsync(@Path("sessionId") String sessionId);

  /** Extends the session; the result has the new {@link Session#expiresAt()}. Not retried on 5xx (a POST). */
  @POST("/api/v1/sessions/{sessionId}/lifecycle/refresh")
  Session refreshSession(@Path("sessionId") String sessionId);

  /** Asynchronous {@link #refreshSession}. */
  @POST("/api/v1/sessions/{sessionId}/lifecycle/refresh")
  CompletableFuture<Session> refreshSessionAsync(@Path("sessionId") String sessionId);

  /** {@link #refreshSession} with status and headers. */
  @POST("/api/v1/sessions/{sessionId}/lifecycle/refresh")
  ApiResponse<Session> refreshSessionWithResponse(@Path("sessionId") String sessionId);

  /** Asynchronous {@link #refreshSessionWithResponse}. */
  @POST("/api/v1/sessions/{sessionId}/lifecycle/refresh")
  CompletableFuture<ApiResponse<Session>> refreshSessionWithResponseAsync(@Path("sessionId") String sessionId);

  /** Ends (revokes) the session (Okta answers 204). */
  @DELETE("/api/v1/sessions/{sessionId}")
  void endSession(@Path("sessionId") String sessionId);

  /** Asynchronous {@link #endSession}. */
  @DELETE("/api/v1/sessions/{sessionId}")
  CompletableFuture<@Nullable Void> endSessionAsync(@Path("sessionId") String sessionId);

  /** {@link #endSession} with status and headers. */
  @DELETE("/api/v1/sessions/{sessionId}")
  ApiResponse<@Nullable Void> endSessionWithResponse(@Path("sessionId") String sessionId);

  /** Asynchronous {@link #endSessionWithResponse}. */
  @DELETE("/api/v1/sessions/{sessionId}")
  CompletableFuture<ApiResponse<@Nullable Void>> endSessionWithResponseAsync(@Path("sessionId") String sessionId);

  /**
   * Revokes every session of a user. {@code oauthTokens} also revokes the OpenID Connect and OAuth tokens issued to
   * the user (Okta's default: false); {@code forgetDevices} clears the user's remembered factors (Okta's default:
   * true). A {@code null} parameter is left out, so Okta's default applies.
   */
  @DELETE("/api/v1/users/{userId}/sessions")
  void revokeUserSessions(
      @Path("userId") String userId,
      @Query("oauthTokens") @Nullable Boolean oauthTokens,
      @Query("forgetDevices") @Nullable Boolean forgetDevices);

  /** Asynchronous {@link #revokeUserSessions}. */
  @DELETE("/api/v1/users/{userId}/sessions")
  CompletableFuture<@Nullable Void> revokeUserSessionsAsync(
      @Path("userId") String userId,
      @Query("oauthTokens") @Nullable Boolean oauthTokens,
      @Query("forgetDevices") @Nullable Boolean forgetDevices);

  /** {@link #revokeUserSessions} with status and headers. */
  @DELETE("/api/v1/users/{userId}/sessions")
  ApiResponse<@Nullable Void> revokeUserSessionsWithResponse(
      @Path("userId") String userId,
      @Query("oauthTokens") @Nullable Boolean oauthTokens,
      @Query("forgetDevices") @Nullable Boolean forgetDevices);

  /** Asynchronous {@link #revokeUserSessionsWithResponse}. */
  @DELETE("/api/v1/users/{userId}/sessions")
  CompletableFuture<ApiResponse<@Nullable Void>> revokeUserSessionsWithResponseAsync(
      @Path("userId") String userId,
      @Query("oauthTokens") @Nullable Boolean oauthTokens,
      @Query("forgetDevices") @Nullable Boolean forgetDevices);

  /**
   * The session of the caller whose cookie this is ({@code "sid=..."} or {@code "idx=..."}, the value of the
   * browser's {@code Cookie} header). Sent without the client's token.
   */
  @GET("/api/v1/sessions/me")
  Session getCurrentSession(@Header("Cookie") String cookie);

  /** Asynchronous {@link #getCurrentSession}. */
  @GET("/api/v1/sessions/me")
  CompletableFuture<Session> getCurrentSessionAsync(@Header("Cookie") String cookie);

  /** {@link #getCurrentSession} with status and headers. */
  @GET("/api/v1/sessions/me")
  ApiResponse<Session> getCurrentSessionWithResponse(@Header("Cookie") String cookie);

  /** Asynchronous {@link #getCurrentSessionWithResponse}. */
  @GET("/api/v1/sessions/me")
  CompletableFuture<ApiResponse<Session>> getCurrentSessionWithResponseAsync(@Header("Cookie") String cookie);

  /** Extends the caller's own session (see {@link #getCurrentSession}). Sent without the client's token. */
  @POST("/api/v1/sessions/me/lifecycle/refresh")
  Session refreshCurrentSession(@Header("Cookie") String cookie);

  /** Asynchronous {@link #refreshCurrentSession}. */
  @POST("/api/v1/sessions/me/lifecycle/refresh")
  CompletableFuture<Session> refreshCurrentSessionAsync(@Header("Cookie") String cookie);

  /** {@link #refreshCurrentSession} with status and headers. */
  @POST("/api/v1/sessions/me/lifecycle/refresh")
  ApiResponse<Session> refreshCurrentSessionWithResponse(@Header("Cookie") String cookie);

  /** Asynchronous {@link #refreshCurrentSessionWithResponse}. */
  @POST("/api/v1/sessions/me/lifecycle/refresh")
  CompletableFuture<ApiResponse<Session>> refreshCurrentSessionWithResponseAsync(@Header("Cookie") String cookie);

  /** Ends the caller's own session: signs the user out (see {@link #getCurrentSession}). */
  @DELETE("/api/v1/sessions/me")
  void closeCurrentSession(@Header("Cookie") String cookie);

  /** Asynchronous {@link #closeCurrentSession}. */
  @DELETE("/api/v1/sessions/me")
  CompletableFuture<@Nullable Void> closeCurrentSessionAsync(@Header("Cookie") String cookie);

  /** {@link #closeCurrentSession} with status and headers. */
  @DELETE("/api/v1/sessions/me")
  ApiResponse<@Nullable Void> closeCurrentSessionWithResponse(@Header("Cookie") String cookie);

  /** Asynchronous {@link #closeCurrentSessionWithResponse}. */
  @DELETE("/api/v1/sessions/me")
  CompletableFuture<ApiResponse<@Nullable Void>> closeCurrentSessionWithResponseAsync(@Header("Cookie") String cookie);
}
