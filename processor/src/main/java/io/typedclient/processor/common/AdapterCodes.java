package io.typedclient.processor.common;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The code that obtains a Moshi {@code JsonAdapter} for a type, given an expression for a {@code Moshi}. The one
 * place where generated clients and generated adapters decide how an adapter is wired.
 */
public final class AdapterCodes {
  static final ClassName TYPES = ClassName.get("com.squareup.moshi", "Types");

  private AdapterCodes() {}

  /** {@code moshi.adapter(Foo.class)} or {@code moshi.adapter(Types.newParameterizedType(List.class, Foo.class))}. */
  public static CodeBlock adapterFor(TypeMirror type, CodeBlock moshi) {
    return CodeBlock.of("$L.adapter($L)", moshi, typeToken(type));
  }

  /**
   * A {@code java.lang.reflect.Type} expression for {@code type}: a class literal, or a
   * {@code Types.newParameterizedType} call. Only declared types and primitives are supported; validation
   * rejects the rest before code is written.
   */
  public static CodeBlock typeToken(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return CodeBlock.of("$T.class", TypeName.get(type));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      throw new IllegalArgumentException("no type token for " + type);
    }
    DeclaredType declared = (DeclaredType) type;
    ClassName raw = ClassName.get((javax.lang.model.element.TypeElement) declared.asElement());
    List<? extends TypeMirror> args = declared.getTypeArguments();
    if (args.isEmpty()) {
      return CodeBlock.of("$T.class", raw);
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$T.newParameterizedType($T.class", TYPES, raw);
    for (TypeMirror arg : args) {
      code.add(", $L", typeToken(arg));
    }
    return code.add(")").build();
  }
}
