package io.typedclient.processor.http;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedclient.processor.testing.Compiler.api;
import static io.typedclient.processor.testing.Compiler.compile;
import static io.typedclient.processor.testing.Compiler.httpSource;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors about the annotated type itself, its hierarchy, close(), and the generated class's name. */
class ApiTypeValidationTest {

  @Test
  void httpApiOnClass() {
    JavaFileObject source = api(
        "@HttpApi",
        "abstract class Api {}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:api-not-interface] @HttpApi applies to interfaces only, but Api is a class;"
                + " declare the endpoints in an interface")
        .inFile(source).onLineContaining("@HttpApi");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void httpApiOnEnum() {
    JavaFileObject source = api(
        "@HttpApi",
        "enum Api { ONE }");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("[typedclient:api-not-interface] @HttpApi applies to interfaces only,"
        + " but Api is an enum")
        .inFile(source).onLineContaining("@HttpApi");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void httpApiOnAnnotationType() {
    JavaFileObject source = api(
        "@HttpApi",
        "@interface Api {}");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("[typedclient:api-not-interface] @HttpApi applies to interfaces only, but Api is an"
            + " annotation type")
        .inFile(source).onLineContaining("@HttpApi");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void httpApiOnRecord() {
    JavaFileObject source = api(
        "@HttpApi",
        "record Api(String baseUrl) {}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("[typedclient:api-not-interface] @HttpApi applies to interfaces only,"
        + " but Api is a record")
        .inFile(source).onLineContaining("@HttpApi");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void interfaceWithTypeParameters() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api<T> {",
        "  @GET(\"/things\")",
        "  T get();",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:api-generic] @HttpApi interface Api must not declare type parameters; declare a non-generic"
                + " interface"
                + " that extends it with the types filled in, and annotate that one")
        .inFile(source).onLineContaining("interface Api<T>");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void sealedInterface() {
    JavaFileObject source = api(
        "@HttpApi",
        "sealed interface Api permits Impl {",
        "  @GET(\"/ping\") void ping();",
        "}",
        "final class Impl implements Api {",
        "  @Override public void ping() {}",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:api-sealed] @HttpApi interface Api must not be sealed: the generated ApiClient implements"
                + " it and is not"
                + " among its permitted subclasses")
        .inFile(source).onLineContaining("sealed interface Api");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void privateNestedInterface() {
    JavaFileObject source = httpSource("test.Outer",
        "class Outer {",
        "  @HttpApi",
        "  private interface Api {",
        "    @GET(\"/ping\") void ping();",
        "  }",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:api-private] @HttpApi interface Outer.Api must not be private: the generated"
                + " Outer_ApiClient in the same"
                + " package has to implement it")
        .inFile(source).onLineContaining("private interface Api");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void interfaceInsidePrivateClass() {
    JavaFileObject source = httpSource("test.Outer",
        "class Outer {",
        "  private static class Hidden {",
        "    @HttpApi",
        "    interface Api {",
        "      @GET(\"/ping\") void ping();",
        "    }",
        "  }",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:api-private] @HttpApi interface Outer.Hidden.Api is inside the private Outer.Hidden")
        .inFile(source).onLineContaining("interface Api");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void sameSignatureInheritedFromTwoInterfaces() {
    JavaFileObject source = api(
        "interface Reads {",
        "  @GET(\"/a\") String item();",
        "}",
        "interface Writes {",
        "  @POST(\"/b\") String item();",
        "}",
        "@HttpApi",
        "interface Api extends Reads, Writes {}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:inherited-twice] Api inherits item() from both Reads and Writes;"
                + " declare it in Api with the HTTP method to use")
        .inFile(source).onLineContaining("interface Api extends");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void inheritedMethodErrorsPointAtTheInheritedMethod() {
    JavaFileObject source = api(
        "interface Base {",
        "  String withoutVerb();",
        "}",
        "@HttpApi",
        "interface Api extends Base {}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:no-http-method] method has no HTTP method annotation; add one of @GET, @POST, @PUT, @PATCH,"
                + " @DELETE or"
                + " @HEAD for method Base.withoutVerb (inherited by Api)")
        .inFile(source).onLineContaining("String withoutVerb()");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void defaultCloseWouldHideTheClientsClose() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api extends AutoCloseable {",
        "  @GET(\"/ping\") void ping();",
        "  @Override default void close() {}",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:close-reserved] close() is reserved: the generated client's close() releases its"
                + " connections; remove this"
                + " default close(), which would hide it, or make it abstract for method Api.close")
        .inFile(source).onLineContaining("default void close()");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void closeCannotBeAnEndpoint() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @POST(\"/close\")",
        "  void close();",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:close-reserved] close() is reserved: the generated client's close() releases its"
                + " connections; give this"
                + " endpoint another name for method Api.close")
        .inFile(source).onLineContaining("@POST(\"/close\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void closeMustReturnVoid() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  boolean close();",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:close-reserved] close() is reserved: the generated client's close() releases its"
                + " connections; declare it as"
                + " void close() for method Api.close")
        .inFile(source).onLineContaining("boolean close()");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void generatedNameTakenByATypeInTheCompilation() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/ping\") void ping();",
        "}");
    JavaFileObject existing = httpSource("test.ApiClient", "class ApiClient {}");

    Compilation compilation = compile(source, existing);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:generated-name-taken] cannot generate test.ApiClient: a type with that name already exists"
                + " in this compilation;"
                + " rename the interface or that type")
        .inFile(source).onLineContaining("@HttpApi");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void generatedNameClaimedByTwoInterfaces() {
    JavaFileObject nested = httpSource("test.Outer",
        "class Outer {",
        "  @HttpApi",
        "  interface Api {",
        "    @GET(\"/nested\") void ping();",
        "  }",
        "}");
    JavaFileObject topLevel = httpSource("test.Outer_Api",
        "@HttpApi",
        "interface Outer_Api {",
        "  @GET(\"/top\") void ping();",
        "}");

    Compilation compilation = compile(nested, topLevel);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:generated-name-claimed] cannot generate test.Outer_ApiClient for test.Outer_Api: it is"
                + " already the client of"
                + " test.Outer.Api; rename one of the interfaces")
        .inFile(topLevel).onLineContaining("@HttpApi");
    assertThat(compilation).hadErrorCount(1);
  }
}
