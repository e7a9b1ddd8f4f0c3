package io.typedclient.processor.http;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedclient.processor.testing.Compiler.OPTIONS;
import static io.typedclient.processor.testing.Compiler.api;
import static io.typedclient.processor.testing.Compiler.compile;
import static io.typedclient.processor.testing.Compiler.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.squareup.moshi.Moshi;
import io.typedclient.HttpApi;
import io.typedclient.processor.TypedClientProcessor;
import io.typedclient.runtime.ClientRuntime;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import kotlin.Unit;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Generated code is {@code @NullMarked} and says {@code @Nullable} where the user's interface and models do, so
 * that Kotlin and nullness checkers read the generated client as they read the interface; without JSpecify on the
 * class path it carries neither (an annotation that does not resolve would fail the build).
 */
class NullMarkedCodeTest {

  @Test
  void theClientRepeatsJSpecifysNullableOnParametersAndTypeArguments() {
    JavaFileObject source = api(
        "import java.util.concurrent.CompletableFuture;",
        "import org.jspecify.annotations.Nullable;",
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/things/{id}\")",
        "  @Nullable String thing(@Path(\"id\") String id, @Query(\"q\") @Nullable String query);",
        "  @DELETE(\"/things/{id}\")",
        "  CompletableFuture<@Nullable Void> remove(@Path(\"id\") String id, @Query(\"force\") @Nullable Boolean force);",
        "  @POST(\"/things\")",
        "  List<@Nullable String> create(@Body List<@Nullable String> names);",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    String client = generated(compilation, "test.ApiClient");
    assertThat(client).contains("@NullMarked\npublic final class ApiClient implements Api, AutoCloseable {");
    assertThat(client).contains("public @Nullable String thing(String id, @Nullable String query) {");
    assertThat(client).contains("public CompletableFuture<@Nullable Void> remove(String id, @Nullable Boolean force) {");
    assertThat(client).contains("public List<@Nullable String> create(List<@Nullable String> names) {");
  }

  @Test
  void aDeclarationNullableIsCopiedToTheParameterAndTheMethod() {
    // JetBrains' @Nullable, a declaration annotation, is what kapt's stubs carry for Kotlin's String?.
    JavaFileObject source = api(
        "import org.jetbrains.annotations.Nullable;",
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/things/{id}\")",
        "  @Nullable String thing(@Path(\"id\") String id, @Nullable @Query(\"q\") String query);",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    String client = generated(compilation, "test.ApiClient");
    assertThat(client).contains("@Override\n  @Nullable\n  public String thing(String id, @Nullable String query) {");
    assertThat(client).contains("import org.jetbrains.annotations.Nullable;");
  }

  @Test
  void theAdapterIsNullMarkedAndTakesANullableValueAsMoshiDeclaresIt() {
    JavaFileObject model = source("test.Point",
        "package test;",
        "import io.typedclient.JsonModel;",
        "import org.jspecify.annotations.Nullable;",
        "@JsonModel",
        "public record Point(int x, @Nullable String label) {}");

    Compilation compilation = compile(model);

    assertThat(compilation).succeededWithoutWarnings();
    String adapter = generated(compilation, "test.PointJsonAdapter");
    assertThat(adapter).contains("@NullMarked\n@SuppressWarnings(\"deprecation\")\npublic final class PointJsonAdapter");
    assertThat(adapter).contains("public @Nullable JsonAdapter<?> create(");
    assertThat(adapter).contains("public void toJson(JsonWriter writer, @Nullable Point value) throws IOException {");
  }

  @Test
  void withoutJSpecifyOnTheClassPathNothingOfItIsWritten() {
    // What generated code needs, and not JSpecify: the jars (or directories) of the annotations, the runtime,
    // Moshi, okio and the Kotlin standard library.
    List<File> classPath = new ArrayList<>();
    for (Class<?> type : List.of(HttpApi.class, ClientRuntime.class, Moshi.class, Buffer.class, Unit.class)) {
      classPath.add(location(type));
    }
    assertThat(classPath.toString()).doesNotContain("jspecify");
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/things/{id}\") String thing(@Path(\"id\") String id);",
        "}");
    JavaFileObject model = source("test.Point",
        "package test;",
        "import io.typedclient.JsonModel;",
        "@JsonModel",
        "public record Point(int x, int y) {}");

    Compilation compilation = Compiler.javac()
        .withProcessors(new TypedClientProcessor())
        .withOptions(OPTIONS)
        .withClasspath(classPath)
        .compile(source, model);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "test.ApiClient")).doesNotContain("jspecify");
    assertThat(generated(compilation, "test.PointJsonAdapter")).doesNotContain("jspecify");
  }

  private static File location(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String generated(Compilation compilation, String name) {
    try {
      return compilation.generatedSourceFile(name).orElseThrow().getCharContent(false).toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
