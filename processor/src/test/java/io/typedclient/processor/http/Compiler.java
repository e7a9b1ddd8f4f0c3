package io.typedclient.processor.http;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.typedclient.processor.TypedClientProcessor;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Compiles test sources with the typedclient processor and the lint options of the build. */
final class Compiler {
  /** The build's options: every lint but "processing", which flags annotations no processor claims. */
  static final List<String> OPTIONS = List.of("-Xlint:all", "-Xlint:-processing");

  private Compiler() {}

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(new TypedClientProcessor()), sources);
  }

  static Compilation compile(List<Processor> processors, JavaFileObject... sources) {
    return javac().withProcessors(processors).withOptions(OPTIONS).compile(sources);
  }

  /**
   * {@code test/Api.java}: the imports every test interface uses, then {@code lines}. Keep each line that a
   * test looks for ({@code onLineContaining}) unique in the file.
   */
  static JavaFileObject api(String... lines) {
    return source("test.Api", lines);
  }

  /** A source file in package {@code test} with the common imports, then {@code lines}. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    StringBuilder text = new StringBuilder()
        .append("package test;\n")
        .append("\n")
        .append("import io.typedclient.*;\n")
        .append("import io.typedclient.runtime.ApiResponse;\n")
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
