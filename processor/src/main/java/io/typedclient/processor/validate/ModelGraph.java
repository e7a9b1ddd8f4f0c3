package io.typedclient.processor.validate;

import io.typedclient.processor.mirror.Annotations;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Which models contain which, through their properties and type arguments. A generated adapter creates the
 * adapters of the models it contains in its constructor. A model that contains itself directly ({@code Node}
 * with {@code List<Node> children}) uses {@code this} for that; one that contains itself through another model
 * ({@code A} with a {@code B} that has an {@code A}) would create adapters forever, so the adapter for such a
 * property is created on first use instead. Each level of such nesting deeper than any read before creates one
 * more adapter, which Moshi's limit of 255 nested levels bounds.
 *
 * <p>The properties of a model are over-approximated by the parameters of all its constructors, which needs no
 * validation of the other models: at worst an adapter is created lazily that could have been created eagerly.
 */
final class ModelGraph {
  /** Whether a value of {@code type} can contain a value of {@code model} through some other model. */
  boolean reachesThroughOthers(TypeMirror type, TypeElement model) {
    Set<TypeElement> visited = new HashSet<>();
    Deque<TypeElement> pending = new ArrayDeque<>();
    addModelsIn(type, pending);
    pending.removeIf(model::equals);
    while (!pending.isEmpty()) {
      TypeElement next = pending.pop();
      if (next.equals(model)) {
        return true;
      }
      if (visited.add(next)) {
        for (ExecutableElement constructor : ElementFilter.constructorsIn(next.getEnclosedElements())) {
          for (VariableElement parameter : constructor.getParameters()) {
            addModelsIn(parameter.asType(), pending);
          }
        }
      }
    }
    return false;
  }

  private static void addModelsIn(TypeMirror type, Deque<TypeElement> models) {
    if (type.getKind() != TypeKind.DECLARED) {
      return;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (Annotations.has(element, Annotations.JSON_MODEL)) {
      models.push(element);
    }
    for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
      addModelsIn(argument, models);
    }
  }
}
