package io.typedclient.processor.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedclient.processor.testing.Compiler.api;
import static io.typedclient.processor.testing.Compiler.compile;
import static io.typedclient.processor.testing.Compiler.source;

import com.google.testing.compile.Compilation;
import io.typedclient.processor.testing.GoldenFiles;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A generic {@code @JsonModel} where it is used: every use must say what its type arguments are, since its adapter
 * is given theirs by the code that uses it. A raw {@code Page}, a {@code Page<?>} and a type variable that no
 * generated code can resolve are compile errors on the element; a type argument filled in by an interface the
 * {@code @HttpApi} extends is resolved.
 */
class GenericModelUseTest {
  private static final JavaFileObject PAGE = source("test.Page",
      "package test;",
      "@io.typedclient.JsonModel",
      "public record Page<T>(java.util.List<T> items, String next) {}");
  private static final JavaFileObject BOOK = source("test.Book",
      "package test;",
      "@io.typedclient.JsonModel",
      "public record Book(String id) {}");
  /** An interface of endpoints that leaves the type of its items to the {@code @HttpApi} that extends it. */
  private static final JavaFileObject LISTING = source("test.Listing",
      "package test;",
      "interface Listing<T> {",
      "  @io.typedclient.GET(\"/items\")",
      "  Page<T> items();",
      "}");
  private static final String RAW = "Page is a raw type, which has no type information; give its type arguments";

  private static void assertOneError(JavaFileObject file, String message, String line) {
    Compilation compilation = compile(file, PAGE, BOOK);

    assertThat(compilation).hadErrorContaining("[typedclient:json-type] " + message).inFile(file)
        .onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aRawGenericModelAsResult() {
    JavaFileObject api = api(
        "@HttpApi",
        "interface Api {",
        "  @SuppressWarnings(\"rawtypes\")",
        "  @GET(\"/books\")",
        "  Page books();",
        "}");

    assertOneError(api, "return type Page is not supported: " + RAW + " for method Api.books", "Page books()");
  }

  @Test
  void aRawGenericModelAsBody() {
    JavaFileObject api = api(
        "@HttpApi",
        "interface Api {",
        "  @POST(\"/books\")",
        "  void add(@Body @SuppressWarnings(\"rawtypes\") Page books);",
        "}");

    assertOneError(api, "@Body parameter #1 books has the type Page, which is not supported: " + RAW
        + " for method Api.add", "Page books)");
  }

  @Test
  void aRawGenericModelAsJsonPart() {
    JavaFileObject api = api(
        "@HttpApi",
        "interface Api {",
        "  @Multipart",
        "  @POST(\"/books\")",
        "  void add(@Part(\"books\") @SuppressWarnings(\"rawtypes\") Page books);",
        "}");

    assertOneError(api, "@Part parameter #1 books has the type Page, which is not supported as a JSON part: " + RAW
        + " for method Api.add", "Page books)");
  }

  @Test
  void aRawGenericModelAsPropertyOfAnotherModel() {
    JavaFileObject shelf = source("test.Shelf",
        "package test;",
        "@io.typedclient.JsonModel",
        "@SuppressWarnings(\"rawtypes\")",
        "public record Shelf(String name,",
        "    Page books) {}");

    assertOneError(shelf, "property 'books' has unsupported type test.Page: " + RAW, "Page books");
  }

  @Test
  void aWildcardTypeArgument() {
    JavaFileObject api = api(
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/books\")",
        "  Page<?> books();",
        "}");

    assertOneError(api, "return type Page<?> is not supported: it has the wildcard ?; name the type instead for"
        + " method Api.books", "Page<?> books()");
  }

  @Test
  void aTypeVariableLeftOpenByARawSuperInterface() {
    JavaFileObject api = source("test.Api",
        "package test;",
        "@io.typedclient.HttpApi",
        "@SuppressWarnings(\"rawtypes\")",
        "interface Api extends Listing {}");

    Compilation compilation = compile(api, LISTING, PAGE, BOOK);

    assertThat(compilation).hadErrorContaining("[typedclient:json-type] return type Page is not supported: " + RAW
        + " for method Listing.items (inherited by Api)").inFile(LISTING).onLineContaining("Page<T> items()");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aTypeVariableFilledInBySuperInterfaceIsResolved() {
    JavaFileObject api = source("test.Api",
        "package test;",
        "@io.typedclient.HttpApi",
        "interface Api extends Listing<Book> {}");

    Compilation compilation = compile(api, LISTING, PAGE, BOOK);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(GoldenFiles.generated(compilation, "test.ApiClient").replaceAll("\\s+", " "))
        .contains("new PageJsonAdapter<>(moshi, new BookJsonAdapter(moshi)");
  }
}
