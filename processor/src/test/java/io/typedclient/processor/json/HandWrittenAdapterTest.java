package io.typedclient.processor.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedclient.processor.testing.Compiler.compile;
import static io.typedclient.processor.testing.Compiler.compileStrictly;
import static io.typedclient.processor.testing.Compiler.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @JsonAdaptedBy}: generated adapters and clients construct the named hand-written adapter directly, and
 * every way generated code could not construct it is a compile error, where the type is declared and where it is
 * used.
 */
class HandWrittenAdapterTest {
  private static JavaFileObject links(String adapter) {
    return source("test.Links",
        "package test;",
        "@io.typedclient.JsonAdaptedBy(" + adapter + ".class)",
        "public final class Links {",
        "  final java.util.Map<String, String> relations;",
        "  public Links(java.util.Map<String, String> relations) { this.relations = relations; }",
        "}");
  }

  private static JavaFileObject adapter(String className, String constructor) {
    return source("test." + className,
        "package test;",
        "import com.squareup.moshi.*;",
        "final class " + className + " extends JsonAdapter<Links> {",
        "  " + constructor,
        "  @Override public Links fromJson(JsonReader reader) throws java.io.IOException {",
        "    reader.skipValue();",
        "    return new Links(java.util.Map.of());",
        "  }",
        "  @Override public void toJson(JsonWriter writer, Links value) throws java.io.IOException {",
        "    writer.beginObject().endObject();",
        "  }",
        "}");
  }

  private static final JavaFileObject PAGE = source("test.Page",
      "package test;",
      "@io.typedclient.JsonModel",
      "public record Page(String id, Links links, java.util.List<Links> more) {}");

  private static final JavaFileObject PAGE_CLASS = source("test.Page",
      "package test;",
      "@io.typedclient.JsonModel",
      "public final class Page {",
      "  final String id;",
      "  final Links links;",
      "  final java.util.List<Links> more;",
      "  public Page(String id, Links links, java.util.List<Links> more) {",
      "    this.id = id;",
      "    this.links = links;",
      "    this.more = more;",
      "  }",
      "}");

  private static final JavaFileObject API = source("test.LinksApi",
      "package test;",
      "@io.typedclient.HttpApi",
      "public interface LinksApi {",
      "  @io.typedclient.GET(\"/links\")",
      "  Links links();",
      "  @io.typedclient.PUT(\"/links\")",
      "  void put(@io.typedclient.Body Links links);",
      "}");

  private static String generated(Compilation compilation, String className) throws IOException {
    return compilation.generatedSourceFile(className).orElseThrow().getCharContent(true).toString();
  }

  @Test
  void modelsAndClientsConstructTheAdapterInsteadOfAskingMoshi() throws IOException {
    // Java 11 with every lint as an error: the generated code is as clean as the rest.
    Compilation compilation =
        compileStrictly("11", links("LinksJsonAdapter"), adapter("LinksJsonAdapter", ""), PAGE_CLASS, API);

    assertThat(compilation).succeededWithoutWarnings();
    String page = generated(compilation, "test.PageJsonAdapter");
    assertThat(page).contains("this.linksAdapter = new LinksJsonAdapter().nullSafe();");
    assertThat(page).contains("JsonAdapters.listOf(new LinksJsonAdapter().nonNull())");
    assertThat(page).doesNotContain("moshi.adapter(");
    String client = generated(compilation, "test.LinksApiClient");
    assertThat(client).contains("new LinksJsonAdapter().nullSafe()");
    assertThat(client).doesNotContain("moshi.adapter(");
    assertThat(compilation.generatedSourceFile("test.LinksJsonAdapter")).isEmpty();
  }

  @Test
  void anAdapterThatTakesAMoshiGetsTheGeneratedCodesMoshi() throws IOException {
    Compilation compilation = compile(links("LinksJsonAdapter"),
        adapter("LinksJsonAdapter", "LinksJsonAdapter(Moshi moshi) {}"), PAGE);

    assertThat(compilation).succeeded();
    assertThat(generated(compilation, "test.PageJsonAdapter"))
        .contains("this.linksAdapter = new LinksJsonAdapter(moshi).nullSafe();");
  }

