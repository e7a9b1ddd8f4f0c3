package io.typedclient.processor.jsontype;

import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.mirror.Visibility;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Types annotated {@code @JsonAdaptedBy}: which adapter they name, how generated code constructs it, and what
 * keeps generated code from constructing it. Part of the {@link JsonTypeRule}.
 */
public final class HandWrittenAdapters {
  static final String MOSHI = "com.squareup.moshi.Moshi";
  private static final String JSON_ADAPTER = "com.squareup.moshi.JsonAdapter";

  private HandWrittenAdapters() {}

  /** The adapter class that {@code type} names in {@code @JsonAdaptedBy}, or {@code null} if it names none. */
  public static TypeElement adapterOf(Element type) {
    return Annotations.classValue(Annotations.find(type, Annotations.JSON_ADAPTED_BY));
  }

  /** Whether generated code passes its {@code Moshi} to the adapter's constructor (else it calls the no-arg one). */
  public static boolean takesMoshi(TypeElement adapter) {
    ExecutableElement constructor = constructorOf(adapter);
    return constructor != null && !constructor.getParameters().isEmpty();
  }

  /**
   * The constructor generated code calls: the non-private one taking only a {@code Moshi}, or else the non-private
   * one taking nothing; {@code null} when there is neither.
   */
  private static ExecutableElement constructorOf(TypeElement adapter) {
    ExecutableElement noArguments = null;
    for (ExecutableElement constructor : ElementFilter.constructorsIn(adapter.getEnclosedElements())) {
      if (constructor.getModifiers().contains(Modifier.PRIVATE)) {
        continue;
      }
      if (isMoshiOnly(constructor.getParameters())) {
        return constructor;
      }
      if (constructor.getParameters().isEmpty()) {
        noArguments = constructor;
      }
    }
    return noArguments;
  }

  /**
   * Why code generated in {@code packageName} cannot construct the adapter that {@code type} names, or {@code null}
   * when it can: the adapter is missing, abstract, an inner class, not a {@code JsonAdapter} of exactly
   * {@code type}, not visible, or without a visible constructor taking a {@code Moshi} or nothing.
   */
  public static String problem(TypeElement type, String packageName, Elements elements, Types types) {
    String name = type.getSimpleName().toString();
    TypeElement adapter = adapterOf(type);
    if (adapter == null) {
      return "@JsonAdaptedBy on " + name + " names no adapter class";
    }
    String adapterName = adapter.getSimpleName().toString();
    String prefix = name + "'s @JsonAdaptedBy adapter " + adapterName;
    if (Annotations.has(type, Annotations.JSON_MODEL)) {
      return name + " is annotated both @JsonModel and @JsonAdaptedBy; keep one: @JsonModel to generate its adapter, "
          + "@JsonAdaptedBy to use " + adapterName;
    }
    if (!type.getTypeParameters().isEmpty()) {
      return "@JsonAdaptedBy cannot name an adapter for the generic type " + name
          + ": generated code could not give it the type arguments";
    }
    if (adapter.getKind() != ElementKind.CLASS || adapter.getModifiers().contains(Modifier.ABSTRACT)) {
      return prefix + " is not a concrete class, so generated code cannot construct it";
    }
    if (adapter.getNestingKind().isNested() && !adapter.getModifiers().contains(Modifier.STATIC)) {
      return prefix + " is an inner class; make it static so generated code can construct it";
    }
    TypeElement jsonAdapter = elements.getTypeElement(JSON_ADAPTER);
    if (jsonAdapter != null
        && !types.isAssignable(adapter.asType(), types.getDeclaredType(jsonAdapter, type.asType()))) {
      return prefix + " does not extend JsonAdapter<" + name + ">";
    }
    for (Element e = adapter; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!Visibility.isVisibleFrom(packageName, e, elements)) {
        return prefix + " is not visible to the generated code in package " + describe(packageName)
            + "; make it public, or use " + name + " only in its own package";
      }
    }
    ExecutableElement constructor = constructorOf(adapter);
    if (constructor == null) {
      return prefix + " has no non-private constructor taking a Moshi or nothing";
    }
    if (!Visibility.isVisibleFrom(packageName, constructor, elements)) {
      return prefix + "'s constructor " + adapterName + "(" + (constructor.getParameters().isEmpty() ? "" : "Moshi")
          + ") is not visible to the generated code in package " + describe(packageName) + "; make it public";
    }
    return null;
  }

  private static boolean isMoshiOnly(List<? extends VariableElement> parameters) {
    if (parameters.size() != 1 || parameters.get(0).asType().getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement parameter = (TypeElement) ((DeclaredType) parameters.get(0).asType()).asElement();
    return parameter.getQualifiedName().contentEquals(MOSHI);
  }

  private static String describe(String packageName) {
    return packageName.isEmpty() ? "(unnamed)" : packageName;
  }
}
