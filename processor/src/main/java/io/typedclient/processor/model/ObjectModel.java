package io.typedclient.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import io.typedclient.processor.jsontype.JsonTypeRule;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;

/**
 * A valid {@code @JsonModel} class or record.
 *
 * @param element the class or record; the one originating element of its adapter
 * @param properties its properties in constructor order, ignored ones included
 */
public record ObjectModel(TypeElement element, List<Property> properties) {

  public ObjectModel {
    properties = List.copyOf(properties);
  }

  /** The model's class. */
  public ClassName type() {
    return ClassName.get(element);
  }

  /** The type parameters of a generic model ({@code T} of {@code Page<T>}); empty for the others. */
  public List<TypeVariableName> typeVariables() {
    return element.getTypeParameters().stream().map(TypeVariableName::get).collect(Collectors.toList());
  }

  /** The type its adapter reads and writes: {@code Session}, or {@code Page<T>} for a generic model. */
  public TypeName typeName() {
    List<TypeVariableName> variables = typeVariables();
    return variables.isEmpty()
        ? type()
        : ParameterizedTypeName.get(type(), variables.toArray(new TypeName[0]));
  }

  /** The generated adapter's class. */
  public ClassName adapter() {
    return JsonTypeRule.adapterClassName(element);
  }
}
