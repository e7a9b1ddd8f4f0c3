package io.typedclient.bench.retrofit;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.Path;

/** The same interface shape as the client's {@code SessionApi}, in Retrofit's annotations. */
public interface RetrofitSessionApi {
  @GET("api/v1/sessions/{sessionId}")
  @Headers("Accept: application/json")
  Call<RetrofitSession> getSession(@Path("sessionId") String sessionId);
}
