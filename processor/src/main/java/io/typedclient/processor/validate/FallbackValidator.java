package io.typedclient.processor.validate;

import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * Checks {@code @JsonFallback} outside the enums that {@link EnumModelReader} reads: on something other than an
 * enum constant, or on a constant of an enum that is not {@code @JsonModel}, where nothing would honour it.
 */
public final class FallbackValidator {

  /** Reports {@code element}'s {@code @JsonFallback} to {@code report} if it is out of place. */
  public void validate(Element element, Report report) {
    AnnotationMirror fallback = Annotations.find(element, Annotations.JSON_FALLBACK);
    if (element.getKind() != ElementKind.ENUM_CONSTANT) {
      report.error(Rule.FALLBACK_NOT_CONSTANT, element, fallback,
          "@JsonFallback applies to enum constants only; " + element.getSimpleName() + " is not one");
      return;
    }
    Element enumType = element.getEnclosingElement();
    if (!Annotations.has(enumType, Annotations.JSON_MODEL)) {
      report.error(Rule.FALLBACK_WITHOUT_MODEL, element, fallback, String.format("@JsonFallback on %s has no"
          + " effect: enum %s is not annotated @JsonModel, so no adapter reads it; annotate %s with"
          + " @io.typedclient.JsonModel", element.getSimpleName(), enumType.getSimpleName(), enumType.getSimpleName()));
    }
  }
}
