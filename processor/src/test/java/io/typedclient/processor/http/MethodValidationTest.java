package io.typedclient.processor.http;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedclient.processor.testing.Compiler.api;
import static io.typedclient.processor.testing.Compiler.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Errors about a method as a whole: its HTTP method, type parameters, exceptions and body. */
class MethodValidationTest {

  @Test
  void methodWithoutHttpMethod() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  String session(@Path(\"id\") String id);",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:no-http-method] method has no HTTP method annotation; add one of @GET, @POST, @PUT, @PATCH,"
                + " @DELETE or"
                + " @HEAD for method Api.session")
        .inFile(source).onLineContaining("String session(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void methodWithTwoHttpMethods() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/sessions\")",
        "  @POST(\"/sessions\")",
        "  String sessions();",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:two-http-methods] only one HTTP method is allowed, found @GET and @POST for method"
                + " Api.sessions")
        .inFile(source).onLineContaining("@POST");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void genericMethod() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/things\")",
        "  <T> T thing();",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:method-generic] method must not declare type parameters; a client's types are fixed when it"
                + " is compiled"
                + " for method Api.thing")
        .inFile(source).onLineContaining("<T> T thing()");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void checkedException() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/things\")",
        "  String thing() throws java.io.IOException;",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:checked-exception] method declares the checked exception IOException; a generated client"
                + " throws only"
                + " unchecked exceptions (TypedClientException and its subclasses), so remove it from the throws"
                + " clause for method Api.thing")
        .inFile(source).onLineContaining("String thing()");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void uncheckedExceptionsMayBeDeclared() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/things\")",
        "  String thing() throws IllegalStateException, io.typedclient.runtime.HttpStatusException;",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ApiClient");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "DELETE"})
  void bodyOnMethodWithoutBody(String verb) {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @" + verb + "(\"/things\")",
        "  void send(",
        "      @Body String payload);",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:body-not-allowed] @Body is not allowed on a " + verb + " request (parameter #1 payload):"
                + " GET, HEAD and"
                + " DELETE requests send no body for method Api.send")
        .inFile(source).onLineContaining("@Body String payload");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoBodies() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @POST(\"/things\")",
        "  void send(",
        "      @Body String first,",
        "      @Body String second);",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:two-bodies] only one @Body is allowed, but parameter #2 second is another one after"
                + " parameter #1 first"
                + " for method Api.send")
        .inFile(source).onLineContaining("@Body String second");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void defaultStaticAndObjectMethodsAreLeftAlone() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/things\") String thing();",
        "  default String twice() { return thing() + thing(); }",
        "  static String name() { return \"api\"; }",
        "  @Override String toString();",
        "  @Override boolean equals(Object other);",
        "  @Override int hashCode();",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ApiClient")
        .contentsAsUtf8String().doesNotContainMatch("twice|name\\(\\)|toString|equals|hashCode");
  }
}
