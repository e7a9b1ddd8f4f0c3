package io.typedclient.processor.common;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Types annotated {@code @JsonAdaptedBy}: which adapter they name, how generated code constructs it, and what
 * keeps generated code from constructing it. The one place that decides, for the adapter writers (through
 * {@link AdapterCodes}) and for the validators of models and HTTP interfaces alike.
 */
public final class HandWrittenAdapters {
  public static final String ANNOTATION = "io.typedclient.JsonAdaptedBy";
  static final String MOSHI = "com.squareup.moshi.Moshi";
  private static final String JSON_ADAPTER = "com.squareup.moshi.JsonAdapter";

  private HandWrittenAdapters() {}

  /** The {@code @JsonAdaptedBy} annotation of {@code type}, or {@code null}. */
  public static AnnotationMirror annotationOf(Element type) {
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) annotation.getAnnotationType().asElement();
      if (annotationType.getQualifiedName().contentEquals(ANNOTATION)) {
        return annotation;
      }
    }
    return null;
  }

  /** The adapter class that {@code type} names in {@code @JsonAdaptedBy}, or {@code null} if it names none. */
  public static TypeElement adapterOf(Element type) {
    AnnotationValue value = valueOf(annotationOf(type));
    if (value == null || !(value.getValue() instanceof TypeMirror)) {
      return null;
    }
    TypeMirror adapter = (TypeMirror) value.getValue();
    return adapter.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) adapter).asElement() : null;
  }

  /** The {@code value} of a {@code @JsonAdaptedBy} annotation, or {@code null}. */
  public static AnnotationValue valueOf(AnnotationMirror annotation) {
    if (annotation == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** Whether generated code passes its {@code Moshi} to the adapter's constructor (else it calls the no-arg one). */
  static boolean takesMoshi(TypeElement adapter) {
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
    if (AdapterCodes.isJsonModel(type)) {
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
      if (!visible(e, packageName, elements)) {
        return prefix + " is not visible to the generated code in package " + describe(packageName)
            + "; make it public, or use " + name + " only in its own package";
      }
    }
    ExecutableElement constructor = constructorOf(adapter);
    if (constructor == null) {
      return prefix + " has no non-private constructor taking a Moshi or nothing";
    }
    if (!visible(constructor, packageName, elements)) {
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

  private static boolean visible(Element element, String packageName, Elements elements) {
    if (element.getModifiers().contains(Modifier.PUBLIC)) {
      return true;
    }
    return !element.getModifiers().contains(Modifier.PRIVATE)
        && elements.getPackageOf(element).getQualifiedName().contentEquals(packageName);
  }

  private static String describe(String packageName) {
    return packageName.isEmpty() ? "(unnamed)" : packageName;
  }
}