  @Test
  void anAdapterOfAnotherTypeIsAnErrorOnTheAnnotation() {
    JavaFileObject links = links("StringAdapter");
    JavaFileObject adapter = source("test.StringAdapter",
        "package test;",
        "import com.squareup.moshi.*;",
        "abstract class Base extends JsonAdapter<String> {}",
        "final class StringAdapter extends Base {",
        "  @Override public String fromJson(JsonReader reader) { return null; }",
        "  @Override public void toJson(JsonWriter writer, String value) {}",
        "}");

    Compilation compilation = compile(links, adapter);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:adapted-by] Links's @JsonAdaptedBy adapter StringAdapter does not extend JsonAdapter<Links>")
        .inFile(links).onLineContaining("@io.typedclient.JsonAdaptedBy");
  }

  @Test
  void aClassThatIsNoJsonAdapterIsAnErrorOnTheAnnotation() {
    // The annotation takes any Class<?> (the annotations depend on nothing): the processor is the check.
    JavaFileObject links = links("NotAnAdapter");
    JavaFileObject notAnAdapter = source("test.NotAnAdapter",
        "package test;",
        "final class NotAnAdapter {",
        "  NotAnAdapter() {}",
        "}");

    Compilation compilation = compile(links, notAnAdapter);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:adapted-by] Links's @JsonAdaptedBy adapter NotAnAdapter does not extend JsonAdapter<Links>")
        .inFile(links).onLineContaining("@io.typedclient.JsonAdaptedBy");
  }

  @Test
  void anAbstractAdapterIsAnError() {
    JavaFileObject links = links("LinksJsonAdapter");
    JavaFileObject adapter = source("test.LinksJsonAdapter",
        "package test;",
        "abstract class LinksJsonAdapter extends com.squareup.moshi.JsonAdapter<Links> {}");

    Compilation compilation = compile(links, adapter);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:adapted-by] Links's @JsonAdaptedBy adapter LinksJsonAdapter is not a concrete class")
        .inFile(links).onLineContaining("@io.typedclient.JsonAdaptedBy");
  }

  @Test
  void anAdapterWithoutAUsableConstructorIsAnError() {
    JavaFileObject links = links("LinksJsonAdapter");

    Compilation compilation =
        compile(links, adapter("LinksJsonAdapter", "LinksJsonAdapter(String configuration) {}"));

    assertThat(compilation).hadErrorContaining(
            "[typedclient:adapted-by] Links's @JsonAdaptedBy adapter LinksJsonAdapter has no non-private constructor"
                + " taking a "
                + "Moshi or nothing")
        .inFile(links).onLineContaining("@io.typedclient.JsonAdaptedBy");
  }

  @Test
  void aConstructorThatOtherPackagesCannotCallIsAnErrorWhereTheyUseTheType() {
    JavaFileObject links = source("test.Links",
        "package test;",
        "@io.typedclient.JsonAdaptedBy(LinksJsonAdapter.class)",
        "public final class Links {}");
    JavaFileObject adapter = source("test.LinksJsonAdapter",
        "package test;",
        "import com.squareup.moshi.*;",
        "public final class LinksJsonAdapter extends JsonAdapter<Links> {",
        "  public LinksJsonAdapter() {}",
        "  LinksJsonAdapter(Moshi moshi) {}",
        "  @Override public Links fromJson(JsonReader reader) { return null; }",
        "  @Override public void toJson(JsonWriter writer, Links value) {}",
        "}");
    JavaFileObject page = source("other.Page",
        "package other;",
        "@io.typedclient.JsonModel",
        "public record Page(test.Links links) {}");

    Compilation compilation = compile(links, adapter, page);

    assertThat(compilation).hadErrorContaining(
            "LinksJsonAdapter's constructor LinksJsonAdapter(Moshi) is not visible to the generated code in package "
                + "other; make it public")
        .inFile(page).onLineContaining("public record Page");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anInnerClassAdapterIsAnError() {
    JavaFileObject links = source("test.Links",
        "package test;",
        "@io.typedclient.JsonAdaptedBy(Links.Adapter.class)",
        "public final class Links {",
        "  final class Adapter extends com.squareup.moshi.JsonAdapter<Links> {",
        "    @Override public Links fromJson(com.squareup.moshi.JsonReader reader) { return null; }",
        "    @Override public void toJson(com.squareup.moshi.JsonWriter writer, Links value) {}",
        "  }",
        "}");

    Compilation compilation = compile(links);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:adapted-by] Links's @JsonAdaptedBy adapter Adapter is an inner class; make it static")
        .inFile(links).onLineContaining("@io.typedclient.JsonAdaptedBy");
  }

  @Test
  void bothJsonModelAndJsonAdaptedByIsAnErrorAndNothingIsGenerated() {
    JavaFileObject links = source("test.Links",
        "package test;",
        "@io.typedclient.JsonModel",
        "@io.typedclient.JsonAdaptedBy(LinksJsonAdapter.class)",
        "public record Links(String self) {}");

    Compilation compilation = compile(links, adapter("LinksJsonAdapter", ""));

    assertThat(compilation).hadErrorContaining(
            "[typedclient:adapted-by] Links is annotated both @JsonModel and @JsonAdaptedBy; keep one")
        .inFile(links).onLineContaining("@io.typedclient.JsonAdaptedBy");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aPackagePrivateAdapterUsedFromAnotherPackageIsAnErrorOnTheProperty() {
    JavaFileObject page = source("other.Page",
        "package other;",
        "@io.typedclient.JsonModel",
        "public record Page(String id, test.Links links) {}");

    Compilation compilation = compile(links("LinksJsonAdapter"), adapter("LinksJsonAdapter", ""), page);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:adapted-by] property 'links' has unsupported type test.Links: Links's @JsonAdaptedBy adapter "
                + "LinksJsonAdapter is not visible to the generated code in package other")
        .inFile(page).onLineContaining("public record Page");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aPackagePrivateAdapterUsedByAClientInAnotherPackageIsAnErrorOnTheMethod() {
    JavaFileObject api = source("other.LinksApi",
        "package other;",
        "@io.typedclient.HttpApi",
        "public interface LinksApi {",
        "  @io.typedclient.GET(\"/links\")",
        "  test.Links links();",
        "}");

    Compilation compilation = compile(links("LinksJsonAdapter"), adapter("LinksJsonAdapter", ""), api);

    assertThat(compilation).hadErrorContaining(
            "LinksJsonAdapter is not visible to the generated code in package other")
        .inFile(api).onLineContaining("test.Links links()");
    assertThat(compilation).hadErrorCount(1);
  }
}
