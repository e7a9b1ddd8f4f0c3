package io.typedclient.processor.jsontype;

import static io.typedclient.processor.mirror.TypeDescriptions.describe;

import com.palantir.javapoet.ClassName;
import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.report.Rule;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The one rule for which Java types generated code carries as JSON, and how each is wired: for the properties of
 * {@code @JsonModel} types, for {@code @Body} parameters and for the results of endpoints alike, and for every type
 * argument inside them, at any depth.
 *
 * <p>A type reaches Moshi's lookup only through an opt-in that the user's source shows: a type named in the
 * {@code fromMoshi} attribute of the {@code @HttpApi} or {@code @JsonModel} that carries it (its {@link Scope}).
 * Everything else is wired by generated code or refused:
 * <ul>
 *   <li>a {@code @JsonModel} class, record or enum gets its generated adapter, a {@code @JsonAdaptedBy} type the
 *       adapter it names, both constructed directly; a generic model ({@code Page<Book>}) gets the adapters of its
 *       type arguments, which must be carried too;
 *   <li>a type parameter of a generic {@code @JsonModel}, in that model's properties, gets the adapter that the
 *       model's adapter was given for it;
 *   <li>{@code List}, {@code Set} and {@code Map<String, V>} get the runtime's {@code JsonAdapters.listOf/setOf/
 *       mapOf} around the adapter of their type argument; {@code Instant}, {@code OffsetDateTime} and
 *       {@code LocalDate} get the runtime's adapters;
 *   <li>strings, primitives and their boxes are asked of Moshi, whose standard adapters for them read and write
 *       directly;
 *   <li>a {@code fromMoshi} type is asked of Moshi with its type arguments, which Moshi then looks up itself: they
 *       must be strings, primitives, boxes or {@code fromMoshi} types too;
 *   <li>everything else is refused with what to do: arrays, other type variables, wildcards, raw types,
 *       {@code Object}, {@code Optional}, enums and classes without an adapter, maps with keys other than
 *       {@code String}, collections other than {@code List}, {@code Set} and {@code Map}, streams and the
 *       runtime's own types, and {@code ApiResponse} or {@code CompletableFuture} anywhere but around a result.
 * </ul>
 * The decision is the same for every {@link Use}; the use only words some messages.
 */
public final class JsonTypeRule {
  static final String API_RESPONSE = "io.typedclient.runtime.ApiResponse";
  static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";
  private static final String RUNTIME_PACKAGE = "io.typedclient.runtime.";
  /** The classes whose adapters generated code constructs itself, whatever their type arguments. */
  private static final Set<String> WIRED = Set.of("java.util.List", "java.util.Set", "java.util.Map",
      "java.time.Instant", "java.time.OffsetDateTime", "java.time.LocalDate");
  private static final Set<String> BOXES = Set.of("java.lang.Boolean", "java.lang.Byte", "java.lang.Short",
      "java.lang.Integer", "java.lang.Long", "java.lang.Character", "java.lang.Float", "java.lang.Double");

  /** Where generated code carries the type; it decides nothing, and only words the messages about raw bodies. */
  public enum Use {
    /** A property of a {@code @JsonModel} type. */
    PROPERTY,
    /** A {@code @Body} parameter. */
    BODY,
    /** What an endpoint decodes from a response. */
    RESULT
  }

  /**
   * Why a type cannot be carried.
   *
   * @param rule {@link Rule#ADAPTED_BY} for a hand-written adapter that cannot be constructed, else
   *     {@link Rule#JSON_TYPE}
   * @param text what is wrong, naming the part of the type that is, and what to do
   */
  public record Problem(Rule rule, String text) {}

  private final Elements elements;
  private final Types types;
  private final TypeMirror collection;
  private final TypeMirror map;
  private final TypeMirror iterable;

  public JsonTypeRule(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.collection = erasure("java.util.Collection");
    this.map = erasure("java.util.Map");
    this.iterable = erasure("java.lang.Iterable");
  }

  private TypeMirror erasure(String canonicalName) {
    return types.erasure(elements.getTypeElement(canonicalName).asType());
  }

