package io.typedclient.processor.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads annotations as mirrors rather than through reflection proxies: a mirror is what an error is attached
 * to, and reading one never throws for a class that is not compiled yet.
 */
final class Annotations {
  static final String HTTP_API = "io.typedclient.HttpApi";
  static final String HEADERS = "io.typedclient.Headers";
  static final String PATH = "io.typedclient.Path";
  static final String QUERY = "io.typedclient.Query";
  static final String HEADER = "io.typedclient.Header";
  static final String BODY = "io.typedclient.Body";

  private Annotations() {}

  /** The canonical name of {@code annotation}'s type. */
  static String nameOf(AnnotationMirror annotation) {
    return ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The simple name with its {@code @}, for messages: {@code @GET}. */
  static String simpleNameOf(AnnotationMirror annotation) {
    return "@" + annotation.getAnnotationType().asElement().getSimpleName();
  }

  /** The annotation of type {@code canonicalName} on {@code element}, or {@code null}. */
  static AnnotationMirror find(Element element, String canonicalName) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (nameOf(annotation).equals(canonicalName)) {
        return annotation;
      }
    }
    return null;
  }

  /** The annotations on {@code element} whose types are in {@code canonicalNames}, in source order. */
  static List<AnnotationMirror> findAll(Element element, Set<String> canonicalNames) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (canonicalNames.contains(nameOf(annotation))) {
        found.add(annotation);
      }
    }
    return found;
  }

  /** The explicit {@code value} of {@code annotation}, or {@code null} (javac reports a missing one). */
  static AnnotationValue value(AnnotationMirror annotation) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The {@code value} as a string, or {@code null} when it is missing or not a string constant. */
  static String stringValue(AnnotationMirror annotation) {
    AnnotationValue value = value(annotation);
    return value != null && value.getValue() instanceof String ? (String) value.getValue() : null;
  }

  /** The entries of an array {@code value}, or an empty list. */
  static List<AnnotationValue> arrayValue(AnnotationMirror annotation) {
    AnnotationValue value = value(annotation);
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
}
