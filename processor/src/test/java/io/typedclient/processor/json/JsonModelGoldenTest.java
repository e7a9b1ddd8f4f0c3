package io.typedclient.processor.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The adapters generated for the models in {@code src/test/resources/json/test/}, compared character for
 * character with {@code src/test/resources/golden/json/test/}. When a change to the generated code is intended,
 * regenerate the goldens and review their diff:
 *
 * <pre>
 * ./mvnw -B -pl processor -am verify -Dtest=JsonModelGoldenTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dgolden.update=true
 * </pre>
 */
class JsonModelGoldenTest {
  private static final Path GOLDEN = Paths.get("src/test/resources/golden/json");
  private static Compilation compilation;

  @BeforeAll
  static void compileModels() {
    compilation = Compilations.compile(
        Compilations.resource("test/Nullable.java"),
        Compilations.resource("test/Status.java"),
        Compilations.resource("test/Outer.java"),
        Compilations.resource("test/Point.java"),
        Compilations.resource("test/Team.java"),
        Compilations.resource("test/Everything.java"));
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void generatedCodeCompilesForJava11UnderWerror() {
    // The client library and Android apps compile for 11; a deprecated model must not fail a -Werror build.
    Compilation java11 = Compilations.compileStrictly("11",
        Compilations.resource("test/Nullable.java"),
        Compilations.resource("test/Status.java"),
        Compilations.resource("test/Outer.java"),
        Compilations.resource("test/Everything.java"),
        Compilations.source("test.Old", "package test;",
            "@Deprecated",
            "@io.typedclient.JsonModel",
            "public final class Old {",
            "  public final Status status;",
            "  public Old(Status status) { this.status = status; }",
            "}"),
        Compilations.source("test.UsesOld", "package test;",
            "@io.typedclient.JsonModel",
            "public final class UsesOld {",
            "  @SuppressWarnings(\"deprecation\") public final Old old;",
            "  public UsesOld(@SuppressWarnings(\"deprecation\") Old old) { this.old = old; }",
            "}"));
    assertThat(java11).succeededWithoutWarnings();
  }

  @Test
  void classWithEveryPropertyKind() {
    assertMatchesGolden("test.EverythingJsonAdapter");
  }

  @Test
  void staticNestedClass() {
    assertMatchesGolden("test.Outer_InnerJsonAdapter");
  }

  @Test
  void enumWithRenamedConstantAndFallback() {
    assertMatchesGolden("test.StatusJsonAdapter");
  }

  @Test
  void recordThatContainsItself() {
    assertMatchesGolden("test.PointJsonAdapter");
  }

  @Test
  void recordsThatContainEachOther() {
    assertMatchesGolden("test.TeamJsonAdapter");
  }

  private static void assertMatchesGolden(String className) {
    assertThat(compilation).succeeded();
    String relative = "test/" + className.substring(className.lastIndexOf('.') + 1) + ".java";
    JavaFileObject generated = compilation.generatedSourceFile(className)
        .orElseThrow(() -> new AssertionError("no source generated for " + className));
    String actual = contents(generated);
    if (Boolean.getBoolean("golden.update")) {
      write(GOLDEN.resolve(relative), actual);
    }
    assertThat(actual).isEqualTo(read(GOLDEN.resolve(relative)));
  }

  private static String contents(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new AssertionError("no golden file " + path.toAbsolutePath() + "; regenerate with -Dgolden.update=true", e);
    }
  }

  private static void write(Path path, String contents) {
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, contents);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
