package io.typedclient.it.vocab;

import io.typedclient.Body;
import io.typedclient.Field;
import io.typedclient.FieldMap;
import io.typedclient.FormUrlEncoded;
import io.typedclient.GET;
import io.typedclient.HEAD;
import io.typedclient.HeaderMap;
import io.typedclient.HttpApi;
import io.typedclient.Multipart;
import io.typedclient.POST;
import io.typedclient.PUT;
import io.typedclient.Part;
import io.typedclient.PartMap;
import io.typedclient.Path;
import io.typedclient.QueryMap;
import io.typedclient.Timeout;
import io.typedclient.Url;
import io.typedclient.runtime.FileUpload;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.RequestBody;
import io.typedclient.runtime.StreamingResponse;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The vocabulary beyond JSON, compiled by the processor in this module's ordinary build (with {@code -Werror}):
 * forms, multipart, raw and streamed bodies, the map forms, {@code @Url}, {@code @Timeout}, and the byte, raw
 * and streaming results, generic models. {@code VocabularyEndToEndTest} calls its generated client over both
 * transports.
 */
@HttpApi
public interface FilesApi {
  @FormUrlEncoded
  @POST("/form")
  Document form(
      @Field("name") String name,
      @Field("tag") List<String> tags,
      @Field("note") String note,
      @Field("format") List<Format> formats,
      @FieldMap Map<String, ?> more);

  @Multipart
  @POST("/upload")
  Document upload(
      @Part("title") String title,
      @Part(value = "notes", contentType = "text/markdown") String notes,
      @Part("count") int count,
      @Part("meta") Document meta,
      @Part("file") FileUpload file,
      @Part("raw") RequestBody raw,
      @PartMap Map<String, ?> extra);

  @Multipart
  @PUT("/upload")
  CompletableFuture<Document> uploadAsync(@Part("file") FileUpload file);

  @PUT("/raw")
  Document putRaw(@Body RequestBody body);

  @POST("/raw")
  CompletableFuture<Document> postRawAsync(@Body RequestBody body);

  @GET("/search")
  Document search(@QueryMap Map<String, ?> query, @HeaderMap Map<String, ?> headers);

  @GET
  Document follow(@Url String url);

  @GET
  CompletableFuture<Document> followAsync(@Url URI url);

  @GET
  Page<Document> page(@Url String url);

  @GET
  CompletableFuture<Page<Document>> pageAsync(@Url String url);

  @POST("/envelopes")
  Envelope<List<Document>, Integer> wrap(@Body Envelope<Document, String> single);

  @Timeout(value = 300, unit = ChronoUnit.MILLIS)
  @GET("/slow")
  Document slow();

  @Timeout(value = 300, unit = ChronoUnit.MILLIS)
  @GET("/slow")
  CompletableFuture<Document> slowAsync();

  @GET("/files/{name}")
  StreamingResponse download(@Path("name") String name);

  @GET("/files/{name}")
  CompletableFuture<StreamingResponse> downloadAsync(@Path("name") String name);

  @HEAD("/files/{name}")
  HttpResponse head(@Path("name") String name);

  @GET("/files/{name}")
  byte[] bytes(@Path("name") String name);

  @GET("/files/{name}")
  CompletableFuture<byte[]> bytesAsync(@Path("name") String name);

  @GET("/files/{name}")
  HttpResponse raw(@Path("name") String name);

  @GET("/files/{name}")
  CompletableFuture<HttpResponse> rawAsync(@Path("name") String name);
}
