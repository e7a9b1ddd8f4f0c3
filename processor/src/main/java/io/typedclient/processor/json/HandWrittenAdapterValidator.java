package io.typedclient.processor.json;

import io.typedclient.processor.common.ErrorReporter;
import io.typedclient.processor.common.HandWrittenAdapters;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks {@code @JsonAdaptedBy} where it is declared: the adapter must be one that code generated in the type's
 * own package can construct. Uses in other packages are checked again where they are, since visibility depends
 * on the package.
 */
final class HandWrittenAdapterValidator {
  private final Elements elements;
  private final Types types;
  private final ErrorReporter errors;

  HandWrittenAdapterValidator(Elements elements, Types types, ErrorReporter errors) {
    this.elements = elements;
    this.types = types;
    this.errors = errors;
  }

  void validate(Element element) {
    AnnotationMirror annotation = HandWrittenAdapters.annotationOf(element);
    if (!(element instanceof TypeElement) || annotation == null) {
      return;
    }
    String packageName = elements.getPackageOf(element).getQualifiedName().toString();
    String problem = HandWrittenAdapters.problem((TypeElement) element, packageName, elements, types);
    if (problem != null) {
      errors.error(element, annotation, HandWrittenAdapters.valueOf(annotation), "%s", problem);
    }
  }
}
