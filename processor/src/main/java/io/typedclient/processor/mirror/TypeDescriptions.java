package io.typedclient.processor.mirror;

import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** How messages spell types and elements: as the user wrote them, with simple names. */
public final class TypeDescriptions {
  private TypeDescriptions() {}

  /** A short spelling of {@code type}: simple names, {@code List<Session>}, {@code Outer.Inner}. */
  public static String describe(TypeMirror type) {
    switch (type.getKind()) {
      case DECLARED:
      case ERROR:
        DeclaredType declared = (DeclaredType) type;
        String name = nestedName(declared.asElement());
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        return arguments.isEmpty()
            ? name
            : name + arguments.stream().map(TypeDescriptions::describe).collect(Collectors.joining(", ", "<", ">"));
      case ARRAY:
        return describe(((ArrayType) type).getComponentType()) + "[]";
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          return "? extends " + describe(wildcard.getExtendsBound());
        }
        if (wildcard.getSuperBound() != null) {
          return "? super " + describe(wildcard.getSuperBound());
        }
        return "?";
      default:
        return type.toString();
    }
  }

  /** {@code Outer.Inner} for a nested type, the simple name otherwise. */
  public static String nestedName(Element type) {
    String name = type.getSimpleName().toString();
    for (Element e = type.getEnclosingElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
      name = e.getSimpleName() + "." + name;
    }
    return name;
  }
}
