package io.typedclient.processor.jsontype;

import static io.typedclient.processor.mirror.TypeDescriptions.describe;

import com.palantir.javapoet.ClassName;
import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.report.Rule;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The one rule for which Java types generated code carries as JSON, and how each is wired: for the properties of
 * {@code @JsonModel} types, for {@code @Body} parameters and for the results of endpoints alike.
 *
 * <p>Wiring: a {@code @JsonModel} class, record or enum gets its generated adapter, a {@code @JsonAdaptedBy} type
 * the adapter it names, both constructed directly; {@code List}, {@code Set} and {@code Map<String, V>} get the
 * runtime's {@code JsonAdapters.listOf/setOf/mapOf} around the adapter of their type argument; {@code Instant},
 * {@code OffsetDateTime} and {@code LocalDate} get the runtime's adapters. Every other type (strings, primitives
 * and their boxes, anything the application registered) is asked of the application's Moshi, so Moshi is never
 * asked for one of our types and a forgotten registration cannot fall back to reflection for them.
 *
 * <p>Refused everywhere: arrays, type variables, wildcards, raw types, and {@code @JsonAdaptedBy} types whose
 * adapter the generated code cannot construct. Properties are also refused {@code Object}, enums that are not
 * {@code @JsonModel}, maps whose keys are not strings and collections other than {@code List}, {@code Set} and
 * {@code Map}; bodies and results of those types are asked of Moshi at run time. Bodies and results refuse
 * {@code ApiResponse} and {@code CompletableFuture} inside them, which only a method's return type may hold.
 */
public final class JsonTypeRule {
  static final String API_RESPONSE = "io.typedclient.runtime.ApiResponse";
  static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";

  /** Where generated code carries the type. */
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
   * @param text what is wrong, naming the part of the type that is
   */
  public record Problem(Rule rule, String text) {}

  private final Elements elements;
  private final Types types;
  private final TypeMirror collection;
  private final TypeMirror map;

  public JsonTypeRule(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.collection = types.erasure(elements.getTypeElement("java.util.Collection").asType());
    this.map = types.erasure(elements.getTypeElement("java.util.Map").asType());
  }

  /**
   * Why code generated in {@code packageName} cannot carry {@code type} as JSON where it is used as {@code use}, or
   * {@code null} when it can. A type that is not defined yet passes: the caller defers its element instead.
   */
  public Problem problem(TypeMirror type, Use use, String packageName) {
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
        return json(describe(type) + " is an array, which Moshi's array adapter creates by reflection; use List<"
            + describe(((ArrayType) type).getComponentType()) + "> instead");
      case TYPEVAR:
        return json("it has the type variable " + describe(type)
            + ", which has no adapter without type information; use a concrete type");
      case WILDCARD:
        return json("it has the wildcard " + describe(type) + "; name the type instead");
      case DECLARED:
        return declaredProblem((DeclaredType) type, use, packageName);
      default:
        return json(describe(type) + " is not a type that JSON can carry;"
            + " use a class, record or enum, a primitive or its box");
    }
  }

  private Problem declaredProblem(DeclaredType type, Use use, String packageName) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    if (use != Use.PROPERTY && (name.equals(API_RESPONSE) || name.equals(COMPLETABLE_FUTURE))) {
      return json(describe(types.erasure(type))
          + " can only be a method's return type, or the type argument of its CompletableFuture");
    }
    if (type.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty()) {
      return json(describe(type) + " is a raw type, which has no type information; give its type arguments");
    }
    if (use == Use.PROPERTY && name.equals("java.lang.Object")) {
      return json("Object has no fixed shape: Moshi reads it into maps and lists and writes it by looking up its"
          + " run-time class; declare a concrete type");
    }
    if (HandWrittenAdapters.adapterOf(element) != null) {
      String problem = HandWrittenAdapters.problem(element, packageName, elements, types);
      return problem == null ? null : new Problem(Rule.ADAPTED_BY, problem);
    }
    if (use == Use.PROPERTY) {
      Problem problem = propertyOnlyProblem(type, element, name);
      if (problem != null) {
        return problem;
      }
    }
    for (TypeMirror argument : type.getTypeArguments()) {
      Problem problem = problem(argument, use, packageName);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /** The checks that bodies and results skip: their types are asked of Moshi at run time instead. */
  private Problem propertyOnlyProblem(DeclaredType type, TypeElement element, String name) {
    if (element.getKind() == ElementKind.ENUM && !Annotations.has(element, Annotations.JSON_MODEL)) {
      return json("enum " + element.getSimpleName() + " is not annotated @JsonModel (Moshi's own enum adapter uses "
          + "reflection); annotate it with @io.typedclient.JsonModel");
    }
    if (wiringOf(type) == Wiring.MOSHI) {
      if (name.equals("java.util.Map")) {
        return json("map keys must be String, the only type a JSON object's names have");
      }
      TypeMirror erased = types.erasure(type);
      if (types.isAssignable(erased, collection) || types.isAssignable(erased, map)) {
        return json("declare collections as List, Set or Map<String, V>, which are read into unmodifiable"
            + " collections");
      }
    }
    return null;
  }

  private static Problem json(String text) {
    return new Problem(Rule.JSON_TYPE, text);
  }

  /** How the adapter for {@code type} is obtained; {@link Wiring#MOSHI} for primitives and non-declared types. */
  public static Wiring wiringOf(TypeMirror type) {
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
