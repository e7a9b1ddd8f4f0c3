package io.typedclient.processor.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.typedclient.processor.TypedClientProcessor;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/**
 * Compiles test sources with the typedclient processor, for the tests of every part of it: at Java 17, so that
 * records are allowed, with the lint options of the build.
 */
public final class Compiler {
  /**
   * Every lint, "processing" included, which flags annotations that no processor claims: the processor claims each
   * of ours, so that a user's strictest build stays quiet.
   */
  public static final List<String> OPTIONS = List.of("--release", "17", "-Xlint:all");

  private Compiler() {}

  /** Compiles {@code sources} with the typedclient processor. */
  public static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(new TypedClientProcessor()), sources);
  }

  /** Compiles {@code sources} with exactly {@code processors}, which include typedclient's or a wrapper of it. */
  public static Compilation compile(List<Processor> processors, JavaFileObject... sources) {
    return javac().withProcessors(processors).withOptions(OPTIONS).compile(sources);
  }

  /** Compiles for {@code release} with every lint and warnings as errors, as a strict application build would. */
  public static Compilation compileStrictly(String release, JavaFileObject... sources) {
    return javac()
        .withProcessors(new TypedClientProcessor())
        .withOptions("--release", release, "-Xlint:all", "-Werror")
        .compile(sources);
  }

  /** A source from {@code src/test/resources}, e.g. {@code json/test/Everything.java}. */
  public static JavaFileObject resource(String path) {
    return JavaFileObjects.forResource(path);
  }

  /** A source of exactly {@code lines}, named after its class, e.g. {@code test.Session}. */
  public static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /**
   * {@code test/Api.java}: the imports every test interface uses, then {@code lines}. Keep each line that a
   * test looks for ({@code onLineContaining}) unique in the file.
   */
  public static JavaFileObject api(String... lines) {
    return httpSource("test.Api", lines);
  }

  /** A source file in package {@code test} with the imports every test interface uses, then {@code lines}. */
  public static JavaFileObject httpSource(String qualifiedName, String... lines) {
    StringBuilder text = new StringBuilder()
        .append("package test;\n")
        .append("\n")
        .append("import io.typedclient.*;\n")
        .append("import io.typedclient.runtime.ApiResponse;\n")
        .append("import io.typedclient.runtime.FileUpload;\n")
        .append("import io.typedclient.runtime.HttpResponse;\n")
        .append("import io.typedclient.runtime.RequestBody;\n")
        .append("import io.typedclient.runtime.StreamingResponse;\n")
        .append("import java.net.URI;\n")
        .append("import java.time.temporal.ChronoUnit;\n")
        .append("import java.util.List;\n")
        .append("import java.util.Map;\n")
        .append("import java.util.Optional;\n")
        .append("import java.util.concurrent.CompletableFuture;\n")
        .append("\n");
    for (String line : lines) {
      text.append(line).append('\n');
    }
    return JavaFileObjects.forSourceString(qualifiedName, text.toString());
  }
}
