package io.typedclient.processor.http;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedclient.processor.testing.Compiler.api;
import static io.typedclient.processor.testing.Compiler.compile;
import static io.typedclient.processor.testing.Compiler.httpSource;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.typedclient.processor.testing.GoldenFiles;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Valid interfaces at the edges of what is allowed: each must give a client that compiles without a warning. */
class CompilesCleanlyTest {

  @Test
  void typeUseAnnotationsOnParametersAndResults() {
    JavaFileObject nullable = httpSource("test.Nullable",
        "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)",
        "@interface Nullable {}");
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/things/{id}\")",
        "  @Nullable String thing(@Path(\"id\") String id, @Query(\"q\") @Nullable String query,",
        "      @Header(\"X-Trace\") @Nullable String trace);",
        "  @POST(\"/things\")",
        "  List<@Nullable String> create(@Body List<@Nullable String> names);",
        "}");

    Compilation compilation = compile(source, nullable);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void deprecatedTypesInSignatures() {
    JavaFileObject old = httpSource("test.OldModel",
        "@Deprecated",
        "public final class OldModel {}");
    JavaFileObject source = api(
        "@HttpApi(fromMoshi = OldModel.class)",
        "@SuppressWarnings(\"deprecation\")",
        "interface Api {",
        "  @POST(\"/things\")",
        "  OldModel create(@Body OldModel model);",
        "}");

    Compilation compilation = compile(source, old);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ApiClient")
        .contentsAsUtf8String().contains("@SuppressWarnings({\"deprecation\", \"removal\"})");
  }

  @Test
  void interfaceInTheUnnamedPackage() {
    JavaFileObject source = JavaFileObjects.forSourceString("Api", String.join("\n",
        "import io.typedclient.*;",
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/things/{id}\") String thing(@Path(\"id\") String id);",
        "}"));

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("ApiClient");
  }

  @Test
  void overloadedMethods() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/things/{id}\") String thing(@Path(\"id\") String id);",
        "  @GET(\"/things/{id}\") String thing(@Path(\"id\") long id);",
        "  @GET(\"/things\") String thing();",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void anHttpApiExtendingAnotherHttpApi() {
    JavaFileObject base = httpSource("test.BaseApi",
        "@HttpApi",
        "@Headers(\"X-Base: 1\")",
        "interface BaseApi {",
        "  @GET(\"/base\") String base();",
        "}");
    JavaFileObject sub = httpSource("test.SubApi",
        "@HttpApi",
        "interface SubApi extends BaseApi {",
        "  @GET(\"/sub\") String sub();",
        "}");

    Compilation compilation = compile(base, sub);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.BaseApiClient");
    assertThat(compilation).generatedSourceFile("test.SubApiClient")
        .contentsAsUtf8String().contains(".header(\"X-Base\", \"1\")");
  }

  @Test
  void closeableInterfaceGetsItsCloseImplemented() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api extends java.io.Closeable {",
        "  @GET(\"/things\") String things();",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ApiClient")
        .contentsAsUtf8String().contains("public final class ApiClient implements Api {");
  }

  @Test
  void namesThatShadowTheGeneratedOnes() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @POST(\"/things\")",
        "  String send(@Body String request, @Header(\"X-Runtime\") String runtime,",
        "      @Query(\"httpRequest\") String httpRequest, @Query(\"a\") String stringAdapter);",
        "  class HttpRequest {}",
        "  class ClientRuntime {}",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void formsOfOneEndpointShareOneRequestBuilderAndPassTheirOwnNames() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @POST(\"/things/{id}\")",
        "  String create(@Path(\"id\") String runtime, @Body String apiMethod);",
        "  @POST(\"/things/{id}\")",
        "  CompletableFuture<String> createAsync(@Path(\"id\") String id, @Body String request);",
        "  @POST(\"/things/{id}\")",
        "  ApiResponse<String> createResponse(@Path(\"id\") String id, @Body String body, @Query(\"q\") String q);",
        "  @GET(\"/things\")",
        "  String createRequest();",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    String client = GoldenFiles.generated(compilation, "test.ApiClient");
    // createResponse sends a query parameter too: another request, built in place.
    assertThat(client).contains("HttpRequest request = createRequest2(\"create\", runtime, apiMethod);");
    assertThat(client).contains("HttpRequest httpRequest = createRequest2(\"createAsync\", id, request);");
    assertThat(client).contains(
        "private HttpRequest createRequest2(String apiMethod2, String runtime, String apiMethod) {");
    assertThat(client).contains("return this.runtime.request(\"POST\", \"/things/{id}\", \"Api\", apiMethod2)");
    assertThat(client).contains(".jsonBody(stringAdapter, apiMethod)");
    assertThat(client).contains("runtime.request(\"POST\", \"/things/{id}\", \"Api\", \"createResponse\")");
  }
}
