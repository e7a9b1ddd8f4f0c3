package io.typedclient.processor.http;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedclient.processor.testing.Compiler.api;
import static io.typedclient.processor.testing.Compiler.compile;
import static io.typedclient.processor.testing.Compiler.httpSource;
import static io.typedclient.processor.testing.Compiler.resource;

import com.google.testing.compile.Compilation;
import io.typedclient.processor.TypedClientProcessor;
import io.typedclient.processor.testing.Compiler;
import io.typedclient.processor.testing.OriginRecordingProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How the step behaves across interfaces and rounds: isolation, deferral, determinism, originating elements. */
class ProcessingTest {

  @Test
  void aBrokenInterfaceDoesNotStopTheOthers() {
    JavaFileObject broken = httpSource("test.BrokenApi",
        "@HttpApi",
        "interface BrokenApi {",
        "  @GET(\"/things/{id}\")",
        "  String thing();",
        "}");
    JavaFileObject good = httpSource("test.GoodApi",
        "@HttpApi",
        "interface GoodApi {",
        "  @GET(\"/things/{id}\")",
        "  String thing(@Path(\"id\") String id);",
        "}");
    JavaFileObject alsoGood = httpSource("test.AlsoGoodApi",
        "@HttpApi",
        "interface AlsoGoodApi {",
        "  @DELETE(\"/things/{id}\")",
        "  void delete(@Path(\"id\") String id);",
        "}");

    OriginRecordingProcessor processor = new OriginRecordingProcessor(new TypedClientProcessor());

    Compilation compilation = Compiler.compile(List.of(processor), broken, good, alsoGood);

    assertThat(compilation).hadErrorContaining("[typedclient:placeholder-unfilled] placeholder {id} in"
        + " \"/things/{id}\" has no @Path(\"id\")"
            + " parameter for method BrokenApi.thing")
        .inFile(broken).onLineContaining("@GET");
    // The one error: the other clients were written and compiled cleanly.
    assertThat(compilation).hadErrorCount(1);
    assertThat(processor.origins()).containsExactly(
        "test.GoodApiClient <- [test.GoodApi]",
        "test.AlsoGoodApiClient <- [test.AlsoGoodApi]");
  }

  @Test
  void waitsForATypeThatAnotherProcessorGeneratesInTheSameRound() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/sessions/{id}\")",
        "  CompletableFuture<List<Session>> sessions(@Path(\"id\") String id);",
        "  @POST(\"/sessions\")",
        "  void create(@Body Session session);",
        "}");

    Compilation compilation = Compiler.compile(
        List.of(new GeneratesSession(), new TypedClientProcessor()), source);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ApiClient")
        .contentsAsUtf8String().contains("JsonAdapters.listOf(new SessionJsonAdapter(moshi).nonNull())");
  }

  @Test
  void reportsATypeThatNeverAppears() {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @GET(\"/sessions/{id}\")",
        "  Missing session(@Path(\"id\") String id);",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:missing-type] could not generate ApiClient: a type it uses was never defined: Missing in"
                + " the return type"
                + " for method Api.session")
        .inFile(source).onLineContaining("interface Api");
    // javac's own "cannot find symbol" is the other error; nothing comes from generated code.
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(source).onLineContaining("Missing session");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void sameInputGivesTheSameOutput() throws IOException {
    JavaFileObject[] inputs = {
        resource("golden/http/sessions/SessionApi.java"),
        resource("golden/http/sessions/Session.java"),
        resource("golden/http/sessions/CreateSessionRequest.java"),
        resource("golden/http/catalog/Catalog.java"),
        resource("golden/http/users/UserApi.java"),
        resource("golden/http/users/Resource.java"),
        resource("golden/http/users/User.java"),
    };
    JavaFileObject[] reversed = new JavaFileObject[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      reversed[i] = inputs[inputs.length - 1 - i];
    }

    List<String> first = generatedSources(compile(inputs));
    List<String> second = generatedSources(compile(inputs));
    List<String> otherOrder = generatedSources(compile(reversed));

    // Three clients and the adapters of their three models.
    assertThat(first).hasSize(6);
    assertThat(second).isEqualTo(first);
    assertThat(otherOrder).containsExactlyElementsIn(first);
  }

  @Test
  void eachGeneratedFileHasItsInterfaceAsTheOnlyOriginatingElement() {
    JavaFileObject first = httpSource("test.FirstApi",
        "@HttpApi",
        "interface FirstApi extends Base {",
        "  @GET(\"/first\") String first();",
        "}");
    JavaFileObject base = httpSource("test.Base",
        "interface Base {",
        "  @GET(\"/base\") String base();",
        "}");
    JavaFileObject second = httpSource("test.SecondApi",
        "@HttpApi",
        "interface SecondApi {",
        "  @GET(\"/second\") String second();",
        "}");
    OriginRecordingProcessor processor = new OriginRecordingProcessor(new TypedClientProcessor());

    Compilation compilation = Compiler.compile(List.of(processor), first, base, second);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(processor.origins()).containsExactly(
        "test.FirstApiClient <- [test.FirstApi]",
        "test.SecondApiClient <- [test.SecondApi]");
  }

  private static List<String> generatedSources(Compilation compilation) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    List<String> sources = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      sources.add(file.getName() + "\n" + file.getCharContent(false));
    }
    return sources;
  }

  /**
   * Generates the model {@code test.Session} in the first round, as another processor could. It comes first: the
   * typedclient processor claims its annotations, and javac hands a round's claimed annotations to no processor after
   * the one that claimed them.
   */
  private static final class GeneratesSession extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      try (Writer writer = processingEnv.getFiler().createSourceFile("test.Session").openWriter()) {
        writer.write("package test;\n\n@io.typedclient.JsonModel\npublic final class Session {\n"
            + "  public final String id;\n\n  public Session(String id) {\n    this.id = id;\n  }\n}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }
}
