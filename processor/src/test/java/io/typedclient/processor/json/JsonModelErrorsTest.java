package io.typedclient.processor.json;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedclient.processor.testing.Compiler.compile;
import static io.typedclient.processor.testing.Compiler.source;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per compile error of {@code @JsonModel}: its message, and the file and line it points at. */
class JsonModelErrorsTest {
  /** A type-use {@code Nullable}, as the tests' models use. */
  private static final JavaFileObject NULLABLE = source("test.Nullable",
      "package test;",
      "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)",
      "public @interface Nullable {}");

  /**
   * Compiling {@code model} fails with an error of {@code rule} containing {@code message} on the line containing
   * {@code line}.
   */
  private static void assertError(JavaFileObject model, String rule, String message, String line) {
    Compilation compilation = compile(NULLABLE, model);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(model).onLineContaining(line);
    assertTagged(compilation, rule, message);
  }

  /** Every error containing {@code message} starts with the tag of {@code rule}, and there is one. */
  private static void assertTagged(Compilation compilation, String rule, String message) {
    boolean found = false;
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String text = error.getMessage(Locale.ROOT);
      if (text.contains(message)) {
        assertWithMessage("error %s", text).that(text).startsWith("[typedclient:" + rule + "] ");
        found = true;
      }
    }
    assertWithMessage("an error containing %s", message).that(found).isTrue();
  }

  @Test
  void classWhoseConstructorsAreAllPrivate() {
    JavaFileObject model = source("test.Token",
        "package test;",
        "@io.typedclient.JsonModel",
        "public final class Token {",
        "  private final String value;",
        "  private Token(String value) { this.value = value; }",
        "  public String value() { return value; }",
        "}");
    assertError(model, "model-constructor", "Token has no usable constructor: every constructor is private", "public"
        + " final class Token");
  }

  @Test
  void classWithTwoWidestConstructors() {
    JavaFileObject model = source("test.Pair",
        "package test;",
        "@io.typedclient.JsonModel",
        "public final class Pair {",
        "  final String a;",
        "  final String b;",
        "  public Pair(String a, String b) { this.a = a; this.b = b; }",
        "  public Pair(String a, int b) { this(a, String.valueOf(b)); }",
        "}");
    assertError(model, "model-constructor", "Pair has no usable constructor: more than one non-private constructor"
        + " takes 2 parameters",
        "public final class Pair");
  }

  @Test
  void constructorThatThrowsACheckedException() {
    JavaFileObject model = source("test.Parsed",
        "package test;",
        "@io.typedclient.JsonModel",
        "public final class Parsed {",
        "  final String value;",
        "  public Parsed(String value) throws Exception { this.value = value; }",
        "}");
    assertError(model, "model-constructor", "Parsed has no usable constructor: its constructor throws checked"
        + " exception java.lang.Exception",
        "public Parsed(String value)");
  }

  @Test
  void constructorParameterWithoutAccessorOrField() {
    JavaFileObject model = source("test.User",
        "package test;",
        "@io.typedclient.JsonModel",
        "public final class User {",
        "  private final String login;",
        "  public User(String login,",
        "      String email) {",
        "    this.login = login;",
        "  }",
        "  public String login() { return login; }",
        "}");
    assertError(model, "property-accessor", "constructor parameter 'email' of User has no matching accessor or field:"
        + " add a method "
        + "email(), getEmail() or a non-private field email, of type java.lang.String", "String email)");
  }

  @Test
  void accessorOfTheWrongTypeIsNamedInTheError() {
    JavaFileObject model = source("test.User",
        "package test;",
        "@io.typedclient.JsonModel",
        "public final class User {",
        "  private final long id;",
        "  public User(long id) { this.id = id; }",
        "  public int getId() { return (int) id; }",
        "}");
    assertError(model, "property-accessor", "(getId() has type int, not long; field id is private)", "public"
        + " User(long id)");
  }

  @Test
  void privateAccessorDoesNotCount() {
    JavaFileObject model = source("test.User",
        "package test;",
        "@io.typedclient.JsonModel",
        "public final class User {",
        "  private final String id;",
        "  public User(String id) { this.id = id; }",
        "  private String id() { return id; }",
        "}");
    assertError(model, "property-accessor", "(id() is private; field id is private)",
        "public User(String id)");
  }

  @Test
  void rawList() {
    assertUnsupported("@SuppressWarnings(\"rawtypes\") java.util.List values",
        "property 'values' has unsupported type java.util.List: List is a raw type, which has no type information");
  }

  @Test
  void wildcardList() {
    assertUnsupported("java.util.List<?> values", "property 'values' has unsupported type java.util.List<?>: it has"
        + " the wildcard ?; name the type instead");
  }

  @Test
  void boundedWildcardList() {
    assertUnsupported("java.util.List<? extends Number> values", "it has the wildcard ? extends Number; name the type"
        + " instead");
  }

  @Test
  void array() {
    assertUnsupported("String[] values",
        "property 'values' has unsupported type java.lang.String[]: String[] is an array, which Moshi's array "
            + "adapter creates by reflection; use List<String> instead");
  }

  @Test
  void mapWithNonStringKeys() {
    assertUnsupported("java.util.Map<Integer, String> values",
        "unsupported type java.util.Map<java.lang.Integer,java.lang.String>: map keys must be String");
  }

  @Test
  void object() {
    assertUnsupported("Object values", "unsupported type java.lang.Object: Object has no fixed shape");
  }

  @Test
  void listOfObject() {
    assertUnsupported("java.util.List<Object> values", "Object has no fixed shape");
  }

  @Test
  void concreteCollectionClass() {
    assertUnsupported("java.util.ArrayList<String> values",
        "declare collections as List, Set or Map<String, V>");
  }

  @Test
  void enumThatIsNotAJsonModel() {
    assertUnsupported("java.time.DayOfWeek values",
        "enum DayOfWeek has no generated adapter, and Moshi's own enum adapter finds its constants by reflection;"
            + " declare an enum of your own annotated @io.typedclient.JsonModel, or, if the application's Moshi has"
            + " an adapter registered for it, name it in @JsonModel(fromMoshi = DayOfWeek.class) on Holder");
  }

  @Test
  void nonModelEnumInsideACollection() {
    assertUnsupported("java.util.Set<java.time.DayOfWeek> values", "enum DayOfWeek has no generated adapter");
  }

  private static void assertUnsupported(String parameter, String message) {
    JavaFileObject model = source("test.Holder",
        "package test;",
        "@io.typedclient.JsonModel",
        "public record Holder(",
        "    String name,",
        "    " + parameter + ") {}");
    assertError(model, "json-type", message, parameter);
  }

  @Test
  void nonStaticInnerClass() {
    JavaFileObject model = source("test.Outer",
        "package test;",
        "public class Outer {",
        "  @io.typedclient.JsonModel",
        "  public final class Inner {",
        "    public final String name;",
        "    public Inner(String name) { this.name = name; }",
        "  }",
        "}");
    assertError(model, "model-inner", "@JsonModel Inner is an inner class: it needs an instance of Outer to exist,"
        + " which JSON "
        + "cannot supply; declare it static", "public final class Inner");
  }

  @Test
  void privateClass() {
    JavaFileObject model = source("test.Outer",
        "package test;",
        "public class Outer {",
        "  @io.typedclient.JsonModel",
        "  private static final class Secret {",
        "    public final String name;",
        "    Secret(String name) { this.name = name; }",
        "  }",
        "}");
    assertError(model, "model-private", "@JsonModel Secret is private: its adapter is generated in the same package"
        + " and cannot "
        + "reach it", "private static final class Secret");
  }

  @Test
  void classNestedInAPrivateClass() {
    JavaFileObject model = source("test.Outer",
        "package test;",
        "public class Outer {",
        "  private static final class Hidden {",
        "    @io.typedclient.JsonModel",
        "    static final class Visible {",
        "      public final String name;",
        "      Visible(String name) { this.name = name; }",
        "    }",
        "  }",
        "}");
    assertError(model, "model-private", "@JsonModel Visible is nested in private class Hidden, which its generated"
        + " adapter cannot "
        + "reach", "static final class Visible");
  }

  @Test
  void genericModelHoldingItselfWithOtherTypeArguments() {
    JavaFileObject model = source("test.Node",
        "package test;",
        "@io.typedclient.JsonModel",
        "public record Node<T>(",
        "    T value,",
        "    java.util.List<Node<T>> children,",
        "    Node<java.util.List<T>> grouped) {}");
    assertError(model, "model-generic", "property 'grouped' holds Node<List<T>> inside Node<T>: a generic model may"
        + " hold itself only as Node<T>, since the adapter of Node<List<T>> would construct another without end;"
        + " declare a separate model for it", "Node<java.util.List<T>> grouped");
  }

  @Test
  void twoPropertiesWithTheSameJsonName() {
    JavaFileObject model = source("test.Session",
        "package test;",
        "import com.squareup.moshi.Json;",
        "@io.typedclient.JsonModel",
        "public record Session(",
        "    String id,",
        "    @Json(name = \"id\") String sessionId) {}");
    assertError(model, "json-name-duplicate", "properties 'id' and 'sessionId' of Session have the same JSON name 'id'",
        "@Json(name = \"id\") String sessionId");
  }

  @Test
  void twoEnumConstantsWithTheSameJsonName() {
    JavaFileObject model = source("test.Status",
        "package test;",
        "import com.squareup.moshi.Json;",
        "@io.typedclient.JsonModel",
        "public enum Status {",
        "  ACTIVE,",
        "  @Json(name = \"ACTIVE\") LIVE",
        "}");
    assertError(model, "json-name-duplicate", "constants ACTIVE and LIVE of Status have the same JSON name 'ACTIVE'",
        "LIVE");
  }

  @Test
  void ignoredEnumConstant() {
    JavaFileObject model = source("test.Status",
        "package test;",
        "import com.squareup.moshi.Json;",
        "@io.typedclient.JsonModel",
        "public enum Status {",
        "  ACTIVE,",
        "  @Json(ignore = true) LEGACY",
        "}");
    assertError(model, "ignored-constant", "@Json(ignore = true) does not apply to enum constant LEGACY: every"
        + " constant is a JSON value",
        "LEGACY");
  }

  @Test
  void conflictingJsonNamesOnOneProperty() {
    JavaFileObject model = source("test.Session",
        "package test;",
        "import com.squareup.moshi.Json;",
        "@io.typedclient.JsonModel",
        "public final class Session {",
        "  @Json(name = \"session_id\") final String id;",
        "  public Session(",
        "      @Json(name = \"sessionId\") String id) { this.id = id; }",
        "}");
    assertError(model, "json-name-conflict", "property 'id' has conflicting JSON names [sessionId, session_id]",
        "@Json(name = \"sessionId\") String id");
  }

  @Test
  void ignoredRequiredProperty() {
    JavaFileObject model = source("test.Session",
        "package test;",
        "import com.squareup.moshi.Json;",
        "@io.typedclient.JsonModel",
        "public record Session(",
        "    String id,",
        "    @Json(ignore = true) String cache) {}");
    assertError(model, "ignored-required", "property 'cache' has @Json(ignore = true) but is required: an ignored"
        + " property is never "
        + "read from JSON, so mark it Nullable", "@Json(ignore = true) String cache");
  }

  @Test
  void nullablePrimitive() {
    JavaFileObject model = source("test.Counter",
        "package test;",
        "@io.typedclient.JsonModel",
        "public record Counter(",
        "    @Nullable int count) {}");
    assertError(model, "nullable-primitive", "property 'count' is a primitive int marked Nullable: a primitive cannot"
        + " be null; use its box type",
        "@Nullable int count");
  }

  @Test
  void twoFallbackConstants() {
    JavaFileObject model = source("test.Status",
        "package test;",
        "import io.typedclient.JsonFallback;",
        "@io.typedclient.JsonModel",
        "public enum Status {",
        "  @JsonFallback UNKNOWN,",
        "  ACTIVE,",
        "  @JsonFallback OTHER",
        "}");
    assertError(model, "fallback-twice", "@JsonFallback marks both UNKNOWN and OTHER of Status; an enum has at most"
        + " one fallback",
        "@JsonFallback OTHER");
  }

  @Test
  void fallbackOnAnEnumThatIsNotAJsonModel() {
    JavaFileObject model = source("test.Status",
        "package test;",
        "public enum Status {",
        "  ACTIVE,",
        "  @io.typedclient.JsonFallback UNKNOWN",
        "}");
    assertError(model, "fallback-without-model", "@JsonFallback on UNKNOWN has no effect: enum Status is not"
        + " annotated @JsonModel",
        "@io.typedclient.JsonFallback UNKNOWN");
  }

  @Test
  void fallbackOnAField() {
    JavaFileObject model = source("test.Config",
        "package test;",
        "public class Config {",
        "  @io.typedclient.JsonFallback static final String DEFAULT = \"x\";",
        "}");
    assertError(model, "fallback-not-constant", "@JsonFallback applies to enum constants only; DEFAULT is not one",
        "DEFAULT");
  }

  @Test
  void interfaceModel() {
    JavaFileObject model = source("test.Named",
        "package test;",
        "@io.typedclient.JsonModel",
        "public interface Named {",
        "  String name();",
        "}");
    assertError(model, "model-kind", "@JsonModel applies to classes, records and enums; Named is an interface",
        "public interface Named");
  }

  @Test
  void annotationModel() {
    JavaFileObject model = source("test.Marker",
        "package test;",
        "@io.typedclient.JsonModel",
        "public @interface Marker {}");
    assertError(model, "model-kind", "@JsonModel applies to classes, records and enums; Marker is an annotation type",
        "public @interface Marker");
  }

  @Test
  void abstractClassModel() {
    JavaFileObject model = source("test.Shape",
        "package test;",
        "@io.typedclient.JsonModel",
        "public abstract class Shape {",
        "  public final String name;",
        "  protected Shape(String name) { this.name = name; }",
        "}");
    assertError(model, "model-abstract", "@JsonModel Shape is abstract: the adapter must construct it", "public"
        + " abstract class Shape");
  }

  @Test
  void modelThatUsesABrokenModel() {
    JavaFileObject broken = source("test.Broken",
        "package test;",
        "@io.typedclient.JsonModel",
        "public record Broken(Object value) {}");
    JavaFileObject user = source("test.User",
        "package test;",
        "@io.typedclient.JsonModel",
        "public record User(",
        "    java.util.List<Broken> broken) {}");
    Compilation compilation = compile(broken, user);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("property 'value' has unsupported type java.lang.Object")
        .inFile(broken).onLineContaining("Object value");
    assertTagged(compilation, "json-type", "property 'value' has unsupported type java.lang.Object");
    assertThat(compilation)
        .hadErrorContaining("property 'broken' of User uses test.Broken, whose @JsonModel has errors")
        .inFile(user).onLineContaining("java.util.List<Broken> broken");
    assertTagged(compilation, "model-uses-invalid", "property 'broken' of User");
    // Neither adapter is written, so javac reports no error inside generated code.
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void typeThatIsNeverDefined() {
    JavaFileObject model = source("test.Session",
        "package test;",
        "@io.typedclient.JsonModel",
        "public record Session(",
        "    Missing missing) {}");
    Compilation compilation = compile(model);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("could not generate a JSON adapter for Session: a type it uses was never defined:"
            + " Missing in property 'missing'")
        .inFile(model).onLineContaining("public record Session(");
    assertTagged(compilation, "missing-type", "could not generate a JSON adapter for Session");
  }
}
