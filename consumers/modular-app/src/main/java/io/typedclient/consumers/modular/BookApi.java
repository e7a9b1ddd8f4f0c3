package io.typedclient.consumers.modular;

import io.typedclient.Body;
import io.typedclient.GET;
import io.typedclient.Headers;
import io.typedclient.HttpApi;
import io.typedclient.POST;
import io.typedclient.Path;
import java.util.concurrent.CompletableFuture;

/** The bookshop's API. */
@HttpApi
@Headers("Accept: application/json")
public interface BookApi {
  /** The book with this id. */
  @GET("/books/{id}")
  Book book(@Path("id") String id);

  /** The same, without blocking. */
  @GET("/books/{id}")
  CompletableFuture<Book> bookAsync(@Path("id") String id);

  /** Adds a book; the shop answers with what it stored. */
  @POST("/books")
  Book add(@Body Book book);
}
