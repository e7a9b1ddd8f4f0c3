package io.typedclient.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.typedclient.processor.jsontype.HandWrittenAdapters;
import io.typedclient.processor.jsontype.JsonTypeRule;
import io.typedclient.processor.jsontype.Wiring;
import io.typedclient.processor.mirror.Annotations;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/**
 * The expressions that yield a Moshi {@code JsonAdapter} for a type, given an expression for a {@code Moshi}:
 * how generated clients and generated adapters spell the {@link Wiring} that {@link JsonTypeRule} decides.
 */
final class AdapterExpressions {
  static final ClassName TYPES = ClassName.get("com.squareup.moshi", "Types");
  static final ClassName JSON_ADAPTERS = ClassName.get("io.typedclient.runtime.internal", "JsonAdapters");

  private AdapterExpressions() {}

  /**
   * An adapter for {@code type} that reads and writes {@code null} as JSON {@code null}, as
   * {@code moshi.adapter(type)} would return, but wired directly where the type allows. This is what generated
   * clients use for bodies and results.
   */
  static CodeBlock adapterFor(TypeMirror type, CodeBlock moshi) {
    return adapterFor(type, moshi, null);
  }

  /**
   * As {@link #adapterFor(TypeMirror, CodeBlock)}, for code inside the generated adapter of model {@code self}:
   * where {@code type} needs an adapter of {@code self} itself ({@code Node} in {@code List<Node> children}),
   * the code uses {@code this}, so that constructing the adapter of a model that contains itself ends.
   */
  static CodeBlock adapterFor(TypeMirror type, CodeBlock moshi, TypeElement self) {
    Wiring wiring = JsonTypeRule.wiringOf(type);
    if (wiring == Wiring.MOSHI) {
      return moshiAdapter(type, moshi);
    }
    return CodeBlock.of("$L.nullSafe()", directAdapter(wiring, type, moshi, self));
  }

  /**
   * The name of the constructor parameter (and field) of a generic model's adapter that holds the adapter of its
   * type parameter {@code variable}: {@code tAdapter} for {@code T}.
   */
  static String typeParameterAdapter(String variable) {
    return Character.toLowerCase(variable.charAt(0)) + variable.substring(1) + "Adapter";
  }

  /**
   * The adapter passed for a type argument of a generic model: as wired, without a null policy, which the
   * model's adapter applies where it uses it.
   */
  private static CodeBlock argumentAdapter(TypeMirror type, CodeBlock moshi, TypeElement self) {
    Wiring wiring = JsonTypeRule.wiringOf(type);
    return wiring == Wiring.MOSHI ? moshiAdapter(type, moshi) : directAdapter(wiring, type, moshi, self);
  }

  /** Whether {@code arguments} are exactly the type parameters of {@code model}, in order: {@code Node<T>} in Node. */
  static boolean isOwnTypeParameters(TypeElement model, List<? extends TypeMirror> arguments) {
    if (arguments.size() != model.getTypeParameters().size()) {
      return false;
    }
    for (int i = 0; i < arguments.size(); i++) {
      TypeMirror argument = arguments.get(i);
      if (argument.getKind() != TypeKind.TYPEVAR
          || !((TypeVariable) argument).asElement().equals(model.getTypeParameters().get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code moshi.adapter(Foo.class)}, or {@code moshi.<Optional<Foo>>adapter(Types.newParameterizedType(...))}: the
   * type witness lets the call stand as an argument, where Java would infer {@code JsonAdapter<Object>}.
   */
  private static CodeBlock moshiAdapter(TypeMirror type, CodeBlock moshi) {
    boolean parameterized = type.getKind() == TypeKind.DECLARED && !((DeclaredType) type).getTypeArguments().isEmpty();
    return parameterized
        ? CodeBlock.of("$L.<$T>adapter($L)", moshi, TypeName.get(type), typeToken(type))
        : CodeBlock.of("$L.adapter($L)", moshi, typeToken(type));
  }

  /** The adapter for a non-null value of {@code type}, which is not wired through Moshi. */
  private static CodeBlock directAdapter(Wiring wiring, TypeMirror type, CodeBlock moshi, TypeElement self) {
    List<? extends TypeMirror> arguments =
        type.getKind() == TypeKind.DECLARED ? ((DeclaredType) type).getTypeArguments() : List.of();
    switch (wiring) {
      case MODEL:
        TypeElement model = (TypeElement) ((DeclaredType) type).asElement();
        if (model.equals(self) && (arguments.isEmpty() || isOwnTypeParameters(model, arguments))) {
          return CodeBlock.of("this");
        }
        if (arguments.isEmpty()) {
          return CodeBlock.of("new $T($L)", JsonTypeRule.adapterClassName(model), moshi);
        }
        CodeBlock.Builder generic =
            CodeBlock.builder().add("new $T<>($L", JsonTypeRule.adapterClassName(model), moshi);
        for (TypeMirror argument : arguments) {
          generic.add(",$W$L", argumentAdapter(argument, moshi, self));
        }
        return generic.add(")").build();
      case TYPE_PARAMETER:
        return CodeBlock.of("$N", typeParameterAdapter(((TypeVariable) type).asElement().getSimpleName().toString()));
      case HAND_WRITTEN:
        TypeElement adapter = HandWrittenAdapters.adapterOf(((DeclaredType) type).asElement());
        return HandWrittenAdapters.takesMoshi(adapter)
            ? CodeBlock.of("new $T($L)", ClassName.get(adapter), moshi)
            : CodeBlock.of("new $T()", ClassName.get(adapter));
      case LIST:
        return CodeBlock.of("$T.listOf($L)", JSON_ADAPTERS, elementAdapter(arguments.get(0), moshi, self));
      case SET:
        return CodeBlock.of("$T.setOf($L)", JSON_ADAPTERS, elementAdapter(arguments.get(0), moshi, self));
      case MAP:
        return CodeBlock.of("$T.mapOf($L)", JSON_ADAPTERS, elementAdapter(arguments.get(1), moshi, self));
      case INSTANT:
        return CodeBlock.of("$T.instant()", JSON_ADAPTERS);
      case OFFSET_DATE_TIME:
        return CodeBlock.of("$T.offsetDateTime()", JSON_ADAPTERS);
      case LOCAL_DATE:
        return CodeBlock.of("$T.localDate()", JSON_ADAPTERS);
      default:
        throw new IllegalArgumentException("not wired directly: " + type);
    }
  }

  /**
   * The adapter for an element of a collection or a value of a map: null-safe when the type argument is
   * annotated {@code @Nullable}, otherwise refusing {@code null} with a {@code JsonDataException} that names the
   * path.
   */
  private static CodeBlock elementAdapter(TypeMirror type, CodeBlock moshi, TypeElement self) {
    Wiring wiring = JsonTypeRule.wiringOf(type);
    CodeBlock adapter = wiring == Wiring.MOSHI ? moshiAdapter(type, moshi) : directAdapter(wiring, type, moshi, self);
    return CodeBlock.of(Annotations.isNullable(type) ? "$L.nullSafe()" : "$L.nonNull()", adapter);
  }

  /**
   * A {@code java.lang.reflect.Type} expression for {@code type}: a class literal, or a
   * {@code Types.newParameterizedType} call. Only declared types and primitives are supported; validation
   * rejects the rest before code is written.
   */
  static CodeBlock typeToken(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return CodeBlock.of("$T.class", TypeName.get(type));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      throw new IllegalArgumentException("no type token for " + type);
    }
    DeclaredType declared = (DeclaredType) type;
    ClassName raw = ClassName.get((TypeElement) declared.asElement());
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
