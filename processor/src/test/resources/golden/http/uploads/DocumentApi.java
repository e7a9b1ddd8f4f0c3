package golden.uploads;

import io.typedclient.Body;
import io.typedclient.Field;
import io.typedclient.FieldMap;
import io.typedclient.FormUrlEncoded;
import io.typedclient.GET;
import io.typedclient.Header;
import io.typedclient.HeaderMap;
import io.typedclient.HttpApi;
import io.typedclient.Multipart;
import io.typedclient.POST;
import io.typedclient.PUT;
import io.typedclient.Part;
import io.typedclient.PartMap;
import io.typedclient.Path;
import io.typedclient.Query;
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

/** Every body kind, the map forms, @Url, @Timeout, the raw and streaming results, and a generic model. */
@HttpApi
public interface DocumentApi {
  @FormUrlEncoded
  @POST("/documents/search")
  List<Document> search(
      @Field("q") String query, @Field("tag") List<String> tags, @FieldMap Map<String, ?> more);

  @Multipart
  @POST("/documents")
  Document upload(
      @Part("title") String title,
      @Part(value = "notes", contentType = "text/markdown") String notes,
      @Part("meta") Document meta,
      @Part("file") FileUpload file,
      @Part("thumbnail") RequestBody thumbnail,
      @PartMap Map<String, String> extra);

  @PUT("/documents/{id}/content")
  void replaceContent(@Path("id") String id, @Body RequestBody content);

  @GET("/documents")
  List<Document> list(@QueryMap Map<String, ?> filter, @HeaderMap Map<String, String> headers);

  @GET
  Page<Document> next(@Url String next);

  @GET
  CompletableFuture<Page<Document>> nextAsync(@Url URI next);

  @POST("/documents/batch")
  Page<Page<Document>> batch(@Body Page<Document> documents);

  @Timeout(value = 10, unit = ChronoUnit.MINUTES)
  @GET("/documents/{id}/content")
  StreamingResponse download(@Path("id") String id, @Header("Range") String range);

  @Timeout(value = 10, unit = ChronoUnit.MINUTES)
  @GET("/documents/{id}/content")
  CompletableFuture<StreamingResponse> downloadAsync(@Path("id") String id, @Header("Range") String range);

  @GET("/documents/{id}/thumbnail")
  byte[] thumbnail(@Path("id") String id);

  @GET("/documents/{id}/thumbnail")
  CompletableFuture<byte[]> thumbnailAsync(@Path("id") String id);

  @Timeout(1500)
  @GET("/documents/{id}/summary")
  HttpResponse summary(@Path("id") String id);

  @GET("/documents/{id}/summary")
  CompletableFuture<HttpResponse> summaryAsync(@Path("id") String id);
}
