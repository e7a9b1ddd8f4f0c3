package io.typedclient.processor.json;

import com.palantir.javapoet.ClassName;
import io.typedclient.processor.common.AdapterCodes;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** A {@code @JsonModel} class or record: its properties in constructor order. */
final class ObjectModel {
  final TypeElement element;
  final ClassName type;
  final ClassName adapter;
  final List<Property> properties;

  ObjectModel(TypeElement element, List<Property> properties) {
    this.element = element;
    this.type = ClassName.get(element);
    this.adapter = AdapterCodes.adapterClassName(element);
    this.properties = List.copyOf(properties);
  }
}
