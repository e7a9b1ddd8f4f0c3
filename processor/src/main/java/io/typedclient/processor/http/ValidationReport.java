package io.typedclient.processor.http;

import io.typedclient.processor.common.ErrorReporter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * What validating one {@code @HttpApi} interface found: errors, each on the exact element, annotation or
 * annotation value, and the types that are not defined yet. Validators only add to it; the step decides to
 * print it, defer the interface, or write its client.
 */
final class ValidationReport {
  private final List<Item> items = new ArrayList<>();
  private final Set<String> unresolved = new LinkedHashSet<>();

  /**
   * One error.
   *
   * @param element where the error is
   * @param annotation the annotation of {@code element} it is on, or {@code null}
   * @param value the value of {@code annotation} it is on, or {@code null}
   * @param message the message, without the tag
   */
  record Item(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {}

  void error(Element element, String message) {
    items.add(new Item(element, null, null, message));
  }

  /** An error on {@code annotation} of {@code element}, or on {@code element} when the annotation is null. */
  void error(Element element, AnnotationMirror annotation, String message) {
    items.add(new Item(element, annotation, null, message));
  }

  /** An error on one value of an annotation, falling back to the annotation, then the element. */
  void error(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
    items.add(new Item(element, annotation, annotation == null ? null : value, message));
  }

  /** Records that {@code description} (a type and where it is used) is not defined yet. */
  void unresolved(String description) {
    unresolved.add(description);
  }

  /** Errors so far; compare before and after a check to know whether it found any. */
  int errorCount() {
    return items.size();
  }

  boolean hasErrors() {
    return !items.isEmpty();
  }

  boolean hasUnresolved() {
    return !unresolved.isEmpty();
  }

  /** What is not defined yet, in the order it was found. */
  List<String> unresolvedTypes() {
    return List.copyOf(unresolved);
  }

  /** Prints every error, in the order found. */
  void printTo(ErrorReporter errors) {
    for (Item item : items) {
      if (item.annotation() == null) {
        errors.error(item.element(), "%s", item.message());
      } else if (item.value() == null) {
        errors.error(item.element(), item.annotation(), "%s", item.message());
      } else {
        errors.error(item.element(), item.annotation(), item.value(), "%s", item.message());
      }
    }
  }
}
