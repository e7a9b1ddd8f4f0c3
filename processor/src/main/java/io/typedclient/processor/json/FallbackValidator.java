package io.typedclient.processor.json;

import io.typedclient.processor.common.AdapterCodes;
import io.typedclient.processor.common.ErrorReporter;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * Checks {@code @JsonFallback} outside the enums that {@link EnumModelReader} reads: on something other than an
 * enum constant, or on a constant of an enum that is not {@code @JsonModel}, where nothing would honour it.
 */
final class FallbackValidator {
  private final ErrorReporter errors;

  FallbackValidator(ErrorReporter errors) {
    this.errors = errors;
  }

  void validate(Element element) {
    if (element.getKind() != ElementKind.ENUM_CONSTANT) {
      errors.error(element, JsonAnnotations.find(element, JsonAnnotations.JSON_FALLBACK),
          "@JsonFallback applies to enum constants only; %s is not one", element.getSimpleName());
      return;
    }
    Element enumType = element.getEnclosingElement();
    if (!AdapterCodes.isJsonModel(enumType)) {
      errors.error(element, JsonAnnotations.find(element, JsonAnnotations.JSON_FALLBACK),
          "@JsonFallback on %s has no effect: enum %s is not annotated @JsonModel, so no adapter reads it; "
              + "annotate %s with @io.typedclient.JsonModel", element.getSimpleName(), enumType.getSimpleName(),
          enumType.getSimpleName());
    }
  }
}
