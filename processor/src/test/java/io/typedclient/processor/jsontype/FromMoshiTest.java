package io.typedclient.processor.jsontype;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedclient.processor.testing.Compiler.api;
import static io.typedclient.processor.testing.Compiler.compile;
import static io.typedclient.processor.testing.Compiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The one way to let a type reach the application's Moshi: {@code fromMoshi} on the {@code @HttpApi} or
 * {@code @JsonModel} that carries it. What it names is asked of Moshi wherever it appears, and nothing else is;
 * what generated code wires itself cannot be named there.
 */
class FromMoshiTest {
  private static final JavaFileObject BOOK = source("test.Book",
      "package test;",
      "@io.typedclient.JsonModel",
      "public record Book(String id, String title) {}");
  private static final JavaFileObject SHELF = source("test.Shelf",
      "package test;",
      "public final class Shelf {",
      "  public final String name;",
      "  public Shelf(String name) { this.name = name; }",
      "}");

  @Test
  void namedTypesAreAskedOfMoshiWhereverTheyAppear() {
    JavaFileObject api = api(
        "@HttpApi(fromMoshi = {Shelf.class, java.util.UUID.class, Optional.class})",
        "interface Api {",
        "  @GET(\"/shelves/{name}\")",
        "  Shelf shelf(@Path(\"name\") String name);",
        "  @POST(\"/shelves\")",
        "  void add(@Body List<Shelf> shelves);",
        "  @GET(\"/ids\")",
        "  Map<String, Optional<java.util.UUID>> ids();",
        "  @GET(\"/books\")",
        "  List<Book> books();",
        "}");

    Compilation compilation = compile(api, BOOK, SHELF);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ApiClient").contentsAsUtf8String()
        .contains("this.shelfAdapter = moshi.adapter(Shelf.class);");
    assertThat(compilation).generatedSourceFile("test.ApiClient").contentsAsUtf8String()
        .contains("JsonAdapters.listOf(moshi.adapter(Shelf.class).nonNull()).nullSafe();");
    assertThat(compilation).generatedSourceFile("test.ApiClient").contentsAsUtf8String()
        .contains("JsonAdapters.mapOf(moshi.<Optional<UUID>>adapter(Types.newParameterizedType(Optional.class,");
    // A model next to them is still wired directly.
    assertThat(compilation).generatedSourceFile("test.ApiClient").contentsAsUtf8String()
        .contains("JsonAdapters.listOf(new BookJsonAdapter(moshi).nonNull()).nullSafe();");
  }

  @Test
  void aModelNamesItsOwn() {
    JavaFileObject model = source("test.Tagged",
        "package test;",
        "@io.typedclient.JsonModel(fromMoshi = java.util.UUID.class)",
        "public record Tagged(java.util.UUID id, java.util.List<java.util.UUID> more, Book book) {}");

    Compilation compilation = compile(model, BOOK);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.TaggedJsonAdapter").contentsAsUtf8String()
        .contains("moshi.adapter(UUID.class)");
    assertThat(compilation).generatedSourceFile("test.TaggedJsonAdapter").contentsAsUtf8String()
        .contains("new BookJsonAdapter(moshi)");
  }

