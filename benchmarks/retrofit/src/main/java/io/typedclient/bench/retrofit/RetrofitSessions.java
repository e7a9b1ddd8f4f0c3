package io.typedclient.bench.retrofit;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.OkHttpClient;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Retrofit as its README sets it up: an OkHttp client with an auth interceptor, {@code MoshiConverterFactory}
 * over a Moshi that has one {@link Instant} adapter and otherwise reflects over {@link RetrofitSession}.
 */
public final class RetrofitSessions implements AutoCloseable {
  private final OkHttpClient http;
  private final RetrofitSessionApi api;

  private RetrofitSessions(OkHttpClient http, RetrofitSessionApi api) {
    this.http = http;
    this.api = api;
  }

  /** A client for the org at {@code baseUrl} (no trailing slash) with an API token. */
  public static RetrofitSessions create(String baseUrl, String apiToken) {
    String authorization = "SSWS " + apiToken;
    OkHttpClient http = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(10))
        .callTimeout(Duration.ofSeconds(30))
        .followRedirects(false)
        .addInterceptor(chain -> chain.proceed(
            chain.request().newBuilder().header("Authorization", authorization).build()))
        .build();
    Retrofit retrofit = new Retrofit.Builder()
        .baseUrl(baseUrl + "/")
        .client(http)
        .addConverterFactory(MoshiConverterFactory.create(moshi()))
        .build();
    return new RetrofitSessions(http, retrofit.create(RetrofitSessionApi.class));
  }

  /** The Moshi the converter uses: reflective adapters plus an {@link Instant} adapter. */
  public static Moshi moshi() {
    return new Moshi.Builder().add(Instant.class, new InstantAdapter().nullSafe()).build();
  }

  /** {@code GET /api/v1/sessions/{sessionId}}. */
  public RetrofitSession getSession(String sessionId) {
    try {
      Response<RetrofitSession> response = api.getSession(sessionId).execute();
      if (!response.isSuccessful()) {
        throw new IOException("GET /api/v1/sessions/{sessionId} returned HTTP " + response.code());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Releases OkHttp's pooled connections and dispatcher threads. */
  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** ISO-8601 instants, as Okta writes them. */
  static final class InstantAdapter extends JsonAdapter<Instant> {
    @Override
    public Instant fromJson(JsonReader reader) throws IOException {
      return Instant.parse(reader.nextString());
    }

    @Override
    public void toJson(JsonWriter writer, Instant value) throws IOException {
      writer.value(value.toString());
    }
  }
}
