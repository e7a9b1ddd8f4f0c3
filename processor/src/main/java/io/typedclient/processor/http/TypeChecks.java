package io.typedclient.processor.http;

import io.typedclient.processor.common.HandWrittenAdapters;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Questions about types that the validators ask: what they are, and whether JSON can carry them. */
final class TypeChecks {
  static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";
  static final String API_RESPONSE = "io.typedclient.runtime.ApiResponse";
  static final String VOID = "java.lang.Void";

  private final Types types;
  private final Elements elements;

  TypeChecks(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
  }

  /** Whether {@code type} is the class {@code canonicalName}, with any type arguments. */
  static boolean is(TypeMirror type, String canonicalName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(canonicalName);
  }

  /** Whether {@code type} is a subtype of the class {@code canonicalName}, ignoring type arguments. */
  boolean isSubtypeOf(TypeMirror type, String canonicalName) {
    TypeElement element = elements.getTypeElement(canonicalName);
    return element != null
        && type.getKind() == TypeKind.DECLARED
        && types.isSubtype(types.erasure(type), types.erasure(element.asType()));
  }

  /** Whether {@code type} is unchecked: a {@code RuntimeException} or an {@code Error}. */
  boolean isUnchecked(TypeMirror type) {
    return isSubtypeOf(type, "java.lang.RuntimeException") || isSubtypeOf(type, "java.lang.Error");
  }

  /** Whether {@code type}, or a type inside it, is not defined yet (generated later, or missing). */
  static boolean isUnresolved(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        return true;
      case DECLARED:
        return ((DeclaredType) type).getTypeArguments().stream().anyMatch(TypeChecks::isUnresolved);
      case ARRAY:
        return isUnresolved(((ArrayType) type).getComponentType());
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return (wildcard.getExtendsBound() != null && isUnresolved(wildcard.getExtendsBound()))
            || (wildcard.getSuperBound() != null && isUnresolved(wildcard.getSuperBound()));
      default:
        return false;
    }
  }

  /** Whether {@code element} or, for a type, any type it is nested in, is deprecated. */
  boolean isDeprecated(TypeMirror type) {
    switch (type.getKind()) {
      case DECLARED:
        for (Element e = ((DeclaredType) type).asElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
          if (elements.isDeprecated(e)) {
            return true;
          }
        }
        return ((DeclaredType) type).getTypeArguments().stream().anyMatch(this::isDeprecated);
      case ARRAY:
        return isDeprecated(((ArrayType) type).getComponentType());
      default:
        return false;
    }
  }

  /**
   * Why code in {@code packageName} outside the interface cannot name {@code type} or a type inside it, or
   * {@code null}: a private type, or one that is not public in another package, is visible to the interface
   * (nested in the same class) but not to the generated client beside it; and the hand-written adapter that a
   * {@code @JsonAdaptedBy} type names must be constructible there.
   */
  String accessProblem(TypeMirror type, String packageName) {
    switch (type.getKind()) {
      case DECLARED:
        TypeElement declared = (TypeElement) ((DeclaredType) type).asElement();
        if (HandWrittenAdapters.adapterOf(declared) != null) {
          String problem = HandWrittenAdapters.problem(declared, packageName, elements, types);
          if (problem != null) {
            return problem;
          }
        }
        for (Element e = ((DeclaredType) type).asElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
          if (e.getModifiers().contains(Modifier.PRIVATE)) {
            return nestedName(e) + " is private";
          }
          if (!e.getModifiers().contains(Modifier.PUBLIC)
              && !elements.getPackageOf(e).getQualifiedName().contentEquals(packageName)) {
            return nestedName(e) + " is not public and is in another package";
          }
        }
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          String problem = accessProblem(argument, packageName);
          if (problem != null) {
            return problem;
          }
        }
        return null;
      case ARRAY:
        return accessProblem(((ArrayType) type).getComponentType(), packageName);
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
        return bound == null ? null : accessProblem(bound, packageName);
      default:
        return null;
    }
  }

  /**
   * Why a Moshi adapter cannot be wired for {@code type} without reflection or unchecked code, or {@code null}
   * when it can. The answer names the part of the type that is wrong.
   */
  String jsonProblem(TypeMirror type) {
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
        return describe(type) + " is an array; use a List instead";
      case TYPEVAR:
        return "it has the type variable " + describe(type) + "; a client's types are fixed when it is compiled";
      case WILDCARD:
        return "it has the wildcard " + describe(type) + "; name the type instead";
      case DECLARED:
        return declaredJsonProblem((DeclaredType) type);
      default:
        return describe(type) + " is not a type that JSON can carry";
    }
  }

  private String declaredJsonProblem(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    if (is(type, API_RESPONSE) || is(type, COMPLETABLE_FUTURE)) {
      return describe(types.erasure(type))
          + " can only be a method's return type, or the type argument of its CompletableFuture";
    }
    if (type.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty()) {
      return describe(type) + " is a raw type; give its type arguments";
    }
    for (TypeMirror argument : type.getTypeArguments()) {
      if (argument.getKind().isPrimitive()) {
        continue;
      }
      String problem = jsonProblem(argument);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /** A short spelling of {@code type} for messages: simple names, {@code List<Session>}. */
  static String describe(TypeMirror type) {
    switch (type.getKind()) {
      case DECLARED:
      case ERROR:
        DeclaredType declared = (DeclaredType) type;
        String name = nestedName(declared.asElement());
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        return arguments.isEmpty()
            ? name
            : name + arguments.stream().map(TypeChecks::describe).collect(Collectors.joining(", ", "<", ">"));
      case ARRAY:
        return describe(((ArrayType) type).getComponentType()) + "[]";
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          return "? extends " + describe(wildcard.getExtendsBound());
        }
        if (wildcard.getSuperBound() != null) {
          return "? super " + describe(wildcard.getSuperBound());
        }
        return "?";
      default:
        return type.toString();
    }
  }

  /** {@code Outer.Inner} for a nested type, the simple name otherwise. */
  static String nestedName(Element type) {
    String name = type.getSimpleName().toString();
    for (Element e = type.getEnclosingElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
      name = e.getSimpleName() + "." + name;
    }
    return name;
  }
}
