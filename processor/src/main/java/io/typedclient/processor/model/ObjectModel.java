package io.typedclient.processor.model;

import com.palantir.javapoet.ClassName;
import io.typedclient.processor.jsontype.JsonTypeRule;
import java.util.List;
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

  /** The generated adapter's class. */
  public ClassName adapter() {
    return JsonTypeRule.adapterClassName(element);
  }
}
