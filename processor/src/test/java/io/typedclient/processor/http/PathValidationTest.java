package io.typedclient.processor.http;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedclient.processor.testing.Compiler.api;
import static io.typedclient.processor.testing.Compiler.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Errors in path templates and in the {@code @Path} parameters that fill them. Template errors are on the
 * template itself (the annotation's value); parameter errors on the {@code @Path} value of that parameter.
 */
class PathValidationTest {
  private static final String NAME_RULE = " start with a letter, then use letters, digits, '_' or '-'";

  /** Compiles {@code @GET(template) void call(parameters);}, with the template on its own line. */
  private static JavaFileObject getWith(String template, String... parameters) {
    return api(
        "@HttpApi",
        "interface Api {",
        "  @GET(",
        "      \"" + template + "\")",
        "  void call(",
        "      " + String.join(",\n      ", parameters) + ");",
        "}");
  }

  private static void assertTemplateError(String template, String message) {
    JavaFileObject source = getWith(template, "@Path(\"id\") String id");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("[typedclient:path-syntax] path \"" + template + "\" " + message + " for method Api.call")
        .inFile(source).onLineContaining("\"" + template + "\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void templateWithoutLeadingSlash() {
    assertTemplateError("things/{id}", "must start with \"/\"");
  }

  @Test
  void templateWithQuery() {
    assertTemplateError("/things/{id}?expand=all", "must not contain a query (\"?\"): use @Query parameters");
  }

  @Test
  void templateWithFragment() {
    assertTemplateError("/things/{id}#top", "must not contain a fragment (\"#\")");
  }

  @Test
  void unclosedPlaceholder() {
    assertTemplateError("/things/{id", "has an unclosed \"{\" at index 8");
  }

  @Test
  void closingBraceWithoutOpening() {
    assertTemplateError("/things/id}/{id}", "has a \"}\" without a matching \"{\" at index 10");
  }

  @Test
  void emptyPlaceholder() {
    assertTemplateError("/things/{}/{id}", "has an empty placeholder \"{}\" at index 8");
  }

  @Test
  void placeholderNameThatIsNotAName() {
    assertTemplateError("/things/{1st}/{id}",
        "has the placeholder {1st}, which is not a valid name:" + NAME_RULE);
  }

  @Test
  void placeholderNameWithSpace() {
    assertTemplateError("/things/{the id}",
        "has the placeholder {the id}, which is not a valid name:" + NAME_RULE);
  }

  @Test
  void samePlaceholderTwice() {
    assertTemplateError("/things/{id}/copies/{id}",
        "uses the placeholder {id} twice: each placeholder is filled by one @Path parameter");
  }

  @Test
  void characterNotAllowedInUrlPath() {
    assertTemplateError("/my things/{id}",
        "has the character U+0020 at index 3, which is not allowed in a URL path: percent-encode it");
  }

  @Test
  void percentWithoutHexDigits() {
    assertTemplateError("/100%/{id}", "has a \"%\" not followed by two hex digits at index 4");
  }

  @Test
  void dotDotSegment() {
    assertTemplateError("/things/../admin/{id}",
        "has a \"..\" segment, which would change the path it is resolved against");
  }

  @Test
  void placeholderWithoutPathParameter() {
    JavaFileObject source = getWith("/users/{userId}/things/{id}", "@Path(\"id\") String id");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:placeholder-unfilled] placeholder {userId} in \"/users/{userId}/things/{id}\" has no"
                + " @Path(\"userId\") parameter"
                + " for method Api.call")
        .inFile(source).onLineContaining("\"/users/{userId}/things/{id}\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void pathParameterNamingNoPlaceholder() {
    JavaFileObject source = getWith("/things/{id}", "@Path(\"id\") String id", "@Path(\"thingId\") String thingId");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:path-parameter-unknown] @Path(\"thingId\") parameter #2 thingId names no placeholder in"
                + " \"/things/{id}\""
                + " (placeholders: {id}) for method Api.call")
        .inFile(source).onLineContaining("@Path(\"thingId\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void pathParameterOnTemplateWithoutPlaceholders() {
    JavaFileObject source = getWith("/things", "@Path(\"id\") String id");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:path-parameter-unknown] @Path(\"id\") parameter #1 id names no placeholder in \"/things\","
                + " which has no placeholders"
                + " for method Api.call")
        .inFile(source).onLineContaining("@Path(\"id\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void duplicatePathParameterNames() {
    JavaFileObject source = getWith("/things/{id}", "@Path(\"id\") String id", "@Path(\"id\") String again");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:path-parameter-twice] @Path(\"id\") parameter #2 again fills the same placeholder as"
                + " parameter #1 id"
                + " for method Api.call")
        .inFile(source).onLineContaining("String again");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void legalPathCharactersAndEscapesCompile() {
    JavaFileObject source = getWith("/a-b_c.d~e/!$&'()*+,;=:@/%2F/{id}.json", "@Path(\"id\") String id");

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
  }
}
