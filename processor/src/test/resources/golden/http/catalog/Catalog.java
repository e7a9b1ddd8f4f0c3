package golden.catalog;

import com.squareup.moshi.Json;
import io.typedclient.Body;
import io.typedclient.GET;
import io.typedclient.HEAD;
import io.typedclient.Header;
import io.typedclient.Headers;
import io.typedclient.HttpApi;
import io.typedclient.JsonModel;
import io.typedclient.PATCH;
import io.typedclient.POST;
import io.typedclient.PUT;
import io.typedclient.Path;
import io.typedclient.Query;
import io.typedclient.runtime.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Holds a nested interface, whose client is Catalog_ApiClient. */
public final class Catalog {
  private Catalog() {}

  /**
   * PUT, PATCH, HEAD; primitives, iterable query values, generic JSON types; parameters named like the
   * generated locals and fields; and close() from AutoCloseable, which the client implements.
   */
  @HttpApi
  @Headers({"Accept: application/json", "X-Client:catalog "})
  public interface Api extends AutoCloseable {
    @PUT("/items/{itemId}")
    Item putItem(@Path("itemId") long itemId, @Body Item item);

    @Headers("Prefer: return=minimal")
    @PATCH("/items/{itemId}")
    CompletableFuture<Item> patchItem(@Path("itemId") long itemId, @Body Map<String, String> changes);

    @HEAD("/items/{itemId}")
    ApiResponse<Void> itemExists(@Path("itemId") long itemId);

    @HEAD("/items/{itemId}/image.png")
    CompletableFuture<ApiResponse<Void>> probeImage(@Path("itemId") long itemId);

    @GET("/items")
    CompletableFuture<ApiResponse<List<Item>>> search(
        @Query("tag") List<String> tags, @Query("limit") int limit, @Header("X-Page") Integer page);

    @GET("/items/{itemId}/related")
    List<Item> related(
        @Path("itemId") long itemId,
        @Query("request") String request,
        @Header("X-Runtime") String runtime,
        @Query("adapter") String listOfItemAdapter);

    @POST("/items/{itemId}/views")
    int countView(@Path("itemId") long itemId, @Header("X-Weight") int weight);

    /** Enums go by their JSON names, in the path, the query and headers; one Iterable's elements each. */
    @GET("/shelves/{shelf}/items")
    List<Item> browse(
        @Path("shelf") Shelf shelf,
        @Query("sort") Sort sort,
        @Query("also") Set<Shelf> also,
        @Header("X-Sort") Sort headerSort);

    /** Without "throws Exception": closing the client throws nothing checked. */
    @Override
    void close();
  }

  /** Sent by JSON name; not a @JsonModel, which only bodies and results need. */
  public enum Sort {
    @Json(name = "newest-first")
    NEWEST,
    @Json(name = "oldest-first")
    OLDEST,
    PRICE
  }

  /** No constant renamed: each is sent by its name. */
  public enum Shelf {
    FRONT,
    BACK
  }

  @JsonModel
  public static final class Item {
    public final String name;

    public Item(String name) {
      this.name = name;
    }
  }
}