  @Test
  void aTypeInsideAFromMoshiTypeMustBeFromMoshiToo() {
    JavaFileObject api = api(
        "@HttpApi(fromMoshi = Optional.class)",
        "interface Api {",
        "  @GET(\"/books/{id}\")",
        "  Optional<Book> find(@Path(\"id\") String id);",
        "}");

    Compilation compilation = compile(api, BOOK);

    assertThat(compilation).hadErrorContaining("[typedclient:json-type] return type Optional<Book> is not supported:"
            + " Optional<Book> comes from the application's Moshi (fromMoshi of @HttpApi on Api), which would then be"
            + " asked for Book as well; a type inside a fromMoshi type must be a String, a primitive, a box, or named"
            + " in fromMoshi too for method Api.find")
        .inFile(api).onLineContaining("Optional<Book> find(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anotherInterfacesOptInDoesNotCount() {
    JavaFileObject other = source("test.OtherApi",
        "package test;",
        "@io.typedclient.HttpApi(fromMoshi = Shelf.class)",
        "interface OtherApi {",
        "  @io.typedclient.GET(\"/shelf\") Shelf shelf();",
        "}");
    JavaFileObject api = api(
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/shelf\") Shelf shelf();",
        "}");

    Compilation compilation = compile(api, other, SHELF);

    assertThat(compilation).hadErrorContaining("[typedclient:json-type] return type Shelf is not supported: Shelf has"
            + " no adapter that generated code can construct")
        .inFile(api).onLineContaining("Shelf shelf()");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void typesThatGeneratedCodeWiresCannotBeNamed() {
    JavaFileObject adapted = source("test.Money",
        "package test;",
        "@io.typedclient.JsonAdaptedBy(MoneyAdapter.class)",
        "public final class Money {}");
    JavaFileObject adapter = source("test.MoneyAdapter",
        "package test;",
        "final class MoneyAdapter extends com.squareup.moshi.JsonAdapter<Money> {",
        "  @Override public Money fromJson(com.squareup.moshi.JsonReader reader) { return null; }",
        "  @Override public void toJson(com.squareup.moshi.JsonWriter writer, Money value) {}",
        "}");
    JavaFileObject api = api(
        "@HttpApi(fromMoshi = {",
        "    Book.class,",
        "    Money.class,",
        "    String.class,",
        "    List.class,",
        "    Map.class,",
        "    java.time.Instant.class,",
        "    int.class,",
        "    byte[].class,",
        "    ApiResponse.class})",
        "interface Api {",
        "  @GET(\"/books\") List<Book> books();",
        "}");

    Compilation compilation = compile(api, BOOK, adapted, adapter);

    assertFromMoshiError(compilation, api, "Book.class", "Book is @JsonModel: generated code constructs its adapter"
        + " itself; remove it from fromMoshi");
    assertFromMoshiError(compilation, api, "Money.class", "Money is @JsonAdaptedBy: generated code constructs its"
        + " adapter itself; remove it from fromMoshi");
    assertFromMoshiError(compilation, api, "String.class", "String is wired by generated code itself; remove it from"
        + " fromMoshi");
    assertFromMoshiError(compilation, api, "List.class", "List is wired by generated code itself");
    assertFromMoshiError(compilation, api, "Map.class", "Map is wired by generated code itself");
    assertFromMoshiError(compilation, api, "Instant.class", "Instant is wired by generated code itself");
    assertFromMoshiError(compilation, api, "int.class", "int needs no adapter from Moshi: generated code reads it"
        + " itself; remove it from fromMoshi");
    assertFromMoshiError(compilation, api, "byte[].class", "byte[] is an array, which Moshi's array adapter creates"
        + " by reflection; declare a List, and remove the array from fromMoshi");
    assertFromMoshiError(compilation, api, "ApiResponse.class", "ApiResponse is not a JSON value; remove it from"
        + " fromMoshi");
    assertThat(compilation).hadErrorCount(9);
  }

  @Test
  void anEnumModelHasNoProperties() {
    JavaFileObject model = source("test.Genre",
        "package test;",
        "@io.typedclient.JsonModel(fromMoshi = java.util.UUID.class)",
        "public enum Genre { POETRY }");

    Compilation compilation = compile(model);

    assertThat(compilation).hadErrorContaining("[typedclient:from-moshi] enum Genre has no properties for fromMoshi to"
            + " apply to; remove it")
        .inFile(model).onLineContaining("fromMoshi");
    assertThat(compilation).hadErrorCount(1);
  }

  private static void assertFromMoshiError(
      Compilation compilation, JavaFileObject api, String entry, String message) {
    assertThat(compilation).hadErrorContaining("[typedclient:from-moshi] " + message).inFile(api)
        .onLineContaining(entry);
  }
}
