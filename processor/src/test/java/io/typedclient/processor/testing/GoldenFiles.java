package io.typedclient.processor.testing;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.tools.JavaFileObject;

/**
 * Compares generated sources, clients and adapters alike, with the golden files in
 * {@code src/test/resources/golden/}. With {@code -Dgolden.update=true} it first rewrites each golden file with
 * what was generated, so that an intended change shows up as a diff of the golden files (see
 * processor/README.md).
 */
public final class GoldenFiles {
  public static final String UPDATE_PROPERTY = "golden.update";
  private static final Path ROOT = Paths.get("src", "test", "resources");

  private GoldenFiles() {}

  /**
   * Asserts that {@code compilation} generated {@code qualifiedName} exactly as {@code goldenResource} (relative
   * to {@code src/test/resources}) holds it: the same syntax tree, and the same text, comments and layout.
   */
  public static void assertGenerated(Compilation compilation, String qualifiedName, String goldenResource) {
    String actual = generated(compilation, qualifiedName);
    Path golden = ROOT.resolve(goldenResource);
    try {
      if (Boolean.getBoolean(UPDATE_PROPERTY)) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      String expected = Files.readString(golden, StandardCharsets.UTF_8);
      assertThat(compilation)
          .generatedSourceFile(qualifiedName)
          .hasSourceEquivalentTo(JavaFileObjects.forSourceString(qualifiedName, expected));
      assertWithMessage("%s differs from %s (formatting or comments); if the change is intended, run the build"
              + " with -D%s=true and review the diff", qualifiedName, golden, UPDATE_PROPERTY)
          .that(actual)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + golden.toAbsolutePath()
          + "; run the build with -D" + UPDATE_PROPERTY + "=true to create it", e);
    }
  }

  /** The text of the generated source {@code qualifiedName}; fails when there is none. */
  public static String generated(Compilation compilation, String qualifiedName) {
    JavaFileObject generated = compilation.generatedSourceFile(qualifiedName)
        .orElseThrow(() -> new AssertionError("no generated source " + qualifiedName + "; generated: "
            + compilation.generatedSourceFiles()));
    try {
      return generated.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
