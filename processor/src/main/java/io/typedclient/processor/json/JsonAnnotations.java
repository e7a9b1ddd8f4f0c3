package io.typedclient.processor.json;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** Reads Moshi's {@code @Json} and any {@code Nullable} annotation from source or class files, by name. */
final class JsonAnnotations {
  static final String JSON = "com.squareup.moshi.Json";
  static final String JSON_FALLBACK = "io.typedclient.JsonFallback";
  /** {@code Json.UNSET_NAME}: the default of {@code @Json(name)}, meaning "use the Java name". */
  private static final String UNSET_NAME = "\u0000";

  private JsonAnnotations() {}

  /** The {@code @Json} annotation on {@code element}, or {@code null}. */
  static AnnotationMirror json(Element element) {
    return find(element, JSON);
  }

  /** The explicit {@code @Json(name)} on {@code element}, or {@code null} when there is none. */
  static String jsonName(Element element) {
    AnnotationMirror json = json(element);
    if (json == null) {
      return null;
    }
    Object name = value(json, "name");
    return name == null || UNSET_NAME.equals(name) ? null : (String) name;
  }

  /** Whether {@code element} carries {@code @Json(ignore = true)}. */
  static boolean ignored(Element element) {
    AnnotationMirror json = json(element);
    return json != null && Boolean.TRUE.equals(value(json, "ignore"));
  }

  /** The value of {@code @Json(name)} on {@code element}, for pointing an error at it; {@code null} when unset. */
  static AnnotationValue jsonNameValue(Element element) {
    AnnotationMirror json = json(element);
    return json == null ? null : explicitValue(json, "name");
  }

  /** Whether {@code element} or its type carries an annotation whose simple name is {@code Nullable}. */
  static boolean nullable(Element element) {
    return hasNullable(element.getAnnotationMirrors()) || nullable(typeOf(element));
  }

  /** Whether {@code type} carries a type-use annotation whose simple name is {@code Nullable}. */
  static boolean nullable(TypeMirror type) {
    return hasNullable(type.getAnnotationMirrors());
  }

  static AnnotationMirror find(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
        return mirror;
      }
    }
    return null;
  }

  private static TypeMirror typeOf(Element element) {
    return element instanceof ExecutableElement ? ((ExecutableElement) element).getReturnType() : element.asType();
  }

  private static boolean hasNullable(Iterable<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror mirror : annotations) {
      if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  private static Object value(AnnotationMirror mirror, String name) {
    AnnotationValue value = explicitValue(mirror, name);
    return value == null ? null : value.getValue();
  }

  private static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
