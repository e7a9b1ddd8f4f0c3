package io.typedclient.processor.common;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The code that obtains a Moshi {@code JsonAdapter} for a type, given an expression for a {@code Moshi}. The one
 * place where generated clients and generated adapters decide how an adapter is wired.
 *
 * <p>Types that would make Moshi reflect are wired directly, so Moshi is never asked for them: a
 * {@code @JsonModel} class, record or enum gets {@code new FooJsonAdapter(moshi)}; a {@code @JsonAdaptedBy} type
 * gets its hand-written adapter, {@code new LinksJsonAdapter(moshi)} or {@code new LinksJsonAdapter()}; {@code List}, {@code Set} and
 * {@code Map<String, V>} get the runtime's {@code JsonAdapters.listOf/setOf/mapOf} around the adapter of their
 * type argument; {@code Instant}, {@code OffsetDateTime} and {@code LocalDate} get the runtime's adapters. Every
 * other type (strings, primitives and their boxes, anything the application registered) comes from
 * {@code moshi.adapter(type)}; such a type must have an adapter registered in the application's Moshi, or Moshi
 * falls back to reflection for it.
 */
public final class AdapterCodes {
  static final ClassName TYPES = ClassName.get("com.squareup.moshi", "Types");
  static final ClassName JSON_ADAPTERS = ClassName.get("io.typedclient.runtime.internal", "JsonAdapters");
  static final String JSON_MODEL = "io.typedclient.JsonModel";

  /** How the adapter for a type is obtained. */
  public enum Wiring {
    /** A {@code @JsonModel} type: its generated adapter, constructed directly. */
    MODEL,
    /** A {@code @JsonAdaptedBy} type: the adapter it names, constructed directly. */
    HAND_WRITTEN,
    /** {@code List<E>}: {@code JsonAdapters.listOf}. */
    LIST,
    /** {@code Set<E>}: {@code JsonAdapters.setOf}. */
    SET,
    /** {@code Map<K, V>}: {@code JsonAdapters.mapOf}, when {@code K} is {@code String}. */
    MAP,
    /** {@code java.time.Instant}: {@code JsonAdapters.instant()}. */
    INSTANT,
    /** {@code java.time.OffsetDateTime}: {@code JsonAdapters.offsetDateTime()}. */
    OFFSET_DATE_TIME,
    /** {@code java.time.LocalDate}: {@code JsonAdapters.localDate()}. */
    LOCAL_DATE,
    /** Anything else: asked of Moshi. */
    MOSHI
  }

  private AdapterCodes() {}

  /**
   * An adapter for {@code type} that reads and writes {@code null} as JSON {@code null}, as
   * {@code moshi.adapter(type)} would return, but wired directly where the type allows (see the class
   * documentation). This is what generated clients use for bodies and results.
   */
  public static CodeBlock adapterFor(TypeMirror type, CodeBlock moshi) {
    return adapterFor(type, moshi, null);
  }

  /**
   * As {@link #adapterFor(TypeMirror, CodeBlock)}, for code inside the generated adapter of model {@code self}:
   * where {@code type} needs an adapter of {@code self} itself ({@code Node} in {@code List<Node> children}),
   * the code uses {@code this}, so that constructing the adapter of a model that contains itself ends.
   */
  public static CodeBlock adapterFor(TypeMirror type, CodeBlock moshi, TypeElement self) {
    Wiring wiring = wiringOf(type);
    if (wiring == Wiring.MOSHI) {
      return moshiAdapter(type, moshi);
    }
    return CodeBlock.of("$L.nullSafe()", directAdapter(wiring, type, moshi, self));
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
    if (isJsonModel(element)) {
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

  /** Whether {@code element} carries {@code @JsonModel}, read from source or from a class file. */
  public static boolean isJsonModel(Element element) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) annotation.getAnnotationType().asElement();
      if (annotationType.getQualifiedName().contentEquals(JSON_MODEL)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code type} carries a type-use annotation whose simple name is {@code Nullable}, as in
   * {@code List<@Nullable String>}.
   */
  public static boolean hasNullableTypeAnnotation(TypeMirror type) {
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      if (annotation.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The generated adapter class for a {@code @JsonModel} type: {@code p.Session} gets {@code p.SessionJsonAdapter},
   * a nested {@code p.Outer.Inner} gets {@code p.Outer_InnerJsonAdapter}.
   */
  public static ClassName adapterClassName(TypeElement model) {
    ClassName name = ClassName.get(model);
    return ClassName.get(name.packageName(), String.join("_", name.simpleNames()) + "JsonAdapter");
  }

  /** {@code moshi.adapter(Foo.class)} or {@code moshi.adapter(Types.newParameterizedType(List.class, Foo.class))}. */
  private static CodeBlock moshiAdapter(TypeMirror type, CodeBlock moshi) {
    return CodeBlock.of("$L.adapter($L)", moshi, typeToken(type));
  }

  /** The adapter for a non-null value of {@code type}, which is not wired through Moshi. */
  private static CodeBlock directAdapter(Wiring wiring, TypeMirror type, CodeBlock moshi, TypeElement self) {
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    switch (wiring) {
      case MODEL:
        TypeElement model = (TypeElement) ((DeclaredType) type).asElement();
        return model.equals(self) ? CodeBlock.of("this") : CodeBlock.of("new $T($L)", adapterClassName(model), moshi);
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
    Wiring wiring = wiringOf(type);
    CodeBlock adapter = wiring == Wiring.MOSHI ? moshiAdapter(type, moshi) : directAdapter(wiring, type, moshi, self);
    return CodeBlock.of(hasNullableTypeAnnotation(type) ? "$L.nullSafe()" : "$L.nonNull()", adapter);
  }

  private static boolean isString(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.String");
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
