package io.typedclient.processor.validate;

import io.typedclient.processor.jsontype.HandWrittenAdapters;
import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks {@code @JsonAdaptedBy} where it is declared: the adapter must be one that code generated in the type's
 * own package can construct. Uses in other packages are checked again where they are, by the
 * {@code JsonTypeRule}, since visibility depends on the package.
 */
public final class HandWrittenAdapterValidator {
  private final Elements elements;
  private final Types types;

  public HandWrittenAdapterValidator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Reports {@code element}'s {@code @JsonAdaptedBy} to {@code report} if generated code cannot use it. */
  public void validate(Element element, Report report) {
    AnnotationMirror annotation = Annotations.find(element, Annotations.JSON_ADAPTED_BY);
    if (!(element instanceof TypeElement) || annotation == null) {
      return;
    }
    String packageName = elements.getPackageOf(element).getQualifiedName().toString();
    String problem = HandWrittenAdapters.problem((TypeElement) element, packageName, elements, types);
    if (problem != null) {
      report.error(Rule.ADAPTED_BY, element, annotation, Annotations.value(annotation), problem);
    }
  }
}
