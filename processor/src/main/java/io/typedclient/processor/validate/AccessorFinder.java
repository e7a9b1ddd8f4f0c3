package io.typedclient.processor.validate;

import io.typedclient.processor.mirror.Visibility;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds how the adapter reads a property back from an instance of a class: {@code name()}, {@code getName()},
 * {@code isName()} or a field {@code name}, in that order of preference, each non-static, reachable from the
 * class's package, and of exactly the property's type.
 */
final class AccessorFinder {
  /**
   * The member found, or why none fits.
   *
   * @param member the accessor method or field, or {@code null}
   * @param nearMisses members with the right name that do not fit, and why, for the error message
   */
  record Match(Element member, List<String> nearMisses) {}

  private final Elements elements;
  private final Types types;

  AccessorFinder(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  Match find(TypeElement model, String property, TypeMirror type) {
    String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    List<String> nearMisses = new ArrayList<>();
    List<? extends Element> members = elements.getAllMembers(model);
    for (String name : List.of(property, "get" + capitalized, "is" + capitalized)) {
      for (Element member : members) {
        if (member.getKind() == ElementKind.METHOD
            && member.getSimpleName().contentEquals(name)
            && ((ExecutableElement) member).getParameters().isEmpty()) {
          String problem = problem(model, member, ((ExecutableElement) member).getReturnType(), type);
          if (problem == null) {
            return new Match(member, nearMisses);
          }
          nearMisses.add(name + "() " + problem);
        }
      }
    }
    for (Element member : members) {
      if (member.getKind() == ElementKind.FIELD && member.getSimpleName().contentEquals(property)) {
        String problem = problem(model, member, member.asType(), type);
        if (problem == null) {
          return new Match(member, nearMisses);
        }
        nearMisses.add("field " + property + " " + problem);
      }
    }
    return new Match(null, nearMisses);
  }

  private String problem(TypeElement model, Element member, TypeMirror memberType, TypeMirror type) {
    if (member.getModifiers().contains(Modifier.STATIC)) {
      return "is static";
    }
    if (member.getModifiers().contains(Modifier.PRIVATE)) {
      return "is private";
    }
    if (!Visibility.isVisibleFrom(packageOf(model), member, elements)) {
      return "is not visible from package " + packageOf(model);
    }
    if (!types.isSameType(memberType, type)) {
      return "has type " + memberType + ", not " + type;
    }
    return null;
  }

  private String packageOf(TypeElement model) {
    return elements.getPackageOf(model).getQualifiedName().toString();
  }
}
