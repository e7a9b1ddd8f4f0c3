package io.typedclient.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.typedclient.HttpApi;
import io.typedclient.processor.testing.Compiler;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A user's strictest build ({@code -Xlint:all -Werror}, "processing" lint included) stays green: the processor
 * supports and claims every annotation of {@code io.typedclient}, so javac never warns "No processor claimed any of
 * these annotations".
 */
class ClaimsTest {

  @Test
  void supportsEveryAnnotationOfTheAnnotationsArtifact() throws IOException, URISyntaxException {
    TypedClientProcessor processor = new TypedClientProcessor();
    // javac initialises the processor, as it does before asking what it supports.
    Compiler.compile(List.of(processor), Compiler.source("test.Empty", "package test;", "final class Empty {}"));

    assertThat(processor.getSupportedAnnotationTypes()).containsAtLeastElementsIn(annotationsArtifact());
  }

  @Test
  void aStrictBuildUsingEveryAnnotationHasNoWarning() {
    JavaFileObject api = Compiler.httpSource("test.Api",
        "@HttpApi",
        "@Headers(\"Accept: application/json\")",
        "interface Api {",
        "  @GET(\"/a/{id}\") Thing get(@Path(\"id\") String id, @Query(\"q\") String q, @Header(\"X-A\") String a);",
        "  @Idempotent @POST(\"/a\") void post(@Body Thing thing);",
        "  @PUT(\"/a\") void put(@Body Thing thing);",
        "  @PATCH(\"/a\") void patch(@Body Thing thing);",
        "  @DELETE(\"/a\") void delete();",
        "  @HEAD(\"/a\") void head();",
        "  @GET(\"/s\") Status status();",
        "  @GET(\"/l\") Links links();",
        "}");
    JavaFileObject thing = Compiler.source("test.Thing",
        "package test;",
        "@io.typedclient.JsonModel",
        "record Thing(@com.squareup.moshi.Json(name = \"thing_id\") String id) {}");
    JavaFileObject status = Compiler.source("test.Status",
        "package test;",
        "@io.typedclient.JsonModel",
        "enum Status { @com.squareup.moshi.Json(name = \"ok\") OK, @io.typedclient.JsonFallback UNKNOWN }");
    JavaFileObject links = Compiler.source("test.Links",
        "package test;",
        "@io.typedclient.JsonAdaptedBy(LinksAdapter.class)",
        "final class Links {}");
    JavaFileObject adapter = Compiler.source("test.LinksAdapter",
        "package test;",
        "final class LinksAdapter extends com.squareup.moshi.JsonAdapter<Links> {",
        "  @Override public Links fromJson(com.squareup.moshi.JsonReader reader) { return null; }",
        "  @Override public void toJson(com.squareup.moshi.JsonWriter writer, Links value) {}",
        "}");

    Compilation compilation = Compiler.compileStrictly("17", api, thing, status, links, adapter);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aStrictBuildWithAndroidxNullableOnAModelHasNoWarning() {
    // A stand-in for AndroidX's declaration @Nullable, which is not on Maven Central.
    JavaFileObject nullable = Compiler.source("androidx.annotation.Nullable",
        "package androidx.annotation;",
        "@java.lang.annotation.Target({java.lang.annotation.ElementType.PARAMETER, java.lang.annotation.ElementType.METHOD})",
        "public @interface Nullable {}");
    JavaFileObject model = Compiler.source("test.Note",
        "package test;",
        "@io.typedclient.JsonModel",
        "public record Note(String id, @androidx.annotation.Nullable String text) {}");

    Compilation compilation = Compiler.compileStrictly("17", model, nullable);

    assertThat(compilation).succeededWithoutWarnings();
  }

  /** The canonical names of the annotation types in the jar (or classes folder) that holds {@code @HttpApi}. */
  private static Set<String> annotationsArtifact() throws IOException, URISyntaxException {
    Path location = Paths.get(HttpApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      return annotationsUnder(location);
    }
    try (FileSystem jar = FileSystems.newFileSystem(location, (ClassLoader) null)) {
      return annotationsUnder(jar.getPath("/"));
    }
  }

  private static Set<String> annotationsUnder(Path root) throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        try {
          if (Class.forName(name, false, ClaimsTest.class.getClassLoader()).isAnnotation()) {
            names.add(name);
          }
        } catch (ClassNotFoundException e) {
          throw new AssertionError(name, e);
        }
      }
    }
    assertThat(names).isNotEmpty();
    return names;
  }
}
