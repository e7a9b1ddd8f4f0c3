package io.typedclient.processor.common;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports compile errors on the exact element, annotation or annotation value, each message starting with
 * {@value #TAG}. Counts errors so a step can abandon one broken type and carry on with the others; never
 * throws.
 */
public final class ErrorReporter {
  /** The tag every message starts with, for tests and for users searching their build log. */
  public static final String TAG = "[typedclient] ";

  private final Messager messager;
  private int errorCount;

  public ErrorReporter(Messager messager) {
    this.messager = messager;
  }

  /** An error on {@code element}; {@code format} uses {@link String#format} placeholders. */
  public void error(Element element, String format, Object... args) {
    errorCount++;
    messager.printMessage(Diagnostic.Kind.ERROR, TAG + String.format(format, args), element);
  }

  /** An error on an annotation of {@code element}. */
  public void error(Element element, AnnotationMirror annotation, String format, Object... args) {
    errorCount++;
    messager.printMessage(Diagnostic.Kind.ERROR, TAG + String.format(format, args), element, annotation);
  }

  /** An error on one value of an annotation of {@code element}. */
  public void error(
      Element element, AnnotationMirror annotation, AnnotationValue value, String format, Object... args) {
    errorCount++;
    messager.printMessage(Diagnostic.Kind.ERROR, TAG + String.format(format, args), element, annotation, value);
  }

  /** A warning on {@code element}. */
  public void warning(Element element, String format, Object... args) {
    messager.printMessage(Diagnostic.Kind.WARNING, TAG + String.format(format, args), element);
  }

  /** Errors reported so far; compare before and after validating one type to know whether it is valid. */
  public int errorCount() {
    return errorCount;
  }
}
