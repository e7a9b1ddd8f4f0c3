package io.typedclient.processor.jsontype;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedclient.processor.testing.Compiler.api;
import static io.typedclient.processor.testing.Compiler.compile;
import static io.typedclient.processor.testing.Compiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The one JSON type rule closes every way a type used to reach Moshi's reflective adapters silently: each such
 * type is a compile error on the element, tagged {@code [typedclient:json-type]}, that says what to do. First the
 * declarations that compiled and then failed or reflected at run time (one test each, named after the case), then
 * the same rule for properties, bodies and results and at any depth inside them.
 */
class JsonTypeRuleTest {
  private static final JavaFileObject BOOK = source("test.Book",
      "package test;",
      "@io.typedclient.JsonModel",
      "public record Book(String id, String title) {}");
  /** An enum without {@code @JsonModel}, with a JSON name Moshi would read by reflection. */
  private static final JavaFileObject GENRE = source("test.Genre",
      "package test;",
      "public enum Genre {",
      "  @com.squareup.moshi.Json(name = \"sci-fi\") SCIENCE_FICTION,",
      "  POETRY",
      "}");
  /** A class of the user's own sources without {@code @JsonModel}. */
  private static final JavaFileObject SHELF = source("test.Shelf",
      "package test;",
      "public final class Shelf {",
      "  public final String name;",
      "  public Shelf(String name) { this.name = name; }",
      "}");
  private static final String OPTIONAL_RESULT = "Optional has no JSON form and no adapter; declare Book itself: it"
      + " is null when the JSON is null, and a missing resource is an HttpStatusException (404)";
  private static final String OBJECT = "Object has no fixed shape: Moshi reads it into maps and lists and writes it"
      + " by looking up each value's class at run time; declare a concrete type";
  /**
   * Compiles the interface of {@code lines} with the shared models, and asserts that it fails with exactly one
   * error: {@code message}, tagged json-type, on the line containing {@code line}.
   */
  private static void assertOneError(String message, String line, String... lines) {
    JavaFileObject api = api(lines);

    Compilation compilation = compile(api, BOOK, GENRE, SHELF);

    assertThat(compilation).hadErrorContaining("[typedclient:json-type] " + message).inFile(api)
        .onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void optionalResult() {
    assertOneError("return type Optional<Book> is not supported: " + OPTIONAL_RESULT + " for method Api.find",
        "Optional<Book> find(",
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/books/{id}\")",
        "  Optional<Book> find(@Path(\"id\") String id);",
        "}");
  }

  @Test
  void aGenericModelsTypeArgumentsAreCarriedToo() {
    assertOneError("return type Api.Page<Object> is not supported: " + OBJECT + " for method Api.page",
        "Page<Object> page()",
        "@HttpApi",
        "interface Api {",
        "  @io.typedclient.JsonModel",
        "  record Page<T>(List<T> items) {}",
        "  @GET(\"/books\")",
        "  Page<Object> page();",
        "}");
  }

  @Test
  void objectResult() {
    assertOneError("return type Object is not supported: " + OBJECT + " for method Api.first",
        "Object first()",
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/books/first\")",
        "  Object first();",
        "}");
  }

  @Test
  void mapWithIntegerKeysAsBody() {
    assertOneError("@Body parameter #1 m has the type Map<Integer, Book>, which is not supported: map keys must be"
            + " String, the only type a JSON object's names have; declare Map<String, Book> for method Api.bulk",
        "Map<Integer, Book> m",
        "@HttpApi",
        "interface Api {",
        "  @POST(\"/books/bulk\")",
        "  void bulk(@Body Map<Integer, Book> m);",
        "}");
  }

  @Test
  void plainEnumResult() {
    assertOneError("return type Genre is not supported: enum Genre is not annotated @JsonModel, and Moshi's own enum"
            + " adapter finds its constants by reflection; annotate Genre with @io.typedclient.JsonModel, or, if the"
            + " application's Moshi has an adapter registered for it, name it in @HttpApi(fromMoshi = Genre.class)"
            + " on Api for method Api.genre",
        "Genre genre(",
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/books/{id}/genre\")",
        "  Genre genre(@Path(\"id\") String id);",
        "}");
  }

  @Test
  void httpResponseInsideAResult() {
    assertOneError("return type List<HttpResponse> is not supported: HttpResponse is not a JSON value: byte[],"
            + " HttpResponse and StreamingResponse are results of their own, never inside another type; for the"
            + " status and headers with a decoded body, return ApiResponse<T> (ApiResponse<Void> for none) for"
            + " method Api.raw",
        "HttpResponse> raw()",
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/books\")",
        "  List<io.typedclient.runtime.HttpResponse> raw();",
        "}");
  }

  @Test
  void inputStreamResult() {
    assertOneError("return type InputStream is not supported: InputStream is not a JSON value; return byte[] or"
            + " HttpResponse for a small raw body, or StreamingResponse to read one as it arrives for method"
            + " Api.cover",
        "InputStream cover(",
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/books/{id}/cover\")",
        "  java.io.InputStream cover(@Path(\"id\") String id);",
        "}");
  }

  @Test
  void ownClassWithoutJsonModelAsBody() {
    assertOneError("@Body parameter #1 shelf has the type Shelf, which is not supported: Shelf has no adapter that"
            + " generated code can construct: annotate Shelf with @JsonModel, or name its hand-written adapter with"
            + " @JsonAdaptedBy; or, if the application's Moshi has an adapter registered for it, name it in"
            + " @HttpApi(fromMoshi = Shelf.class) on Api for method Api.addShelf",
        "@Body Shelf shelf",
        "@HttpApi",
        "interface Api {",
        "  @POST(\"/shelves\")",
        "  void addShelf(@Body Shelf shelf);",
        "}");
  }

  @Test
  void ownClassWithoutJsonModelAsResult() {
    assertOneError("return type CompletableFuture<Shelf> is not supported: Shelf has no adapter that generated code"
            + " can construct: annotate Shelf with @JsonModel",
        "CompletableFuture<Shelf> shelf(",
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/shelves/{name}\")",
        "  CompletableFuture<Shelf> shelf(@Path(\"name\") String name);",
        "}");
  }

  @Test
  void byteArrayBodySaysWhatIsSupported() {
    assertOneError("@Body parameter #2 cover has the type byte[], which is not supported: byte[] is not a JSON value;"
            + " a raw request body is a RequestBody: @Body RequestBody sends bytes, text or a stream with its content"
            + " type for method Api.upload",
        "@Body byte[] cover",
        "@HttpApi",
        "interface Api {",
        "  @PUT(\"/books/{id}/cover\")",
        "  void upload(@Path(\"id\") String id, @Body byte[] cover);",
        "}");
  }

  @Test
  void theSameRuleDeepInsideAResult() {
    assertOneError("return type CompletableFuture<ApiResponse<List<Map<String, Optional<Book>>>>> is not supported: "
            + OPTIONAL_RESULT + " for method Api.deep",
        "deep()",
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/books/deep\")",
        "  CompletableFuture<ApiResponse<List<Map<String, Optional<Book>>>>> deep();",
        "}");
  }

  @Test
  void theSameRuleInsideABody() {
    assertOneError("@Body parameter #2 genres has the type Set<Genre>, which is not supported: enum Genre is not"
            + " annotated @JsonModel",
        "Set<Genre> genres",
        "@HttpApi",
        "interface Api {",
        "  @PUT(\"/books/{id}/genres\")",
        "  void tag(@Path(\"id\") String id, @Body java.util.Set<Genre> genres);",
        "}");
  }

  @Test
  void theSameRuleForObjectInsideABody() {
    assertOneError("@Body parameter #2 changes has the type Map<String, Object>, which is not supported: " + OBJECT,
        "Map<String, Object> changes",
        "@HttpApi",
        "interface Api {",
        "  @PATCH(\"/books/{id}\")",
        "  Book patch(@Path(\"id\") String id, @Body Map<String, Object> changes);",
        "}");
  }

  @Test
  void theSameRuleForProperties() {
    JavaFileObject model = source("test.Shelves",
        "package test;",
        "import java.util.List;",
        "import java.util.Map;",
        "import java.util.Optional;",
        "@io.typedclient.JsonModel",
        "public record Shelves(",
        "    Optional<Book> featured,",
        "    List<Shelf> shelves,",
        "    Map<Integer, Book> byNumber,",
        "    Genre genre) {}");

    Compilation compilation = compile(model, BOOK, GENRE, SHELF);

    assertThat(compilation).hadErrorContaining("[typedclient:json-type] property 'featured' has unsupported type"
            + " java.util.Optional<test.Book>: Optional has no JSON form and no adapter; declare Book itself: a"
            + " property that may be absent is annotated @Nullable")
        .inFile(model).onLineContaining("Optional<Book> featured");
    assertThat(compilation).hadErrorContaining("[typedclient:json-type] property 'shelves' has unsupported type"
            + " java.util.List<test.Shelf>: Shelf has no adapter that generated code can construct: annotate Shelf"
            + " with @JsonModel, or name its hand-written adapter with @JsonAdaptedBy; or, if the application's Moshi"
            + " has an adapter registered for it, name it in @JsonModel(fromMoshi = Shelf.class) on Shelves")
        .inFile(model).onLineContaining("List<Shelf> shelves");
    assertThat(compilation).hadErrorContaining("[typedclient:json-type] property 'byNumber' has unsupported type"
            + " java.util.Map<java.lang.Integer,test.Book>: map keys must be String")
        .inFile(model).onLineContaining("Map<Integer, Book> byNumber");
    assertThat(compilation).hadErrorContaining("[typedclient:json-type] property 'genre' has unsupported type"
            + " test.Genre: enum Genre is not annotated @JsonModel")
        .inFile(model).onLineContaining("Genre genre");
    assertThat(compilation).hadErrorCount(4);
  }

  @Test
  void platformTypesWithoutAnAdapter() {
    assertOneError("return type List<UUID> is not supported: UUID has no adapter in generated code, and Moshi has"
            + " none for it either; wrap it in a type with a @JsonAdaptedBy adapter, or, if the application's Moshi"
            + " has an adapter registered for it, name it in @HttpApi(fromMoshi = UUID.class) on Api for method"
            + " Api.ids",
        "ids()",
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/books/ids\")",
        "  List<java.util.UUID> ids();",
        "}");
  }

  @Test
  void collectionsOtherThanListSetAndMap() {
    assertOneError("return type Collection<Book> is not supported: declare collections as List, Set or"
            + " Map<String, V>, which generated code reads into unmodifiable collections for method Api.all",
        "all()",
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/books\")",
        "  java.util.Collection<Book> all();",
        "}");
  }
}
