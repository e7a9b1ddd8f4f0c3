package io.typedclient.processor.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.typedclient.processor.TypedClientProcessor;
import io.typedclient.processor.testing.OriginRecordingProcessor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How the JSON step behaves as a processor: isolating origins, determinism, one broken model among good ones. */
class JsonModelProcessingTest {
  private static final JavaFileObject[] MODELS = {
      Compilations.resource("test/Nullable.java"),
      Compilations.resource("test/Status.java"),
      Compilations.resource("test/Outer.java"),
      Compilations.resource("test/Team.java"),
      Compilations.resource("test/Everything.java"),
  };

  @Test
  void eachAdapterHasItsModelAsOnlyOriginatingElement() {
    OriginRecordingProcessor processor = new OriginRecordingProcessor(new TypedClientProcessor());
    Compilation compilation = javac().withProcessors(processor).withOptions("--release", "17").compile(MODELS);
    assertThat(compilation).succeeded();
    assertThat(processor.origins()).containsExactly(
        "test.StatusJsonAdapter <- [test.Status]",
        "test.Outer_InnerJsonAdapter <- [test.Outer.Inner]",
        "test.TeamJsonAdapter <- [test.Team]",
        "test.Team_MemberJsonAdapter <- [test.Team.Member]",
        "test.EverythingJsonAdapter <- [test.Everything]");
  }

  @Test
  void outputIsDeterministic() throws IOException {
    assertThat(generatedSources(Compilations.compile(MODELS)))
        .containsExactlyElementsIn(generatedSources(Compilations.compile(MODELS)))
        .inOrder();
  }

  @Test
  void oneBrokenModelDoesNotStopTheOthers() {
    OriginRecordingProcessor processor = new OriginRecordingProcessor(new TypedClientProcessor());
    Compilation compilation = javac().withProcessors(processor).withOptions("--release", "17").compile(
        Compilations.source("test.Broken", "package test;",
            "@io.typedclient.JsonModel",
            "public record Broken(Object value) {}"),
        Compilations.source("test.Fine", "package test;",
            "@io.typedclient.JsonModel",
            "public record Fine(String value) {}"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(processor.origins()).containsExactly("test.FineJsonAdapter <- [test.Fine]");
  }

  @Test
  void propertiesNamedLikeTheAdaptersOwnVariablesDoNotClash() {
    // fromJson declares a reader parameter, a local per property and the variable of its catch clauses.
    Compilation compilation = Compilations.compileStrictly("17",
        Compilations.source("test.Clash", "package test;",
            "@io.typedclient.JsonModel",
            "public record Clash(String e, String reader, int hasE, String e_) {}"));
    assertThat(compilation).succeeded();
  }

  private static List<String> generatedSources(Compilation compilation) throws IOException {
    List<String> sources = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      sources.add(file.getName() + "\n" + file.getCharContent(true));
    }
    return sources;
  }
}
