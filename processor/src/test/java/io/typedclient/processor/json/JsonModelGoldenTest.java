package io.typedclient.processor.json;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.typedclient.processor.testing.Compiler;
import io.typedclient.processor.testing.GoldenFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The adapters generated for the models in {@code src/test/resources/json/test/}, compared with
 * {@code src/test/resources/golden/json/test/} by {@link GoldenFiles}, as clients are. When a change to the
 * generated code is intended, regenerate the goldens and review their diff (see processor/README.md).
 */
class JsonModelGoldenTest {
  private static Compilation compilation;

  @BeforeAll
  static void compileModels() {
    compilation = Compiler.compile(
        Compiler.resource("json/test/Nullable.java"),
        Compiler.resource("json/test/Status.java"),
        Compiler.resource("json/test/Outer.java"),
        Compiler.resource("json/test/Point.java"),
        Compiler.resource("json/test/Team.java"),
        Compiler.resource("json/test/Everything.java"),
        Compiler.resource("json/test/Page.java"));
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void generatedCodeCompilesForJava11UnderWerror() {
    // The client library and Android apps compile for 11; a deprecated model must not fail a -Werror build.
    Compilation java11 = Compiler.compileStrictly("11",
        Compiler.resource("json/test/Nullable.java"),
        Compiler.resource("json/test/Status.java"),
        Compiler.resource("json/test/Outer.java"),
        Compiler.resource("json/test/Everything.java"),
        Compiler.source("test.Old", "package test;",
            "@Deprecated",
            "@io.typedclient.JsonModel",
            "public final class Old {",
            "  public final Status status;",
            "  public Old(Status status) { this.status = status; }",
            "}"),
        Compiler.source("test.UsesOld", "package test;",
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
  void genericRecordTakesTheAdaptersOfItsTypeArguments() {
    assertMatchesGolden("test.PageJsonAdapter");
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
    GoldenFiles.assertGenerated(compilation, className,
        "golden/json/test/" + className.substring(className.lastIndexOf('.') + 1) + ".java");
  }
}
