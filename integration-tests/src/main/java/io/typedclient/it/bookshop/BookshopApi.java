package io.typedclient.it.bookshop;

import io.typedclient.Body;
import io.typedclient.GET;
import io.typedclient.Header;
import io.typedclient.HttpApi;
import io.typedclient.PATCH;
import io.typedclient.POST;
import io.typedclient.Path;
import io.typedclient.Query;
import java.util.List;

/** Every endpoint here is wired by generated code: the client never asks Moshi for a model, an enum or a patch. */
@HttpApi
public interface BookshopApi {
  @GET("/books")
  List<Book> search(@Query("genre") Genre genre, @Query("also") List<Genre> also, @Query("q") String query);

  @GET("/formats/{format}/books")
  List<Book> inFormat(@Path("format") Format format, @Header("X-Preferred-Format") Format preferred);

  @POST("/books")
  Book add(@Body Book book);

  @PATCH("/books/{id}")
  Book patch(@Path("id") String id, @Body BookPatch patch);
}
