package io.typedclient.processor.mirror;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotations as mirrors, by name, for every part of the processor. A mirror is what an error is attached
 * to, and reading one never throws for a class that is not compiled yet, as a reflection proxy would; reading by
 * name works alike for sources and class files, and for annotations (Moshi's {@code @Json}, any
 * {@code Nullable}) that are not on the processor's class path.
 */
public final class Annotations {
  public static final String HTTP_API = "io.typedclient.HttpApi";
  public static final String HEADERS = "io.typedclient.Headers";
  public static final String FORM_URL_ENCODED = "io.typedclient.FormUrlEncoded";
  public static final String MULTIPART = "io.typedclient.Multipart";
  public static final String TIMEOUT = "io.typedclient.Timeout";
  public static final String IDEMPOTENT = "io.typedclient.Idempotent";
  public static final String JSON_MODEL = "io.typedclient.JsonModel";
  public static final String JSON_ADAPTED_BY = "io.typedclient.JsonAdaptedBy";
  public static final String JSON_FALLBACK = "io.typedclient.JsonFallback";
  /** The attribute of {@code @HttpApi} and {@code @JsonModel} naming the types the application's Moshi supplies. */
  public static final String FROM_MOSHI = "fromMoshi";
  /** Moshi's {@code @Json(name, ignore)}. */
  public static final String MOSHI_JSON = "com.squareup.moshi.Json";
  /**
   * The well-known declaration {@code Nullable} annotations, which the processor claims: any annotation named
   * {@code Nullable} makes a property optional, but javac's {@code -Xlint:processing} reports a declaration
   * annotation that no processor claims, and only these can be named in advance. Type-use ones (JSpecify, Checker
   * Framework) are never reported.
   */
  public static final Set<String> DECLARATION_NULLABLES = Set.of(
      "javax.annotation.Nullable",
      "jakarta.annotation.Nullable",
      "androidx.annotation.Nullable",
      "android.support.annotation.Nullable",
      "org.jetbrains.annotations.Nullable",
      "edu.umd.cs.findbugs.annotations.Nullable",
      "org.springframework.lang.Nullable");
  /** {@code Json.UNSET_NAME}: the default of {@code @Json(name)}, meaning "use the Java name". */
  private static final String UNSET_NAME = "\u0000";

  private Annotations() {}

  /** The canonical name of {@code annotation}'s type. */
  public static String nameOf(AnnotationMirror annotation) {
    return ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The simple name with its {@code @}, for messages: {@code @GET}. */
  public static String simpleNameOf(AnnotationMirror annotation) {
    return "@" + annotation.getAnnotationType().asElement().getSimpleName();
  }

  /** The annotation of type {@code canonicalName} on {@code element}, or {@code null}. */
  public static AnnotationMirror find(Element element, String canonicalName) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (nameOf(annotation).equals(canonicalName)) {
        return annotation;
      }
    }
    return null;
  }

  /** Whether {@code element} carries the annotation {@code canonicalName}. */
  public static boolean has(Element element, String canonicalName) {
    return find(element, canonicalName) != null;
  }

  /** The annotations on {@code element} whose types are in {@code canonicalNames}, in source order. */
  public static List<AnnotationMirror> findAll(Element element, Set<String> canonicalNames) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (canonicalNames.contains(nameOf(annotation))) {
        found.add(annotation);
      }
    }
    return found;
  }

  /** The explicit value of {@code member} in {@code annotation}, or {@code null} when it is left at its default. */
  public static AnnotationValue value(AnnotationMirror annotation, String member) {
    if (annotation == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The explicit {@code value} of {@code annotation}, or {@code null} (javac reports a missing one). */
  public static AnnotationValue value(AnnotationMirror annotation) {
    return value(annotation, "value");
  }

  /** The {@code value} as a string, or {@code null} when it is missing or not a string constant. */
  public static String stringValue(AnnotationMirror annotation) {
    AnnotationValue value = value(annotation);
    return value != null && value.getValue() instanceof String ? (String) value.getValue() : null;
  }

  /** The entries of an array {@code value}, or an empty list. */
  public static List<AnnotationValue> arrayValue(AnnotationMirror annotation) {
    return arrayValue(annotation, "value");
  }

  /** The entries of the array {@code member}, or an empty list when it is left at its default. */
  public static List<AnnotationValue> arrayValue(AnnotationMirror annotation, String member) {
    AnnotationValue value = value(annotation, member);
    List<AnnotationValue> entries = new ArrayList<>();
    if (value != null && value.getValue() instanceof List) {
      for (Object entry : (List<?>) value.getValue()) {
        if (entry instanceof AnnotationValue) {
          entries.add((AnnotationValue) entry);
        }
      }
    }
    return entries;
  }

  /** The class that a {@code Class<?>} {@code value} names, or {@code null} when it names none that exists. */
  public static TypeElement classValue(AnnotationMirror annotation) {
    AnnotationValue value = value(annotation);
    if (value == null || !(value.getValue() instanceof TypeMirror)) {
      return null;
    }
    TypeMirror type = (TypeMirror) value.getValue();
    return type.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) type).asElement() : null;
  }

  /** Whether {@code element} or its type carries an annotation whose simple name is {@code Nullable}. */
  public static boolean isNullable(Element element) {
    TypeMirror type = element instanceof ExecutableElement
        ? ((ExecutableElement) element).getReturnType()
        : element.asType();
    return hasNullable(element.getAnnotationMirrors()) || isNullable(type);
  }

  /** Whether {@code type} carries a type-use annotation whose simple name is {@code Nullable}. */
  public static boolean isNullable(TypeMirror type) {
    return hasNullable(type.getAnnotationMirrors());
  }

  /** The explicit {@code @Json(name)} on {@code element}, or {@code null} when there is none. */
  public static String jsonName(Element element) {
    AnnotationValue name = value(find(element, MOSHI_JSON), "name");
    return name == null || UNSET_NAME.equals(name.getValue()) ? null : (String) name.getValue();
  }

  /** Whether {@code element} carries {@code @Json(ignore = true)}. */
  public static boolean jsonIgnored(Element element) {
    AnnotationValue ignore = value(find(element, MOSHI_JSON), "ignore");
    return ignore != null && Boolean.TRUE.equals(ignore.getValue());
  }

  private static boolean hasNullable(List<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror annotation : annotations) {
      if (annotation.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        return true;
      }
    }
    return false;
  }
}
