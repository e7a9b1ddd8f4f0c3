package io.typedclient.processor.http;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedclient.processor.testing.Compiler.compile;
import static io.typedclient.processor.testing.Compiler.httpSource;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * HTTP method annotations where no client implements them are compile errors on the element, instead of a
 * "cannot find symbol ...Client" where the user uses the client.
 */
class EndpointPlacementTest {

  @Test
  void anInterfaceWithEndpointsButWithoutHttpApi() {
    JavaFileObject source = httpSource("test.Bookshop",
        "interface Bookshop {",
        "  @GET(\"/books/{id}\")",
        "  String book(@Path(\"id\") String id);",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("[typedclient:http-api-missing] interface Bookshop has endpoints"
            + " (@GET book()) but is not annotated @HttpApi, so no BookshopClient is generated for it; annotate it"
            + " with @io.typedclient.HttpApi")
        .inFile(source).onLineContaining("interface Bookshop");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aNestedOneNamesTheClientItWouldHave() {
    JavaFileObject source = httpSource("test.Outer",
        "final class Outer {",
        "  interface Api {",
        "    @DELETE(\"/books/{id}\")",
        "    void remove(@Path(\"id\") String id);",
        "  }",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("[typedclient:http-api-missing] interface Outer.Api has endpoints"
            + " (@DELETE remove()) but is not annotated @HttpApi, so no Outer_ApiClient is generated")
        .inFile(source).onLineContaining("interface Api");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aBaseThatAnHttpApiExtendsNeedsNone() {
    JavaFileObject base = httpSource("test.Base",
        "interface Base {",
        "  @GET(\"/base\") String base();",
        "}");
    JavaFileObject middle = httpSource("test.Middle",
        "interface Middle extends Base {",
        "  @GET(\"/middle\") String middle();",
        "}");
    JavaFileObject api = httpSource("test.Api",
        "@HttpApi",
        "interface Api extends Middle {",
        "  @GET(\"/api\") String api();",
        "}");

    Compilation compilation = compile(base, middle, api);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aGenericBaseNeedsNone() {
    JavaFileObject base = httpSource("test.Resource",
        "public interface Resource<T> {",
        "  @GET(\"/{id}\") T get(@Path(\"id\") String id);",
        "}");

    Compilation compilation = compile(base);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void anEndpointOnAClassMethod() {
    JavaFileObject source = httpSource("test.Shop",
        "abstract class Shop {",
        "  @GET(\"/books\")",
        "  abstract String books();",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("[typedclient:endpoint-in-class] @GET on method Shop.books of a class:"
            + " endpoints are the abstract methods of an @HttpApi interface, whose client the processor writes;"
            + " declare it there")
        .inFile(source).onLineContaining("@GET(\"/books\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anEndpointOnARecordMethod() {
    JavaFileObject source = httpSource("test.Shop",
        "record Shop(String name) {",
        "  @POST(\"/books\") String books() { return name; }",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("[typedclient:endpoint-in-class] @POST on method Shop.books of a"
            + " record")
        .inFile(source).onLineContaining("@POST(\"/books\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anEndpointOnADefaultMethod() {
    JavaFileObject source = httpSource("test.Api",
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/books\") String books();",
        "  @GET(\"/first\") default String first() { return books(); }",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("[typedclient:endpoint-not-abstract] @GET on default method"
            + " Api.first: the client implements the abstract methods of the interface only; remove @GET, or make"
            + " the method abstract")
        .inFile(source).onLineContaining("@GET(\"/first\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anEndpointOnAStaticMethod() {
    JavaFileObject source = httpSource("test.Api",
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/books\") String books();",
        "  @HEAD(\"/books\") static void probe() {}",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("[typedclient:endpoint-not-abstract] @HEAD on static method Api.probe")
        .inFile(source).onLineContaining("@HEAD(\"/books\")");
    assertThat(compilation).hadErrorCount(1);
  }
}
