package io.typedclient.processor.validate;

import static io.typedclient.processor.mirror.TypeDescriptions.nestedName;

import java.util.ArrayList;
import java.util.List;
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

/** Questions about types that the validators of {@code @HttpApi} interfaces ask. */
final class TypeChecks {
  static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";
  static final String API_RESPONSE = "io.typedclient.runtime.ApiResponse";
  static final String VOID = "java.lang.Void";
  static final String REQUEST_BODY = "io.typedclient.runtime.RequestBody";
  static final String FILE_UPLOAD = "io.typedclient.runtime.FileUpload";
  static final String HTTP_RESPONSE = "io.typedclient.runtime.HttpResponse";
  static final String STREAMING_RESPONSE = "io.typedclient.runtime.StreamingResponse";

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

  /**
   * Whether {@code type} is a {@code Map} (or a subtype) whose keys are {@code String}: {@code Map<String, ?>},
   * {@code Map<String, List<String>>}; a raw map is not.
   */
  boolean isStringKeyedMap(TypeMirror type) {
    TypeElement map = elements.getTypeElement("java.util.Map");
    if (map == null || !isSubtypeOf(type, "java.util.Map")) {
      return false;
    }
    DeclaredType declared = (DeclaredType) type;
    if (declared.getTypeArguments().isEmpty()
        && !((TypeElement) declared.asElement()).getTypeParameters().isEmpty()) {
      return false; // raw
    }
    TypeElement string = elements.getTypeElement("java.lang.String");
    DeclaredType anyValue = types.getDeclaredType(map, string.asType(), types.getWildcardType(null, null));
    return types.isAssignable(type, anyValue);
  }

  /**
   * The element type {@code E} of {@code type}, a class or interface that is an {@code Iterable<E>} (a
   * {@code List<E>}, a {@code Set<E>}, ...), or {@code null} when it is not one or {@code E} is not a declared type.
   */
  TypeMirror iterableElement(TypeMirror type) {
    TypeElement iterable = elements.getTypeElement("java.lang.Iterable");
    List<TypeMirror> pending = new ArrayList<>(List.of(type));
    while (!pending.isEmpty()) {
      TypeMirror candidate = pending.remove(0);
      if (candidate.getKind() != TypeKind.DECLARED) {
        continue;
      }
      if (((DeclaredType) candidate).asElement().equals(iterable)) {
        List<? extends TypeMirror> arguments = ((DeclaredType) candidate).getTypeArguments();
        return arguments.size() == 1 && arguments.get(0).getKind() == TypeKind.DECLARED ? arguments.get(0) : null;
      }
      pending.addAll(types.directSupertypes(candidate));
    }
    return null;
  }

  /** Whether {@code type} is unchecked: a {@code RuntimeException} or an {@code Error}. */
  boolean isUnchecked(TypeMirror type) {
    return isSubtypeOf(type, "java.lang.RuntimeException") || isSubtypeOf(type, "java.lang.Error");
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
   * (nested in the same class) but not to the generated client beside it.
   */
  String accessProblem(TypeMirror type, String packageName) {
    switch (type.getKind()) {
      case DECLARED:
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
}
