package io.typedclient.processor.http;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedclient.processor.testing.Compiler.api;
import static io.typedclient.processor.testing.Compiler.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors in {@code @Headers} entries, on the method or the interface; each is reported on the entry itself. */
class HeadersValidationTest {

  /** A method whose {@code @Headers} has a valid entry, then {@code entry} (Java source text), each on its own line. */
  private static JavaFileObject methodWith(String entry) {
    return api(
        "@HttpApi",
        "interface Api {",
        "  @Headers({",
        "      \"Accept: application/json\",",
        "      " + entry + "})",
        "  @GET(\"/things\")",
        "  void call();",
        "}");
  }

  private static void assertEntryError(String rule, String entry, String message) {
    JavaFileObject source = methodWith(entry);

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("[typedclient:" + rule + "] " + message + " for method Api.call")
        .inFile(source).onLineContaining(entry + "})");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void entryWithoutColon() {
    assertEntryError("headers-entry-form", "\"X-Trace\"", "@Headers entry \"X-Trace\" must have the form \"Name:"
        + " value\"");
  }

  @Test
  void entryWithEmptyName() {
    assertEntryError("header-name", "\": value\"", "@Headers entry \": value\": header name is empty");
  }

  @Test
  void entryWithInvalidName() {
    assertEntryError("header-name", "\"X Trace: 1\"",
        "@Headers entry \"X Trace: 1\": header name \"X Trace\" has the character U+0020 at index 1; a header name"
            + " is an RFC 9110 token (letters, digits and !#$%&'*+-.^_`|~)");
  }

  @Test
  void entryTheTransportOwns() {
    assertEntryError("header-name", "\"Host: example.com\"",
        "@Headers entry \"Host: example.com\": header \"Host\" cannot be set on a request: the transport sets it"
            + " from the request URI");
  }

  @Test
  void entryWithLineFeedInValue() {
    assertEntryError("header-value", "\"X-Trace: 1\\nX-Admin: true\"",
        "@Headers entry \"X-Trace: 1\\u000aX-Admin: true\": header value has LF at index 1, which would start a new"
            + " header");
  }

  @Test
  void entryWithCarriageReturnInValue() {
    assertEntryError("header-value", "\"X-Trace: 1\\r\"",
        "@Headers entry \"X-Trace: 1\\u000d\": header value has CR at index 1, which would start a new header");
  }

  @Test
  void entryWithOtherControlCharacterInValue() {
    assertEntryError("header-value", "\"X-Trace: a\\u0000b\"",
        "@Headers entry \"X-Trace: a\\u0000b\": header value has the character U+0000 at index 1; literal header"
            + " values are visible ASCII, space and tab");
  }

  @Test
  void emptyHeaders() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @Headers({})",
        "  @GET(\"/things\")",
        "  void call();",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:headers-empty] @Headers is empty; remove it or add entries of the form \"Name: value\" for"
                + " method Api.call")
        .inFile(source).onLineContaining("@Headers({})");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void malformedEntryOnTheInterface() {
    JavaFileObject source = api(
        "@HttpApi",
        "@Headers(\"Accept application/json\")",
        "interface Api {",
        "  @GET(\"/things\")",
        "  void call();",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:headers-entry-form] @Headers entry \"Accept application/json\" must have the form \"Name:"
                + " value\""
                + " on interface Api")
        .inFile(source).onLineContaining("@Headers(\"Accept application/json\")");
    assertThat(compilation).hadErrorCount(1);
  }
}
