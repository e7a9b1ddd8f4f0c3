package io.typedclient.processor.json;

import io.typedclient.processor.common.AdapterCodes;
import io.typedclient.processor.common.ErrorReporter;
import io.typedclient.processor.common.HandWrittenAdapters;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks that a property's type has a reflection-free adapter: strings, primitives and boxes, {@code @JsonModel}
 * types, {@code @JsonAdaptedBy} types whose adapter the generated code can construct, {@code List}/{@code Set}/
 * {@code Map<String, V>} of supported types, the {@code java.time} types the runtime knows, or any other concrete
 * declared type, which is asked of the application's Moshi.
 */
final class PropertyTypeValidator {
  /** The outcome for one type. */
  enum Result {
    SUPPORTED,
    /** An error was reported. */
    UNSUPPORTED,
    /** The type, or one of its arguments, is not generated yet: try again next round. */
    NOT_YET_DEFINED
  }

  private final Elements elements;
  private final Types types;
  private final TypeMirror collection;
  private final TypeMirror map;
  private final ErrorReporter errors;

  PropertyTypeValidator(Elements elements, Types types, ErrorReporter errors) {
    this.elements = elements;
    this.types = types;
    this.collection = types.erasure(elements.getTypeElement("java.util.Collection").asType());
    this.map = types.erasure(elements.getTypeElement("java.util.Map").asType());
    this.errors = errors;
  }

  /** Checks {@code type}, the type of property {@code property}; errors go on {@code element}. */
  Result validate(TypeMirror type, String property, Element element) {
    if (containsError(type)) {
      return Result.NOT_YET_DEFINED;
    }
    String problem = problem(type, elements.getPackageOf(element).getQualifiedName().toString());
    if (problem == null) {
      return Result.SUPPORTED;
    }
    errors.error(element, "property '%s' has unsupported type %s: %s", property, type, problem);
    return Result.UNSUPPORTED;
  }

  /** What makes {@code type} unsupported, or {@code null} when it is supported. */
  private String problem(TypeMirror type, String packageName) {
    switch (type.getKind()) {
      case BOOLEAN:
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case CHAR:
      case FLOAT:
      case DOUBLE:
        return null;
      case ARRAY:
        return "arrays are not supported (Moshi's array adapter creates them by reflection); use List<"
            + ((javax.lang.model.type.ArrayType) type).getComponentType() + ">";
      case TYPEVAR:
        return "a type variable has no adapter without type information; use a concrete type";
      case WILDCARD:
        return "wildcards are not supported; use the type itself, as in List<Foo> rather than List<? extends Foo>";
      case DECLARED:
        return declaredProblem((DeclaredType) type, packageName);
      default:
        return "only classes, records, enums, primitives and their boxes are supported";
    }
  }

  private String declaredProblem(DeclaredType type, String packageName) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.isEmpty() && !element.getTypeParameters().isEmpty()) {
      return "raw type " + element.getSimpleName() + " has no type information; declare its type arguments, as in "
          + element.getSimpleName() + "<String>";
    }
    if (name.equals("java.lang.Object")) {
      return "Object has no fixed shape: Moshi reads it into maps and lists and writes it by looking up its run-time "
          + "class; declare a concrete type";
    }
    if (HandWrittenAdapters.adapterOf(element) != null) {
      return HandWrittenAdapters.problem(element, packageName, elements, types);
    }
    if (element.getKind() == ElementKind.ENUM && !AdapterCodes.isJsonModel(element)) {
      return "enum " + element.getSimpleName() + " is not annotated @JsonModel (Moshi's own enum adapter uses "
          + "reflection); annotate it with @io.typedclient.JsonModel";
    }
    AdapterCodes.Wiring wiring = AdapterCodes.wiringOf(type);
    if (wiring == AdapterCodes.Wiring.MOSHI) {
      TypeMirror erased = types.erasure(type);
      if (name.equals("java.util.Map")) {
        return "map keys must be String, the only type a JSON object's names have";
      }
      if (types.isAssignable(erased, collection) || types.isAssignable(erased, map)) {
        return "declare collections as List, Set or Map<String, V>, which are read into unmodifiable collections";
      }
    }
    for (TypeMirror argument : arguments) {
      String problem = problem(argument, packageName);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static boolean containsError(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
        if (containsError(argument)) {
          return true;
        }
      }
    }
    return false;
  }
}
