package io.typedclient.processor.json;

import io.typedclient.processor.common.ErrorReporter;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;

/**
 * Checks that a {@code @JsonModel} type is something a generated adapter in the same package can construct
 * and read: a concrete, non-generic class, record or enum that is not private, not nested in a private type,
 * and not an inner (non-static) class.
 */
final class ModelShapeValidator {
  private final ErrorReporter errors;

  ModelShapeValidator(ErrorReporter errors) {
    this.errors = errors;
  }

  /** Reports what is wrong with {@code type}'s shape; returns whether it is usable. */
  boolean validate(TypeElement type) {
    int before = errors.errorCount();
    String name = type.getSimpleName().toString();
    switch (type.getKind()) {
      case CLASS:
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
          errors.error(type, "@JsonModel %s is abstract: the adapter must construct it, so annotate a concrete "
              + "class or record instead", name);
        }
        break;
      case RECORD:
      case ENUM:
        break;
      case INTERFACE:
      case ANNOTATION_TYPE:
        errors.error(type, "@JsonModel applies to classes, records and enums; %s is an %s", name,
            type.getKind() == ElementKind.INTERFACE ? "interface" : "annotation type");
        return false;
      default:
        errors.error(type, "@JsonModel applies to classes, records and enums, not to %s", name);
        return false;
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      errors.error(type, "@JsonModel %s is private: its adapter is generated in the same package and cannot reach "
          + "it; make it package-private or public", name);
    }
    for (Element enclosing = type.getEnclosingElement(); enclosing != null; enclosing = enclosing.getEnclosingElement()) {
      if (!(enclosing instanceof TypeElement)) {
        if (enclosing.getKind() != ElementKind.PACKAGE && enclosing.getKind() != ElementKind.MODULE) {
          errors.error(type, "@JsonModel %s is a local class: declare it as a top-level or static nested class", name);
        }
        break;
      }
      if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
        errors.error(type, "@JsonModel %s is nested in private class %s, which its generated adapter cannot reach; "
            + "make %s package-private or public", name, enclosing.getSimpleName(), enclosing.getSimpleName());
      }
    }
    if (type.getKind() == ElementKind.CLASS
        && type.getEnclosingElement() instanceof TypeElement
        && !type.getModifiers().contains(Modifier.STATIC)
        && !type.getEnclosingElement().getKind().isInterface()) {
      errors.error(type, "@JsonModel %s is an inner class: it needs an instance of %s to exist, which JSON cannot "
          + "supply; declare it static", name, type.getEnclosingElement().getSimpleName());
    }
    if (!type.getTypeParameters().isEmpty()) {
      List<String> parameters = new ArrayList<>();
      for (TypeParameterElement parameter : type.getTypeParameters()) {
        parameters.add(parameter.getSimpleName().toString());
      }
      errors.error(type, "@JsonModel %s is generic: without type information for %s the adapter cannot know how "
          + "to read its properties; declare a model whose properties have concrete types", name,
          String.join(", ", parameters));
    }
    return errors.errorCount() == before;
  }
}
