package io.typedclient.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/**
 * JavaPoet names for property types, without their type-use annotations: {@code List<@Nullable String>} is
 * declared as {@code List<String>} in generated code, which is the same type to javac and needs no import of
 * whichever {@code Nullable} the model uses.
 */
final class TypeNames {
  private TypeNames() {}

  static TypeName of(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return TypeName.get(type).withoutAnnotations();
    }
    if (type.getKind() == TypeKind.TYPEVAR) {
      // A type parameter of a generic model: its name, without annotations or bounds.
      return TypeVariableName.get(((TypeVariable) type).asElement().getSimpleName().toString());
    }
    DeclaredType declared = (DeclaredType) type;
    ClassName raw = ClassName.get((TypeElement) declared.asElement());
    if (declared.getTypeArguments().isEmpty()) {
      return raw;
    }
    List<TypeName> arguments = new ArrayList<>();
    for (TypeMirror argument : declared.getTypeArguments()) {
      arguments.add(of(argument));
    }
    return ParameterizedTypeName.get(raw, arguments.toArray(new TypeName[0]));
  }

  /** {@code of(type)}, boxed if primitive, for use as a type argument. */
  static TypeName boxed(TypeMirror type) {
    return of(type).box();
  }
}
