package io.typedclient.processor.http;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedclient.processor.testing.Compiler.api;
import static io.typedclient.processor.testing.Compiler.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Errors about forms, multipart bodies, raw bodies, maps, {@code @Url} and {@code @Timeout}: one body kind per
 * method, each parameter where its body kind allows it, each reported on the exact annotation.
 */
class VocabularyValidationTest {

  /** {@code interface Api { <lines> }}, asserting one error of {@code rule} on the line holding {@code line}. */
  private static void assertError(String rule, String message, String line, String... lines) {
    String[] source = new String[lines.length + 3];
    source[0] = "@HttpApi";
    source[1] = "interface Api {";
    System.arraycopy(lines, 0, source, 2, lines.length);
    source[source.length - 1] = "}";
    JavaFileObject file = api(source);

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorContaining("[typedclient:" + rule + "] " + message + " for method Api.call")
        .inFile(file).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  // ---- one body kind per method ----

  @Test
  void formAndMultipartTogether() {
    assertError("body-kinds", "method is both @FormUrlEncoded and @Multipart; one body kind per method",
        "@Multipart",
        "  @FormUrlEncoded",
        "  @Multipart",
        "  @POST(\"/things\")",
        "  void call(@Field(\"a\") String a);");
  }

  @Test
  void bodyInAForm() {
    assertError("body-kinds", "@Body parameter #2 thing cannot be sent by a @FormUrlEncoded method, whose body is"
            + " its fields; one body kind per method", "@Body String thing",
        "  @FormUrlEncoded",
        "  @POST(\"/things\")",
        "  void call(@Field(\"a\") String a,",
        "      @Body String thing);");
  }

  @Test
  void rawBodyInAMultipart() {
    assertError("body-kinds", "@Body parameter #2 raw cannot be sent by a @Multipart method, whose body is its"
            + " parts; one body kind per method", "@Body RequestBody raw",
        "  @Multipart",
        "  @POST(\"/things\")",
        "  void call(@Part(\"a\") String a,",
        "      @Body RequestBody raw);");
  }

  @Test
  void fieldInAMultipart() {
    assertError("body-kinds", "@Field parameter #2 b is a form field, but the method is @Multipart; use @Part or"
            + " @PartMap", "@Field(\"b\") String b",
        "  @Multipart",
        "  @POST(\"/things\")",
        "  void call(@Part(\"a\") String a,",
        "      @Field(\"b\") String b);");
  }

  @Test
  void partInAForm() {
    assertError("body-kinds", "@PartMap parameter #2 more is a multipart part, but the method is @FormUrlEncoded;"
            + " use @Field or @FieldMap", "@PartMap Map<String, String> more",
        "  @FormUrlEncoded",
        "  @POST(\"/things\")",
        "  void call(@Field(\"a\") String a,",
        "      @PartMap Map<String, String> more);");
  }

  @Test
  void fieldWithoutForm() {
    assertError("field-without-form", "@Field parameter #1 a needs @FormUrlEncoded on the method",
        "@Field(\"a\") String a",
        "  @POST(\"/things\")",
        "  void call(@Field(\"a\") String a);");
  }

  @Test
  void partWithoutMultipart() {
    assertError("part-without-multipart", "@Part parameter #1 a needs @Multipart on the method",
        "@Part(\"a\") String a",
        "  @POST(\"/things\")",
        "  void call(@Part(\"a\") String a);");
  }

  @Test
  void formWithoutFields() {
    assertError("form-empty", "@FormUrlEncoded method has no @Field or @FieldMap parameter", "@FormUrlEncoded",
        "  @FormUrlEncoded",
        "  @POST(\"/things\")",
        "  void call(@Query(\"a\") String a);");
  }

  @Test
  void multipartWithoutParts() {
    assertError("multipart-empty", "@Multipart method has no @Part or @PartMap parameter", "@Multipart",
        "  @Multipart",
        "  @PUT(\"/things\")",
        "  void call();");
  }

  @Test
  void formOnGet() {
    assertError("body-not-allowed", "@FormUrlEncoded is not allowed on a GET request: GET, HEAD and DELETE"
            + " requests send no body", "@FormUrlEncoded",
        "  @FormUrlEncoded",
        "  @GET(\"/things\")",
        "  void call(@Field(\"a\") String a);");
  }

  @Test
  void emptyFieldName() {
    assertError("name-empty", "@Field parameter #1 a: the field name is empty", "@Field(\"\") String a",
        "  @FormUrlEncoded",
        "  @POST(\"/things\")",
        "  void call(@Field(\"\") String a);");
  }

  @Test
  void fieldArray() {
    assertError("query-array", "@Field parameter #1 a is the array String[]; use a List", "@Field(\"a\") String[] a",
        "  @FormUrlEncoded",
        "  @POST(\"/things\")",
        "  void call(@Field(\"a\") String[] a);");
  }

  @Test
  void contentTypeOnABinaryPart() {
    assertError("part-content-type", "@Part parameter #1 file: a FileUpload part carries its own content type;"
            + " remove contentType", "@Part(value = \"file\", contentType = \"image/png\") FileUpload file",
        "  @Multipart",
        "  @POST(\"/things\")",
        "  void call(@Part(value = \"file\", contentType = \"image/png\") FileUpload file);");
  }

  @Test
  void contentTypeThatIsNoMediaType() {
    assertError("part-content-type", "@Part parameter #1 text: content type \"plain\" is not a media type"
            + " (type/subtype)", "@Part(value = \"text\", contentType = \"plain\") String text",
        "  @Multipart",
        "  @POST(\"/things\")",
        "  void call(@Part(value = \"text\", contentType = \"plain\") String text);");
  }

  @Test
  void contentTypeWithAnotherCharset() {
    assertError("part-content-type", "@Part parameter #1 text: content type \"text/plain; charset=ISO-8859-1\" names a"
            + " charset other than UTF-8, but text and JSON parts are sent as UTF-8", "charset=ISO-8859-1",
        "  @Multipart",
        "  @POST(\"/things\")",
        "  void call(@Part(value = \"text\", contentType = \"text/plain; charset=ISO-8859-1\") String text);");
  }

  @Test
  void jsonPartThatJsonCannotCarry() {
    assertError("json-type", "@Part parameter #1 values has the type Object[], which is not supported as a JSON"
            + " part: Object[] is an array, which Moshi's array adapter creates by reflection; use List<Object>"
            + " instead", "@Part(\"values\") Object[] values",
        "  @Multipart",
        "  @POST(\"/things\")",
        "  void call(@Part(\"values\") Object[] values);");
  }

  // ---- maps ----

  @Test
  void queryMapWithoutStringKeys() {
    assertError("map-type", "@QueryMap parameter #1 filter has the type Map<Integer, String>; use a"
            + " Map<String, ?> (its values are sent with String.valueOf)", "Map<Integer, String> filter",
        "  @GET(\"/things\")",
        "  void call(@QueryMap Map<Integer, String> filter);");
  }

  @Test
  void headerMapThatIsNoMap() {
    assertError("map-type", "@HeaderMap parameter #1 headers has the type List<String>; use a Map<String, ?>"
            + " (its values are sent with String.valueOf)",
        "@HeaderMap List<String> headers",
        "  @GET(\"/things\")",
        "  void call(@HeaderMap List<String> headers);");
  }

  @Test
  void rawFieldMap() {
    assertError("map-type", "@FieldMap parameter #1 fields has the type Map; use a Map<String, ?> (its values"
            + " are sent with String.valueOf)",
        "@FieldMap @SuppressWarnings(\"rawtypes\") Map fields",
        "  @FormUrlEncoded",
        "  @POST(\"/things\")",
        "  void call(@FieldMap @SuppressWarnings(\"rawtypes\") Map fields);");
  }

  @Test
  void headerThatIsAMap() {
    assertError("parameter-collection", "@Header parameter #1 headers has the type Map<String, String>; it must be a"
            + " single value, not a collection (use @HeaderMap for a map of headers)", "Map<String, String> headers",
        "  @GET(\"/things\")",
        "  void call(@Header(\"X-All\") Map<String, String> headers);");
  }

  // ---- @Url ----

  @Test
  void urlOfAnotherType() {
    assertError("url-type", "@Url parameter #1 next has the type Integer; use String or URI", "@Url Integer next",
        "  @GET",
        "  void call(@Url Integer next);");
  }

  @Test
  void twoUrls() {
    assertError("url-twice", "only one @Url is allowed, but parameter #2 other is another one after parameter #1"
            + " next", "@Url URI other",
        "  @GET",
        "  void call(@Url String next,",
        "      @Url URI other);");
  }

  @Test
  void urlAndAPath() {
    assertError("url-with-path", "@GET has the path \"/things\", but @Url parameter #1 next gives the whole URL;"
            + " leave the path out (@GET)", "@GET(\"/things\")",
        "  @GET(\"/things\")",
        "  void call(@Url String next);");
  }

  @Test
  void urlAndAPathParameter() {
    assertError("url-with-path", "@Path parameter #2 id has no path to fill: @Url parameter #1 next gives the whole"
            + " URL", "@Path(\"id\") String id",
        "  @DELETE",
        "  void call(@Url String next,",
        "      @Path(\"id\") String id);");
  }

  @Test
  void noPathAndNoUrl() {
    assertError("path-missing", "@POST has no path; give a path template, or a @Url parameter for the whole URL",
        "@POST",
        "  @POST",
        "  void call(@Body String body);");
  }

  // ---- @Timeout ----

  @Test
  void timeoutNotPositive() {
    assertError("timeout", "@Timeout(0) is not positive; a request timeout must be longer than zero",
        "@Timeout(0)",
        "  @Timeout(0)",
        "  @GET(\"/things\")",
        "  void call();");
  }

  @Test
  void timeoutInMonths() {
    assertError("timeout", "@Timeout unit MONTHS has no exact length; use NANOS, MILLIS, SECONDS, MINUTES, HOURS"
            + " or DAYS", "ChronoUnit.MONTHS",
        "  @Timeout(value = 1, unit = ChronoUnit.MONTHS)",
        "  @GET(\"/things\")",
        "  void call();");
  }

  @Test
  void timeoutBeyondADuration() {
    assertError("timeout", "@Timeout(9223372036854775807) of DAYS is longer than a Duration can hold",
        "Long.MAX_VALUE",
        "  @Timeout(value = Long.MAX_VALUE, unit = ChronoUnit.DAYS)",
        "  @GET(\"/things\")",
        "  void call();");
  }
}
