package io.typedclient.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.typedclient.processor.model.MethodModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * The return and parameter types of an endpoint method as its implementation in the generated client repeats
 * them: with their type-use annotations ({@code CompletableFuture<@Nullable Void>}, {@code @Nullable Boolean}), and
 * a declaration {@code @Nullable} of the interface's parameter or method copied, so that the client's methods say
 * to Kotlin and to nullness checkers what the interface says.
 */
final class SignatureTypes {
  private SignatureTypes() {}

  /** The method's return type. */
  static TypeName returnType(MethodModel method) {
    return annotated(signatureType(method.type().getReturnType(), method.element().getReturnType()));
  }

  /** The declaration {@code @Nullable}s of the interface method, for its implementation. */
  static List<AnnotationSpec> methodAnnotations(MethodModel method) {
    return declarationNullables(method.element(), method.element().getReturnType());
  }

  /** Parameter {@code index} of the method, named {@code name}. */
  static ParameterSpec parameter(MethodModel method, int index, String name) {
    Element declared = method.element().getParameters().get(index);
    TypeMirror type = signatureType(method.type().getParameterTypes().get(index), declared.asType());
    return ParameterSpec.builder(annotated(type), name).addAnnotations(declarationNullables(declared, type)).build();
  }

  /**
   * The type as a member of the {@code @HttpApi} interface ({@code member}) when a generic super-interface's type
   * arguments changed it; else the type as declared, which is where javac keeps the type-use annotations.
   */
  private static TypeMirror signatureType(TypeMirror member, TypeMirror declared) {
    return TypeName.get(member).equals(TypeName.get(declared)) ? declared : member;
  }

  /** {@code type}'s name with the type-use annotations on it and on its parts. */
  static TypeName annotated(TypeMirror type) {
    TypeName name;
    if (type.getKind() == TypeKind.DECLARED && !hasGenericOuter((DeclaredType) type)) {
      DeclaredType declared = (DeclaredType) type;
      ClassName raw = ClassName.get((TypeElement) declared.asElement());
      if (declared.getTypeArguments().isEmpty()) {
        name = raw;
      } else {
        List<TypeName> arguments = new ArrayList<>();
        for (TypeMirror argument : declared.getTypeArguments()) {
          arguments.add(annotated(argument));
        }
        name = ParameterizedTypeName.get(raw, arguments.toArray(new TypeName[0]));
      }
    } else if (type.getKind() == TypeKind.ARRAY) {
      name = ArrayTypeName.of(annotated(((ArrayType) type).getComponentType()));
    } else if (type.getKind() == TypeKind.WILDCARD) {
      WildcardType wildcard = (WildcardType) type;
      if (wildcard.getExtendsBound() != null) {
        name = WildcardTypeName.subtypeOf(annotated(wildcard.getExtendsBound()));
      } else if (wildcard.getSuperBound() != null) {
        name = WildcardTypeName.supertypeOf(annotated(wildcard.getSuperBound()));
      } else {
        name = WildcardTypeName.subtypeOf(Object.class);
      }
    } else {
      name = TypeName.get(type).withoutAnnotations();
    }
    List<AnnotationSpec> annotations = new ArrayList<>();
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      annotations.add(AnnotationSpec.get(annotation));
    }
    return annotations.isEmpty() ? name : name.annotated(annotations);
  }

  /** {@code Outer<T>.Inner}: JavaPoet's own name keeps the outer type's arguments, which are rare here. */
  private static boolean hasGenericOuter(DeclaredType type) {
    TypeMirror outer = type.getEnclosingType();
    return outer.getKind() == TypeKind.DECLARED && !((DeclaredType) outer).getTypeArguments().isEmpty();
  }

  /**
   * The declaration annotations named {@code Nullable} on {@code element} (JSR 305's, JetBrains' as kapt's stubs
   * carry Kotlin's {@code String?}, ...) that {@code type} does not carry already: a type-use {@code Nullable}
   * such as JSpecify's is on the type, and one that may be both is written once.
   */
  private static List<AnnotationSpec> declarationNullables(Element element, TypeMirror type) {
    List<AnnotationSpec> nullables = new ArrayList<>();
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (annotation.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")
          && !carries(type, annotation)) {
        nullables.add(AnnotationSpec.get(annotation));
      }
    }
    return nullables;
  }

  private static boolean carries(TypeMirror type, AnnotationMirror annotation) {
    for (AnnotationMirror onType : type.getAnnotationMirrors()) {
      if (onType.getAnnotationType().toString().equals(annotation.getAnnotationType().toString())) {
        return true;
      }
    }
    return false;
  }
}