  /**
   * Why code generated for {@code scope} cannot carry {@code type} as JSON where it is used as {@code use}, or
   * {@code null} when it can. A type that is not defined yet passes: the caller defers its element instead.
   */
  public Problem problem(TypeMirror type, Use use, Scope scope) {
    return problem(type, use, scope, null);
  }

  /** As above; {@code fromMoshi} is the enclosing {@code fromMoshi} type whose adapter Moshi builds, or null. */
  private Problem problem(TypeMirror type, Use use, Scope scope, TypeMirror fromMoshi) {
    switch (type.getKind()) {
      case BOOLEAN:
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case CHAR:
      case FLOAT:
      case DOUBLE:
      case ERROR:
        return null;
      case ARRAY:
        return arrayProblem((ArrayType) type, use);
      case TYPEVAR:
        return use == Use.PROPERTY && fromMoshi == null && isModelTypeParameter((TypeVariable) type)
            ? null
            : json("it has the type variable " + describe(type)
                + ", which has no adapter without type information; use a concrete type");
      case WILDCARD:
        return json("it has the wildcard " + describe(type) + "; name the type instead");
      case DECLARED:
        return declaredProblem((DeclaredType) type, use, scope, fromMoshi);
      default:
        return json(describe(type) + " is not a type that JSON can carry;"
            + " use a class, record or enum, a primitive or its box");
    }
  }

