package io.typedclient.it.http;

import io.typedclient.Body;
import io.typedclient.DELETE;
import io.typedclient.GET;
import io.typedclient.HEAD;
import io.typedclient.Header;
import io.typedclient.Headers;
import io.typedclient.HttpApi;
import io.typedclient.PATCH;
import io.typedclient.POST;
import io.typedclient.PUT;
import io.typedclient.Path;
import io.typedclient.Query;
import io.typedclient.runtime.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * An interface compiled by the processor in this module's ordinary build (with {@code -Werror}); the
 * end-to-end tests call its generated {@link ItemsApiClient} over real HTTP. {@link Item} is not a
 * {@code @JsonModel}: its adapter is written by hand and registered in the application's Moshi, which
 * {@code fromMoshi} says, so the client asks that Moshi for it (and for nothing else).
 */
@HttpApi(fromMoshi = Item.class)
@Headers("Accept: application/json")
public interface ItemsApi {
  @GET("/items/{id}")
  Item get(@Path("id") String id);

  @GET("/items/{id}")
  CompletableFuture<Item> getAsync(@Path("id") String id);

  @GET("/items/{id}")
  ApiResponse<Item> getResponse(@Path("id") String id);

  @GET("/items/{id}")
  CompletableFuture<ApiResponse<Item>> getResponseAsync(@Path("id") String id);

  @GET("/items")
  List<Item> search(@Query("q") String query, @Query("tag") List<String> tags, @Query("limit") Integer limit);

  @POST("/items")
  Item create(@Body Item item);

  @PUT("/items/{id}")
  Item replace(@Path("id") String id, @Body Item item);

  @PATCH("/items/{id}")
  Item rename(@Path("id") String id, @Body Map<String, String> changes);

  @DELETE("/items/{id}")
  void delete(@Path("id") String id);

  @DELETE("/items/{id}")
  CompletableFuture<Void> deleteAsync(@Path("id") String id);

  @HEAD("/items/{id}")
  ApiResponse<Void> exists(@Path("id") String id);

  @HEAD("/items/{id}")
  CompletableFuture<ApiResponse<Void>> existsAsync(@Path("id") String id);

  @Headers("X-Trace-Kind: e2e")
  @GET("/items/{id}/owner")
  String owner(@Path("id") String id, @Header("X-Trace") String trace, @Header("X-Attempt") int attempt);

  @GET("/items/{id}/owner")
  CompletableFuture<String> ownerAsync(@Path("id") String id, @Header("X-Trace") String trace);

  @POST("/items/{id}/views")
  int countView(@Path("id") long id);

  @GET("/files/{name}/meta")
  String fileMeta(@Path("name") String name);
}
