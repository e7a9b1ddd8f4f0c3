package golden.sessions;

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

/** The Okta Sessions endpoints: the verbs that API uses, sync and async, with and without ApiResponse. */
@HttpApi
@Headers("Accept: application/json")
public interface SessionApi {
  @POST("/api/v1/sessions")
  Session createSession(@Body CreateSessionRequest body);

  @GET("/api/v1/sessions/{sessionId}")
  Session getSession(@Path("sessionId") String sessionId);

  @GET("/api/v1/sessions/{sessionId}")
  CompletableFuture<Session> getSessionAsync(@Path("sessionId") String sessionId);

  @GET("/api/v1/sessions/{sessionId}")
  ApiResponse<Session> getSessionResponse(@Path("sessionId") String sessionId);

  @POST("/api/v1/sessions/{sessionId}/lifecycle/refresh")
  Session refreshSession(@Path("sessionId") String sessionId);

  @DELETE("/api/v1/sessions/{sessionId}")
  void endSession(@Path("sessionId") String sessionId);

  @DELETE("/api/v1/sessions/{sessionId}")
  CompletableFuture<Void> endSessionAsync(@Path("sessionId") String sessionId);

  @DELETE("/api/v1/users/{userId}/sessions")
  void revokeUserSessions(
      @Path("userId") String userId,
      @Query("oauthTokens") Boolean oauthTokens,
      @Query("forgetDevices") boolean forgetDevices);

  @Headers("Cache-Control: no-store")
  @GET("/api/v1/sessions/me")
  CompletableFuture<ApiResponse<Session>> getCurrentSession(@Header("Cookie") String cookie);

  @POST("/api/v1/sessions/me/lifecycle/refresh")
  ApiResponse<Void> refreshCurrentSession(@Header("Cookie") String cookie);
}
