package io.typedclient.processor.validate;

import static io.typedclient.processor.mirror.TypeDescriptions.nestedName;

import io.typedclient.processor.jsontype.JsonTypeRule;
import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks the {@code fromMoshi} attribute of an {@code @HttpApi} or {@code @JsonModel}: each entry must be a type
 * that only the application's Moshi can supply, not one that generated code wires itself; an enum model, which has
 * no properties, names none. Errors go on the entry.
 */
public final class FromMoshiValidator {
  private final JsonTypeRule jsonTypes;

  public FromMoshiValidator(JsonTypeRule jsonTypes) {
    this.jsonTypes = jsonTypes;
  }

  /** Reports each entry of {@code owner}'s {@code fromMoshi} that cannot be there to {@code report}. */
  public void validate(TypeElement owner, String annotationName, Report report) {
    AnnotationMirror annotation = Annotations.find(owner, annotationName);
    List<AnnotationValue> entries = Annotations.arrayValue(annotation, Annotations.FROM_MOSHI);
    if (entries.isEmpty()) {
      return;
    }
    AnnotationValue attribute = Annotations.value(annotation, Annotations.FROM_MOSHI);
    if (owner.getKind() == ElementKind.ENUM) {
      report.error(Rule.FROM_MOSHI, owner, annotation, attribute, "enum " + nestedName(owner)
          + " has no properties for fromMoshi to apply to; remove it");
      return;
    }
    for (AnnotationValue entry : entries) {
      if (!(entry.getValue() instanceof TypeMirror)) {
        continue; // javac reports a value that is not a class literal
      }
      TypeMirror type = (TypeMirror) entry.getValue();
      if (type.getKind() == TypeKind.ERROR) {
        report.missing(type, " in fromMoshi");
        continue;
      }
      String problem = jsonTypes.fromMoshiProblem(type);
      if (problem != null) {
        report.error(Rule.FROM_MOSHI, owner, annotation, entry, problem);
      }
    }
  }
}