  private Problem declaredProblem(DeclaredType type, Use use, Scope scope, TypeMirror fromMoshi) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    if (name.equals(API_RESPONSE) || name.equals(COMPLETABLE_FUTURE)) {
      return json(describe(types.erasure(type))
          + " can only be a method's return type, or the type argument of its CompletableFuture");
    }
    if (type.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty()) {
      return json(describe(type) + " is a raw type, which has no type information; give its type arguments");
    }
    if (isStandard(name)) {
      return null;
    }
    if (fromMoshi != null && !scope.fromMoshi().contains(name)) {
      return json(describe(fromMoshi) + " comes from the application's Moshi (" + scope.attribute() + "), which"
          + " would then be asked for " + describe(type) + " as well; a type inside a fromMoshi type must be a"
          + " String, a primitive, a box, or named in fromMoshi too");
    }
    if (HandWrittenAdapters.adapterOf(element) != null) {
      String problem = HandWrittenAdapters.problem(element, scope.packageName(), elements, types);
      return problem == null ? null : new Problem(Rule.ADAPTED_BY, problem);
    }
    if (Annotations.has(element, Annotations.JSON_MODEL)) {
      // A generic model gets the adapters of its type arguments: each must be carried as well.
      return argumentsProblem(type, use, scope, null);
    }
    if (scope.fromMoshi().contains(name)) {
      return argumentsProblem(type, use, scope, type);
    }
    switch (wiringOf(type)) {
      case LIST:
      case SET:
      case MAP:
        return argumentsProblem(type, use, scope, null);
      case INSTANT:
      case OFFSET_DATE_TIME:
      case LOCAL_DATE:
        return null;
      default:
        return json(notWired(type, element, name, use, scope));
    }
  }

  private Problem argumentsProblem(DeclaredType type, Use use, Scope scope, TypeMirror fromMoshi) {
    for (TypeMirror argument : type.getTypeArguments()) {
      Problem problem = problem(argument, use, scope, fromMoshi);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /** What is wrong with a declared type that generated code does not wire and the scope does not ask Moshi for. */
  private String notWired(DeclaredType type, TypeElement element, String name, Use use, Scope scope) {
    String simple = describe(types.erasure(type));
    TypeMirror erased = types.erasure(type);
    if (name.equals("java.lang.Object")) {
      return "Object has no fixed shape: Moshi reads it into maps and lists and writes it by looking up each"
          + " value's class at run time; declare a concrete type";
    }
    if (name.equals("java.util.Optional")) {
      return "Optional has no JSON form and no adapter; declare " + describe(type.getTypeArguments().get(0))
          + " itself: " + (use == Use.PROPERTY
              ? "a property that may be absent is annotated @Nullable"
              : "it is null when the JSON is null, and a missing resource is an HttpStatusException (404)");
    }
    if (name.startsWith("java.util.Optional")) {
      return simple + " has no JSON form and no adapter; declare the boxed value type"
          + (use == Use.PROPERTY ? ", annotated @Nullable" : "");
    }
    if (name.equals("java.util.Map")) {
      return "map keys must be String, the only type a JSON object's names have; declare Map<String, "
          + describe(type.getTypeArguments().get(1)) + ">";
    }
    if (types.isAssignable(erased, collection) || types.isAssignable(erased, map)
        || types.isAssignable(erased, iterable)) {
      return "declare collections as List, Set or Map<String, V>, which generated code reads into unmodifiable"
          + " collections";
    }
    if (name.startsWith(RUNTIME_PACKAGE)) {
      return simple + " is not a JSON value: " + (use == Use.BODY
          ? "a RequestBody is the whole @Body or a @Part, never inside another type"
          : "byte[], HttpResponse and StreamingResponse are results of their own, never inside another type; for"
              + " the status and headers with a decoded body, return ApiResponse<T> (ApiResponse<Void> for none)");
    }
    if (isSubtypeOf(erased, "java.io.InputStream") || isSubtypeOf(erased, "java.io.Reader")) {
      return simple + " is not a JSON value; " + rawBodies(use);
    }
    String optIn = "if the application's Moshi has an adapter registered for it, name it in "
        + scope.attribute(simple);
    if (element.getKind() == ElementKind.ENUM) {
      String reflects = ", and Moshi's own enum adapter finds its constants by reflection; ";
      return isPlatform(name)
          ? "enum " + simple + " has no generated adapter" + reflects + "declare an enum of your own annotated"
              + " @io.typedclient.JsonModel, or, " + optIn
          : "enum " + simple + " is not annotated @JsonModel" + reflects + "annotate " + simple + " with"
              + " @io.typedclient.JsonModel, or, " + optIn;
    }
    if (isPlatform(name)) {
      return simple + " has no adapter in generated code, and Moshi has none for it either; wrap it in a type with"
          + " a @JsonAdaptedBy adapter, or, " + optIn;
    }
    return simple + " has no adapter that generated code can construct: annotate " + simple + " with @JsonModel,"
        + " or name its hand-written adapter with @JsonAdaptedBy; or, " + optIn;
  }

  private Problem arrayProblem(ArrayType type, Use use) {
    TypeMirror component = type.getComponentType();
    if (component.getKind() == TypeKind.BYTE) {
      return json(use == Use.PROPERTY
          ? "byte[] has no JSON form without reflection (Moshi's array adapter); for base64 data declare a String"
          : "byte[] is not a JSON value; " + rawBodies(use));
    }
    return json(describe(type) + " is an array, which Moshi's array adapter creates by reflection; use List<"
        + describe(component.getKind().isPrimitive()
            ? types.boxedClass((PrimitiveType) component).asType()
            : component) + "> instead");
  }

  /** Where a raw body goes instead. */
  private static String rawBodies(Use use) {
    if (use == Use.BODY) {
      return "a raw request body is a RequestBody: @Body RequestBody sends bytes, text or a stream with its content"
          + " type";
    }
    if (use == Use.RESULT) {
      return "return byte[] or HttpResponse for a small raw body, or StreamingResponse to read one as it arrives";
    }
    return "a property is a JSON value: a @JsonModel or @JsonAdaptedBy type, a String, a primitive or box, or a"
        + " List, Set or Map<String, V> of these";
  }

  private boolean isSubtypeOf(TypeMirror erased, String canonicalName) {
    TypeElement other = elements.getTypeElement(canonicalName);
    return other != null && types.isSubtype(erased, types.erasure(other.asType()));
  }

  /** Strings, primitives' boxes: Moshi's standard adapters read and write them without reflection. */
  static boolean isStandard(String canonicalName) {
    return canonicalName.equals("java.lang.String") || BOXES.contains(canonicalName);
  }

  /** Classes Moshi refuses without an adapter registered for them ("Platform class ... requires explicit ..."). */
  private static boolean isPlatform(String name) {
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("android.")
        || name.startsWith("androidx.") || name.startsWith("kotlin.") || name.startsWith("kotlinx.");
  }

  /** Whether {@code variable} is a type parameter of a {@code @JsonModel} class or record. */
  private static boolean isModelTypeParameter(TypeVariable variable) {
    Element generic = ((TypeParameterElement) variable.asElement()).getGenericElement();
    return generic instanceof TypeElement && Annotations.has(generic, Annotations.JSON_MODEL);
  }

  private static Problem json(String text) {
    return new Problem(Rule.JSON_TYPE, text);
  }

  /**
   * Why {@code entry}, named in {@code fromMoshi}, cannot be there, or {@code null}: generated code wires it
   * itself, or it is not a type JSON carries.
   */
  public String fromMoshiProblem(TypeMirror entry) {
    String described = describe(entry);
    if (entry.getKind().isPrimitive() || entry.getKind() == TypeKind.VOID) {
      return described + " needs no adapter from Moshi: generated code reads it itself; remove it from fromMoshi";
    }
    if (entry.getKind() == TypeKind.ARRAY) {
      return described + " is an array, which Moshi's array adapter creates by reflection; declare a List, and"
          + " remove the array from fromMoshi";
    }
    if (entry.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) entry).asElement();
    String name = element.getQualifiedName().toString();
    String simple = describe(types.erasure(entry));
    if (Annotations.has(element, Annotations.JSON_MODEL)) {
      return simple + " is @JsonModel: generated code constructs its adapter itself; remove it from fromMoshi";
    }
    if (HandWrittenAdapters.adapterOf(element) != null) {
      return simple + " is @JsonAdaptedBy: generated code constructs its adapter itself; remove it from fromMoshi";
    }
    if (name.equals(API_RESPONSE) || name.equals(COMPLETABLE_FUTURE)) {
      return simple + " is not a JSON value; remove it from fromMoshi";
    }
    if (isStandard(name) || WIRED.contains(name)) {
      return simple + " is wired by generated code itself; remove it from fromMoshi";
    }
    return null;
  }

  /**
   * How the adapter for {@code type}, which the rule accepted, is obtained; {@link Wiring#MOSHI} for strings,
   * primitives, boxes and {@code fromMoshi} types.
   */
  public static Wiring wiringOf(TypeMirror type) {
    if (type.getKind() == TypeKind.TYPEVAR) {
      return Wiring.TYPE_PARAMETER;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Wiring.MOSHI;
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    if (HandWrittenAdapters.adapterOf(element) != null) {
      return Wiring.HAND_WRITTEN;
    }
    if (Annotations.has(element, Annotations.JSON_MODEL)) {
      return Wiring.MODEL;
    }
    int arguments = declared.getTypeArguments().size();
    switch (element.getQualifiedName().toString()) {
      case "java.util.List":
        return arguments == 1 ? Wiring.LIST : Wiring.MOSHI;
      case "java.util.Set":
        return arguments == 1 ? Wiring.SET : Wiring.MOSHI;
      case "java.util.Map":
        return arguments == 2 && isString(declared.getTypeArguments().get(0)) ? Wiring.MAP : Wiring.MOSHI;
      case "java.time.Instant":
        return Wiring.INSTANT;
      case "java.time.OffsetDateTime":
        return Wiring.OFFSET_DATE_TIME;
      case "java.time.LocalDate":
        return Wiring.LOCAL_DATE;
      default:
        return Wiring.MOSHI;
    }
  }

  /**
   * The generated adapter class of a {@code @JsonModel} type: {@code p.Session} gets {@code p.SessionJsonAdapter},
   * a nested {@code p.Outer.Inner} gets {@code p.Outer_InnerJsonAdapter}.
   */
  public static ClassName adapterClassName(TypeElement model) {
    ClassName name = ClassName.get(model);
    return ClassName.get(name.packageName(), String.join("_", name.simpleNames()) + "JsonAdapter");
  }

  private static boolean isString(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.String");
  }
}
