package io.typedclient.processor.http;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedclient.processor.testing.Compiler.api;
import static io.typedclient.processor.testing.Compiler.compile;

import com.google.testing.compile.Compilation;
import io.typedclient.processor.testing.Compiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors about one parameter: its annotation, its name, its type. */
class ParameterValidationTest {

  /** {@code @POST("/things/{id}") void call(@Path("id") String id, <parameter>);}, each parameter on its own line. */
  private static JavaFileObject postWith(String parameter) {
    return api(
        "@HttpApi",
        "interface Api {",
        "  @POST(\"/things/{id}\")",
        "  void call(",
        "      @Path(\"id\") String id,",
        "      " + parameter + ");",
        "}");
  }

  private static void assertParameterError(String rule, String parameter, String message, String line) {
    JavaFileObject source = postWith(parameter);

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("[typedclient:" + rule + "] " + message + " for method Api.call")
        .inFile(source).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void parameterWithoutAnnotation() {
    assertParameterError("parameter-unannotated", "String expand",
        "parameter #2 expand has no annotation; add @Path, @Query, @QueryMap, @Header, @HeaderMap, @Url, @Body, @Field,"
            + " @FieldMap, @Part or @PartMap", "String expand");
  }

  @Test
  void parameterWithTwoAnnotations() {
    assertParameterError("parameter-two-kinds", "@Query(\"expand\") @Header(\"X-Expand\") String expand",
        "parameter #2 expand has both @Query and @Header; use exactly one", "String expand");
  }

  @Test
  void queryArray() {
    assertParameterError("query-array", "@Query(\"tag\") String[] tags",
        "@Query parameter #2 tags is the array String[]; use a List", "String[] tags");
  }

  @Test
  void queryVarargs() {
    assertParameterError("query-array", "@Query(\"tag\") String... tags",
        "@Query parameter #2 tags is the array String[]; use a List", "String... tags");
  }

  @Test
  void queryMap() {
    assertParameterError("query-map", "@Query(\"filter\") Map<String, String> filter",
        "@Query parameter #2 filter is a Map; use @QueryMap for a map of names to values",
        "Map<String, String> filter");
  }

  @Test
  void queryOptional() {
    assertParameterError("parameter-optional", "@Query(\"limit\") Optional<Integer> limit",
        "@Query parameter #2 limit is an Optional; use the value type, where null leaves it out",
        "Optional<Integer> limit");
  }

  @Test
  void emptyQueryName() {
    assertParameterError("query-name-empty", "@Query(\"\") String expand",
        "@Query parameter #2 expand: the query parameter name is empty", "String expand");
  }

  @Test
  void headerNameNotAToken() {
    assertParameterError("header-name", "@Header(\"X Trace\") String trace",
        "@Header parameter #2 trace: header name \"X Trace\" has the character U+0020 at index 1; a header name is"
            + " an RFC 9110 token (letters, digits and !#$%&'*+-.^_`|~)",
        "String trace");
  }

  @Test
  void headerNameWithColon() {
    assertParameterError("header-name", "@Header(\"Cookie:\") String cookie",
        "@Header parameter #2 cookie: header name \"Cookie:\" has the character ':' at index 6; a header name is an"
            + " RFC 9110 token (letters, digits and !#$%&'*+-.^_`|~)",
        "String cookie");
  }

  @Test
  void headerTheTransportOwns() {
    assertParameterError("header-name", "@Header(\"Content-Length\") long length",
        "@Header parameter #2 length: header \"Content-Length\" cannot be set on a request: the transport frames the"
            + " body itself",
        "long length");
  }

  @Test
  void emptyHeaderName() {
    assertParameterError("header-name", "@Header(\"\") String trace",
        "@Header parameter #2 trace: header name is empty", "String trace");
  }

  @Test
  void headerCollection() {
    assertParameterError("parameter-collection", "@Header(\"X-Tag\") List<String> tags",
        "@Header parameter #2 tags has the type List<String>; it must be a single value, not a collection",
        "List<String> tags");
  }

  @Test
  void pathCollection() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/things/{ids}\")",
        "  void call(",
        "      @Path(\"ids\") List<String> ids);",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:parameter-collection] @Path parameter #1 ids has the type List<String>; it must be a single"
                + " value, not a"
                + " collection for method Api.call")
        .inFile(source).onLineContaining("List<String> ids");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void pathOptional() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/things/{id}\")",
        "  void call(",
        "      @Path(\"id\") Optional<String> id);",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:parameter-optional] @Path parameter #1 id is an Optional; a path segment always needs a"
                + " value, so use the value"
                + " type for method Api.call")
        .inFile(source).onLineContaining("Optional<String> id");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void bodyArray() {
    assertParameterError("json-type", "@Body String[] names",
        "@Body parameter #2 names has the type String[], which is not supported: String[] is an array, which"
            + " Moshi's array adapter creates by reflection; use List<String> instead",
        "String[] names");
  }

  @Test
  void bodyWithWildcard() {
    assertParameterError("json-type", "@Body List<? extends CharSequence> names",
        "@Body parameter #2 names has the type List<? extends CharSequence>, which is not supported: it has the"
            + " wildcard ? extends CharSequence; name the type instead",
        "List<? extends CharSequence> names");
  }

  @Test
  void rawBody() {
    assertParameterError("json-type", "@SuppressWarnings(\"rawtypes\") @Body List names",
        "@Body parameter #2 names has the type List, which is not supported: List is a raw type, which has no"
            + " type information; give its type arguments",
        "List names");
  }

  @Test
  void primitiveParametersAreBoxedByTheCall() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @POST(\"/things/{id}\")",
        "  void call(@Path(\"id\") long id, @Query(\"limit\") int limit, @Header(\"X-Flag\") boolean flag,",
        "      @Body double weight);",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void typeThatTheClientBesideTheInterfaceCannotSee() {
    JavaFileObject source = Compiler.httpSource("test.Outer",
        "class Outer {",
        "  private static final class Secret {}",
        "  @HttpApi(fromMoshi = Secret.class)",
        "  interface Api {",
        "    @POST(\"/secrets\")",
        "    void store(",
        "        @Body List<Secret> secrets);",
        "    @GET(\"/secret\")",
        "    Secret secret();",
        "  }",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:type-not-visible] parameter #1 secrets has the type List<Outer.Secret>, which the generated"
                + " Outer_ApiClient"
                + " cannot use: Outer.Secret is private for method Outer.Api.store")
        .inFile(source).onLineContaining("@Body List<Secret> secrets");
    assertThat(compilation).hadErrorContaining(
            "[typedclient:type-not-visible] return type Outer.Secret is not supported: the generated Outer_ApiClient"
                + " cannot use it, as"
                + " Outer.Secret is private for method Outer.Api.secret")
        .inFile(source).onLineContaining("Secret secret()");
    assertThat(compilation).hadErrorCount(2);
  }
}
