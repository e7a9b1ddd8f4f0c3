package io.typedclient.processor.json;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.typedclient.processor.TypedClientProcessor;
import io.typedclient.processor.testing.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A model whose property type another processor generates in the same round waits for the next one. */
class JsonModelDeferralTest {

  /** Generates the {@code @JsonModel} record {@code test.Later} when it sees {@code @test.MakeLater}. */
  @SupportedAnnotationTypes("test.MakeLater")
  static final class LaterProcessor extends AbstractProcessor {
    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (annotations.isEmpty()) {
        return false;
      }
      try {
        JavaFileObject file = processingEnv.getFiler().createSourceFile("test.Later");
        try (Writer writer = file.openWriter()) {
          writer.write("package test;\n@io.typedclient.JsonModel\npublic record Later(String value) {}\n");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return true;
    }
  }

  @Test
  void modelUsingATypeGeneratedThisRoundIsWrittenNextRound() {
    JavaFileObject marker = Compiler.source("test.MakeLater", "package test;", "public @interface MakeLater {}");
    JavaFileObject holder = Compiler.source("test.Holder",
        "package test;",
        "@MakeLater",
        "@io.typedclient.JsonModel",
        "public record Holder(Later later, java.util.List<Later> all) {}");
    Compilation compilation =
        Compiler.compile(List.of(new TypedClientProcessor(), new LaterProcessor()), marker, holder);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.HolderJsonAdapter").contentsAsUtf8String()
        .contains("new LaterJsonAdapter(moshi)");
    assertThat(compilation).generatedSourceFile("test.LaterJsonAdapter");
  }
}
