package io.typedclient.processor.report;

import io.typedclient.processor.mirror.TypeDescriptions;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * What validating one subject found: an annotated type, or a part of it such as one method. Every validator
 * writes here, and nowhere else.
 *
 * <p>An error goes straight to the {@link Messager}, tagged with its {@link Rule} and placed on the exact element,
 * annotation or annotation value, so that the IDE underlines what is wrong. A report {@link #within about a part}
 * ends each of its messages with the part's context ({@code for method Api.call}), added here once as Retrofit's
 * {@code Utils.methodError} does, and counts towards the report it came from. Types that are not defined yet are
 * {@link #missing recorded}, not reported: the step defers its subject to the next round, and names them if they
 * never appear.
 */
public final class Report {
  private final Messager messager;
  private final Element subject;
  private final String context;
  private final Report parent;
  private final List<String> missing;
  private boolean hasErrors;

  private Report(Messager messager, Element subject, String context, Report parent, List<String> missing) {
    this.messager = messager;
    this.subject = subject;
    this.context = context;
    this.parent = parent;
    this.missing = missing;
  }

  /** A report about {@code subject}, an annotated type. */
  public static Report about(Messager messager, Element subject) {
    return new Report(messager, subject, "", null, new ArrayList<>());
  }

  /**
   * A report about {@code part} of this report's subject (a method, an inherited interface), whose messages end
   * with {@code context} ({@code " for method Api.call"}). Its errors and missing types count for this report too.
   */
  public Report within(Element part, String context) {
    return new Report(messager, part, this.context + context, this, missing);
  }

  /** The element errors go on when no other is named. */
  public Element subject() {
    return subject;
  }

  /** An error on the subject. */
  public void error(Rule rule, String message) {
    print(rule, message, subject, null, null);
  }

  /** An error on {@code element}. */
  public void error(Rule rule, Element element, String message) {
    print(rule, message, element, null, null);
  }

  /** An error on {@code annotation} of {@code element}, or on {@code element} when the annotation is null. */
  public void error(Rule rule, Element element, AnnotationMirror annotation, String message) {
    print(rule, message, element, annotation, null);
  }

  /** An error on one value of an annotation, falling back to the annotation, then to the element. */
  public void error(Rule rule, Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
    print(rule, message, element, annotation, annotation == null ? null : value);
  }

  /**
   * Records that {@code type}, used {@code where} ({@code " in the return type"}), is not defined yet: generated
   * later in this compilation, or missing.
   */
  public void missing(TypeMirror type, String where) {
    missing.add(TypeDescriptions.describe(type) + where + context);
  }

  /** Whether an error was reported here or in a report made from this one. */
  public boolean hasErrors() {
    return hasErrors;
  }

  /** Whether a type is not defined yet, here or in any report made from the same type's report. */
  public boolean hasMissingTypes() {
    return !missing.isEmpty();
  }

  /** What is not defined yet, each with where it is used, in the order found. */
  public List<String> missingTypes() {
    return List.copyOf(missing);
  }

  private void print(Rule rule, String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    for (Report report = this; report != null; report = report.parent) {
      report.hasErrors = true;
    }
    String text = rule.tag() + message + context;
    if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element);
    } else if (value == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element, annotation, value);
    }
  }
}
