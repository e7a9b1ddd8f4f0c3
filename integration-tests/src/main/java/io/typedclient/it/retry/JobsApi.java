package io.typedclient.it.retry;

import io.typedclient.Body;
import io.typedclient.DELETE;
import io.typedclient.GET;
import io.typedclient.HttpApi;
import io.typedclient.Idempotent;
import io.typedclient.POST;
import io.typedclient.PUT;
import io.typedclient.Path;
import io.typedclient.Query;
import java.util.concurrent.CompletableFuture;

/**
 * An interface compiled by the processor in this module's build, whose generated {@link JobsApiClient} the retry
 * tests call over real HTTP: idempotent methods, a POST, and a POST marked {@link Idempotent}, each blocking and
 * asynchronous. Bodies and results are JSON strings, which need no adapter of ours.
 */
@HttpApi
public interface JobsApi {
  @GET("/jobs/{id}")
  String status(@Path("id") String id);

  @GET("/jobs/{id}")
  CompletableFuture<String> statusAsync(@Path("id") String id);

  @PUT("/jobs/{id}")
  void replace(@Path("id") String id, @Body String spec);

  @DELETE("/jobs/{id}")
  CompletableFuture<Void> cancelAsync(@Path("id") String id);

  /** Starts a job: the server may have acted on it before its answer was lost, so it is sent once. */
  @POST("/jobs")
  String submit(@Body String spec);

  @POST("/jobs")
  CompletableFuture<String> submitAsync(@Body String spec);

  /** Only reads: safe to send again. */
  @Idempotent
  @POST("/jobs/search")
  String search(@Query("q") String query, @Body String filter);

  @Idempotent
  @POST("/jobs/search")
  CompletableFuture<String> searchAsync(@Query("q") String query, @Body String filter);
}
