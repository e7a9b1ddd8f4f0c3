package io.typedclient.processor.validate;

import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Checks that a {@code @JsonModel} type is something a generated adapter in the same package can construct
 * and read: a concrete, non-generic class, record or enum that is not private, not nested in a private type,
 * and not an inner (non-static) class.
 */
public final class ModelShapeValidator {

  /** Reports what is wrong with {@code type}'s shape to {@code report}, whose subject it is. */
  public void validate(TypeElement type, Report report) {
    String name = type.getSimpleName().toString();
    switch (type.getKind()) {
      case CLASS:
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
          report.error(Rule.MODEL_ABSTRACT, "@JsonModel " + name + " is abstract: the adapter must construct it, so"
              + " annotate a concrete class or record instead");
        }
        break;
      case RECORD:
      case ENUM:
        break;
      case INTERFACE:
      case ANNOTATION_TYPE:
        report.error(Rule.MODEL_KIND, "@JsonModel applies to classes, records and enums; " + name + " is an "
            + (type.getKind() == ElementKind.INTERFACE ? "interface" : "annotation type"));
        return;
      default:
        report.error(Rule.MODEL_KIND, "@JsonModel applies to classes, records and enums, not to " + name);
        return;
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      report.error(Rule.MODEL_PRIVATE, "@JsonModel " + name + " is private: its adapter is generated in the same"
          + " package and cannot reach it; make it package-private or public");
    }
    for (Element enclosing = type.getEnclosingElement(); enclosing != null;
        enclosing = enclosing.getEnclosingElement()) {
      if (!(enclosing instanceof TypeElement)) {
        if (enclosing.getKind() != ElementKind.PACKAGE && enclosing.getKind() != ElementKind.MODULE) {
          report.error(Rule.MODEL_LOCAL,
              "@JsonModel " + name + " is a local class: declare it as a top-level or static nested class");
        }
        break;
      }
      if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
        report.error(Rule.MODEL_PRIVATE, String.format("@JsonModel %s is nested in private class %s, which its"
            + " generated adapter cannot reach; make %s package-private or public", name, enclosing.getSimpleName(),
            enclosing.getSimpleName()));
      }
    }
    if (type.getKind() == ElementKind.CLASS
        && type.getEnclosingElement() instanceof TypeElement
        && !type.getModifiers().contains(Modifier.STATIC)
        && !type.getEnclosingElement().getKind().isInterface()) {
      report.error(Rule.MODEL_INNER, "@JsonModel " + name + " is an inner class: it needs an instance of "
          + type.getEnclosingElement().getSimpleName() + " to exist, which JSON cannot supply; declare it static");
    }
  }
}
