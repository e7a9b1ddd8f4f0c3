package io.typedclient.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.typedclient.processor.TypedClientProcessor;
import io.typedclient.processor.testing.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@link AdapterExpressions} makes a generated client do. A stand-in for the client generator turns the fields of
 * a {@code @test.Wire} class into {@code AdapterExpressions.adapterFor(type, moshi)} expressions in a generated
 * {@code Function<Moshi, Map<String, JsonAdapter<?>>>}; the test checks the code, compiles it with the models'
 * adapters, and runs it against a Moshi that fails when asked for anything but a string or a primitive: the
 * client's adapters reach every model without asking Moshi, so Moshi never gets the chance to reflect.
 */
class AdapterExpressionsTest {
  private static final Map<String, String> CODES = new LinkedHashMap<>();
  private static Compilation compilation;

  /** Writes {@code test.Wiring} from the fields of the class annotated {@code @test.Wire}. */
  @SupportedAnnotationTypes("test.Wire")
  static final class WiringProcessor extends AbstractProcessor {
    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (TypeElement annotation : annotations) {
        for (Element holder : round.getElementsAnnotatedWith(annotation)) {
          write(ElementFilter.fieldsIn(holder.getEnclosedElements()));
        }
      }
      return true;
    }

    private void write(List<VariableElement> fields) {
      ClassName jsonAdapter = ClassName.get(JsonAdapter.class);
      TypeName adapters = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
          ParameterizedTypeName.get(jsonAdapter, WildcardTypeName.subtypeOf(Object.class)));
      MethodSpec.Builder apply = MethodSpec.methodBuilder("apply")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(adapters)
          .addParameter(Moshi.class, "moshi")
          .addStatement("$T adapters = new $T<>()", adapters, LinkedHashMap.class);
      for (VariableElement field : fields) {
        CodeBlock code = AdapterExpressions.adapterFor(field.asType(), CodeBlock.of("moshi"));
        CODES.put(field.getSimpleName().toString(), code.toString());
        apply.addStatement("adapters.put($S, $L)", field.getSimpleName(), code);
      }
      TypeSpec wiring = TypeSpec.classBuilder("Wiring")
          .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
          .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Function.class), ClassName.get(Moshi.class), adapters))
          .addMethod(apply.addStatement("return adapters").build())
          .build();
      try {
        JavaFile.builder("test", wiring).build().writeTo(processingEnv.getFiler());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Fails, and remembers, every request Moshi passes on to its built-in factories, except strings and primitives. */
  static final class Guard implements JsonAdapter.Factory {
    final List<Type> requests = new ArrayList<>();

    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      Class<?> raw = Types.getRawType(type);
      if (raw.isPrimitive() || raw == String.class) {
        return null;
      }
      requests.add(type);
      throw new AssertionError("Moshi was asked for an adapter of " + type);
    }
  }

  @BeforeAll
  static void compileWiring() {
    CODES.clear();
    compilation = Compiler.compile(List.of(new TypedClientProcessor(), new WiringProcessor()),
        Compiler.source("test.Wire", "package test;", "public @interface Wire {}"),
        Compiler.source("test.Nullable", "package test;",
            "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)",
            "public @interface Nullable {}"),
        Compiler.source("test.Status", "package test;",
            "@io.typedclient.JsonModel",
            "public enum Status { ACTIVE, @io.typedclient.JsonFallback UNKNOWN }"),
        Compiler.source("test.Idp", "package test;",
            "@io.typedclient.JsonModel",
            "public record Idp(String id, Status status) {}"),
        Compiler.source("test.Session", "package test;",
            "@io.typedclient.JsonModel",
            "public record Session(String id, java.time.Instant expiresAt, Idp idp, java.util.List<Session> children)"
                + " {}"),
        Compiler.source("test.Holder", "package test;",
            "@Wire",
            "final class Holder {",
            "  Session session;",
            "  java.util.List<Session> sessions;",
            "  java.util.Map<String, java.util.Set<Status>> statusesByUser;",
            "  java.util.List<@Nullable Status> sparse;",
            "  java.time.Instant instant;",
            "  java.time.OffsetDateTime offsetDateTime;",
            "  java.time.LocalDate localDate;",
            "  String text;",
            "  int count;",
            "  java.util.UUID id;",
            "}"));
  }

  @Test
  void wiresModelsCollectionsAndTimesDirectlyAndTheRestThroughMoshi() {
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(CODES).containsExactly(
        "session", "new test.SessionJsonAdapter(moshi).nullSafe()",
        "sessions", "io.typedclient.runtime.internal.JsonAdapters.listOf(new"
            + " test.SessionJsonAdapter(moshi).nonNull()).nullSafe()",
        "statusesByUser", "io.typedclient.runtime.internal.JsonAdapters.mapOf(io.typedclient.runtime.internal.JsonAdapters.setOf("
            + "new test.StatusJsonAdapter(moshi).nonNull()).nonNull()).nullSafe()",
        "sparse", "io.typedclient.runtime.internal.JsonAdapters.listOf(new"
            + " test.StatusJsonAdapter(moshi).nullSafe()).nullSafe()",
        "instant", "io.typedclient.runtime.internal.JsonAdapters.instant().nullSafe()",
        "offsetDateTime", "io.typedclient.runtime.internal.JsonAdapters.offsetDateTime().nullSafe()",
        "localDate", "io.typedclient.runtime.internal.JsonAdapters.localDate().nullSafe()",
        "text", "moshi.adapter(java.lang.String.class)",
        "count", "moshi.adapter(int.class)",
        "id", "moshi.adapter(java.util.UUID.class)").inOrder();
  }

  @Test
  void generatedClientAdaptersNeverAskMoshiForAModel() throws Exception {
    Guard guard = new Guard();
    JsonAdapter<UUID> uuids = new JsonAdapter<UUID>() {
      @Override
      public UUID fromJson(com.squareup.moshi.JsonReader reader) throws IOException {
        return UUID.fromString(reader.nextString());
      }

      @Override
      public void toJson(com.squareup.moshi.JsonWriter writer, UUID value) throws IOException {
        writer.value(value.toString());
      }
    };
    // addLast: after every adapter the application registers (UUID's), before Moshi's built-in factories,
    // which Moshi always appends after the builder's; so Moshi consults the guard before it could reflect.
    Moshi moshi = new Moshi.Builder().add(UUID.class, uuids.nullSafe()).addLast(guard).build();

    Map<String, JsonAdapter<?>> adapters = wiring().apply(moshi);

    String session = "{\"id\":\"s1\",\"expiresAt\":\"2019-08-24T14:15:22Z\",\"idp\":{\"id\":\"i\",\"status\":\"ACTIVE\"},"
        + "\"children\":[{\"id\":\"s2\",\"expiresAt\":\"2019-08-24T14:15:22.5Z\",\"idp\":{\"id\":\"j\",\"status\":\"NEW\"},"
        + "\"children\":[]}]}";
    assertRoundTrips(adapters.get("session"), session,
        session.replace("\"NEW\"", "\"UNKNOWN\"").replace("22.5Z", "22.500Z"));
    assertRoundTrips(adapters.get("sessions"), "[" + session + "]",
        "[" + session.replace("\"NEW\"", "\"UNKNOWN\"").replace("22.5Z", "22.500Z") + "]");
    assertRoundTrips(adapters.get("statusesByUser"), "{\"u\":[\"ACTIVE\",\"UNKNOWN\"]}", "{\"u\":[\"ACTIVE\",\"UNKNOWN\"]}");
    assertRoundTrips(adapters.get("sparse"), "[\"ACTIVE\",null]", "[\"ACTIVE\",null]");
    assertRoundTrips(adapters.get("instant"), "\"2019-08-24T14:15:22Z\"", "\"2019-08-24T14:15:22Z\"");
    assertRoundTrips(adapters.get("offsetDateTime"), "\"2019-08-24T14:15:22+02:00\"", "\"2019-08-24T14:15:22+02:00\"");
    assertRoundTrips(adapters.get("localDate"), "\"2019-08-24\"", "\"2019-08-24\"");
    assertRoundTrips(adapters.get("text"), "\"x\"", "\"x\"");
    assertRoundTrips(adapters.get("count"), "7", "7");
    assertRoundTrips(adapters.get("id"), "\"00000000-0000-0000-0000-000000000001\"", "\"00000000-0000-0000-0000-000000000001\"");
    // Like Moshi's own adapters, each reads null as null, but for a primitive.
    for (Map.Entry<String, JsonAdapter<?>> adapter : adapters.entrySet()) {
      if (!adapter.getKey().equals("count")) {
        assertThat(adapter.getValue().fromJson("null")).isNull();
      }
    }
    assertThat(guard.requests).isEmpty();
  }

  @Test
  void guardIsConsultedBeforeMoshiWouldReflect() throws Exception {
    Guard guard = new Guard();
    Moshi moshi = new Moshi.Builder().addLast(guard).build();
    ClassLoader loader = classLoader();
    // A record and an enum: without the guard, RecordJsonAdapter and EnumJsonAdapter would serve them.
    for (String name : List.of("test.Session", "test.Status")) {
      Class<?> model = loader.loadClass(name);
      assertThrows(AssertionError.class, () -> moshi.adapter(model));
    }
    assertThat(guard.requests).hasSize(2);
  }

  private static void assertRoundTrips(JsonAdapter<?> adapter, String json, String expected) throws IOException {
    assertThat(toJson(adapter, adapter.fromJson(json))).isEqualTo(expected);
  }

  @SuppressWarnings("unchecked")
  private static String toJson(JsonAdapter<?> adapter, Object value) {
    return ((JsonAdapter<Object>) adapter).toJson(value);
  }

  @SuppressWarnings("unchecked")
  private static Function<Moshi, Map<String, JsonAdapter<?>>> wiring() throws Exception {
    return (Function<Moshi, Map<String, JsonAdapter<?>>>)
        classLoader().loadClass("test.Wiring").getDeclaredConstructor().newInstance();
  }

  /** Loads the classes the compilation wrote, which exist only in memory. */
  private static ClassLoader classLoader() {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), path.length() - 6);
        try (InputStream in = file.openInputStream()) {
          classes.put(name.replace('/', '.'), in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new ClassLoader(AdapterExpressionsTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }
}
