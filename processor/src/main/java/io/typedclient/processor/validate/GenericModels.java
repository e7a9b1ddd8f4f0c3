package io.typedclient.processor.validate;

import static io.typedclient.processor.mirror.TypeDescriptions.describe;

import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/**
 * The one shape a generic {@code @JsonModel} cannot have: a property that holds the model itself with other type
 * arguments ({@code Node<List<T>>} inside {@code Node<T>}). Its adapter would construct the adapter of that other
 * {@code Node}, which would construct another, without end; with its own type parameters ({@code Node<T>}) the
 * adapter uses itself.
 */
final class GenericModels {
  private GenericModels() {}

  /** Where {@code type}, a property type of {@code model}, holds {@code model} with other type arguments, or null. */
  static TypeMirror selfWithOtherArguments(TypeElement model, TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    if (declared.asElement().equals(model) && !model.getTypeParameters().isEmpty() && !isOwn(model, arguments)) {
      return type;
    }
    for (TypeMirror argument : arguments) {
      TypeMirror found = selfWithOtherArguments(model, argument);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static boolean isOwn(TypeElement model, List<? extends TypeMirror> arguments) {
    List<? extends TypeParameterElement> parameters = model.getTypeParameters();
    if (arguments.size() != parameters.size()) {
      return false;
    }
    for (int i = 0; i < arguments.size(); i++) {
      if (arguments.get(i).getKind() != TypeKind.TYPEVAR
          || !((TypeVariable) arguments.get(i)).asElement().equals(parameters.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The message for {@code found} in property {@code property} of {@code model}. */
  static String message(TypeElement model, String property, TypeMirror found) {
    String own = model.getSimpleName() + "<" + String.join(", ",
        model.getTypeParameters().stream().map(p -> p.getSimpleName().toString()).toArray(String[]::new)) + ">";
    return "property '" + property + "' holds " + describe(found) + " inside " + own + ": a generic model may hold"
        + " itself only as " + own + ", since the adapter of " + describe(found) + " would construct another without"
        + " end; declare a separate model for it";
  }
}
