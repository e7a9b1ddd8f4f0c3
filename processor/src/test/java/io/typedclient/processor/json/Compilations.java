package io.typedclient.processor.json;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.typedclient.processor.TypedClientProcessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Compiles test sources with the typedclient processor, at Java 17 so that records are allowed. */
final class Compilations {
  private Compilations() {}

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /** Compiles for {@code release} with every lint and warnings as errors, as a strict application build would. */
  static Compilation compileStrictly(String release, JavaFileObject... sources) {
    return javac()
        .withProcessors(new TypedClientProcessor())
        .withOptions("--release", release, "-Xlint:all", "-Xlint:-processing", "-Werror")
        .compile(Arrays.asList(sources));
  }

  /** Compiles with {@code extraProcessors} running beside typedclient's. */
  static Compilation compile(List<Processor> extraProcessors, JavaFileObject... sources) {
    List<Processor> processors = new ArrayList<>();
    processors.add(new TypedClientProcessor());
    processors.addAll(extraProcessors);
    return javac()
        .withProcessors(processors)
        .withOptions("--release", "17", "-Xlint:all", "-Xlint:-processing")
        .compile(Arrays.asList(sources));
  }

  /** A source from {@code src/test/resources/json/}, e.g. {@code test/Everything.java}. */
  static JavaFileObject resource(String path) {
    return JavaFileObjects.forResource("json/" + path);
  }

  /** A source from lines, named after its class, e.g. {@code test.Session}. */
  static JavaFileObject source(String className, String... lines) {
    return JavaFileObjects.forSourceLines(className, lines);
  }
}
