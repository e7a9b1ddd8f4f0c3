package io.typedclient.processor.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.typedclient.processor.TypedClientProcessor;
import io.typedclient.processor.testing.Compiler;
import io.typedclient.processor.testing.OriginRecordingProcessor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How the JSON step behaves as a processor: isolating origins, determinism, one broken model among good ones. */
class JsonModelProcessingTest {
  private static final JavaFileObject[] MODELS = {
      Compiler.resource("json/test/Nullable.java"),
      Compiler.resource("json/test/Status.java"),
      Compiler.resource("json/test/Outer.java"),
      Compiler.resource("json/test/Team.java"),
      Compiler.resource("json/test/Everything.java"),
  };

  @Test
  void eachAdapterHasItsModelAsOnlyOriginatingElement() {
    OriginRecordingProcessor processor = new OriginRecordingProcessor(new TypedClientProcessor());
    Compilation compilation = Compiler.compile(List.of(processor), MODELS);
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
    assertThat(generatedSources(Compiler.compile(MODELS)))
        .containsExactlyElementsIn(generatedSources(Compiler.compile(MODELS)))
        .inOrder();
  }

  @Test
  void oneBrokenModelDoesNotStopTheOthers() {
    OriginRecordingProcessor processor = new OriginRecordingProcessor(new TypedClientProcessor());
    Compilation compilation = Compiler.compile(List.of(processor),
        Compiler.source("test.Broken", "package test;",
            "@io.typedclient.JsonModel",
            "public record Broken(Object value) {}"),
        Compiler.source("test.Fine", "package test;",
            "@io.typedclient.JsonModel",
            "public record Fine(String value) {}"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(processor.origins()).containsExactly("test.FineJsonAdapter <- [test.Fine]");
  }

  @Test
  void propertiesNamedLikeTheAdaptersOwnVariablesDoNotClash() {
    // fromJson declares a reader parameter, a local per property and the variable of its catch clauses.
    Compilation compilation = Compiler.compileStrictly("17",
        Compiler.source("test.Clash", "package test;",
            "@io.typedclient.JsonModel",
            "public record Clash(String e, String reader, int hasE, String e_) {}"));
    assertThat(compilation).succeeded();
  }

  @Test
  void twoModelsWhoseAdaptersWouldShareANameGetAnErrorNotAnException() {
    // The same writer writes clients and adapters, so adapters get the clients' check: Outer.Inner and
    // Outer_Inner would both be Outer_InnerJsonAdapter.
    JavaFileObject nested = Compiler.source("test.Outer", "package test;",
        "public class Outer {",
        "  @io.typedclient.JsonModel",
        "  public record Inner(String value) {}",
        "}");
    JavaFileObject topLevel = Compiler.source("test.Outer_Inner", "package test;",
        "@io.typedclient.JsonModel",
        "public record Outer_Inner(String value) {}");

    Compilation compilation = Compiler.compile(nested, topLevel);

    assertThat(compilation).hadErrorContaining("[typedclient:generated-name-claimed] cannot generate"
            + " test.Outer_InnerJsonAdapter for test.Outer_Inner: it is already the JSON adapter of test.Outer.Inner;"
            + " rename one of the types")
        .inFile(topLevel).onLineContaining("@io.typedclient.JsonModel");
    assertThat(compilation).hadErrorCount(1);
  }

  private static List<String> generatedSources(Compilation compilation) throws IOException {
    List<String> sources = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      sources.add(file.getName() + "\n" + file.getCharContent(true));
    }
    return sources;
  }
}
