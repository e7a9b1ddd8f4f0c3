package io.typedclient.shrinktest.retrofit;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * The same lifecycle as {@code SessionsDemo}, written the usual way: a Retrofit interface, and Moshi's reflective
 * adapters for plain model classes (what {@code MoshiConverterFactory.create()} does without generated adapters).
 * It works as compiled; the shrink test shows that under R8 in full mode, with Retrofit's and Moshi's own rules and
 * the app keeping nothing but {@link #main}, it does not.
 *
 * <p>Arguments: the org URL, the API token, a session token.
 */
public final class RetrofitSessionsDemo {
  private RetrofitSessionsDemo() {}

  interface SessionsService {
    @POST("api/v1/sessions")
    Call<SessionJson> createSession(@Body CreateSessionJson request);

    @GET("api/v1/sessions/{sessionId}")
    Call<SessionJson> getSession(@Path("sessionId") String sessionId);

    @POST("api/v1/sessions/{sessionId}/lifecycle/refresh")
    Call<SessionJson> refreshSession(@Path("sessionId") String sessionId);

    @DELETE("api/v1/sessions/{sessionId}")
    Call<Void> endSession(@Path("sessionId") String sessionId);
  }

  static final class CreateSessionJson {
    String sessionToken;
  }

  static final class SessionJson {
    String id;
    String userId;
    String login;
    String status;
    String expiresAt;
    List<String> amr;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: RetrofitSessionsDemo <orgUrl> <apiToken> <sessionToken>");
      System.exit(2);
    }
    String apiToken = args[1];
    OkHttpClient http = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(
            chain.request().newBuilder().header("Authorization", "SSWS " + apiToken).build()))
        .build();
    SessionsService sessions = new Retrofit.Builder()
        .baseUrl(args[0] + "/")
        .client(http)
        .addConverterFactory(MoshiConverterFactory.create(new Moshi.Builder().build()))
        .build()
        .create(SessionsService.class);
    try {
      CreateSessionJson request = new CreateSessionJson();
      request.sessionToken = args[2];
      SessionJson created = body(sessions.createSession(request).execute(), "create");
      System.out.println("create: status=" + created.status + " userId=" + created.userId + " login="
          + created.login + " amr=" + created.amr + " expiresAt=" + created.expiresAt);
      check(created.id != null && "ACTIVE".equals(created.status), "create did not give an active session");

      SessionJson read = body(sessions.getSession(created.id).execute(), "get");
      check(created.id.equals(read.id), "get returned another session");
      System.out.println("get: status=" + read.status);

      SessionJson refreshed = body(sessions.refreshSession(created.id).execute(), "refresh");
      System.out.println("refresh: expiresAt=" + refreshed.expiresAt);

      Response<Void> ended = sessions.endSession(created.id).execute();
      check(ended.code() == 204, "end answered " + ended.code());
      System.out.println("end: done");

      int after = sessions.getSession(created.id).execute().code();
      check(after == 404, "get after end answered " + after);
      System.out.println("get after end: " + after);
      System.out.println("lifecycle complete");
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private static SessionJson body(Response<SessionJson> response, String step) throws IOException {
    if (!response.isSuccessful()) {
      throw new IllegalStateException(step + " answered " + response.code() + " " + response.errorBody().string());
    }
    return response.body();
  }

  private static void check(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalStateException(problem);
    }
  }
}
