package io.typedclient.processor.json;

import com.palantir.javapoet.ClassName;
import io.typedclient.processor.common.AdapterCodes;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** A {@code @JsonModel} enum: its constants with their JSON names, and the fallback for unknown values. */
final class EnumModel {
  /** One constant and the string that stands for it in JSON. */
  static final class Constant {
    final String name;
    final String jsonName;

    Constant(String name, String jsonName) {
      this.name = name;
      this.jsonName = jsonName;
    }
  }

  final TypeElement element;
  final ClassName type;
  final ClassName adapter;
  final List<Constant> constants;
  /** The {@code @JsonFallback} constant's name, or {@code null}: then an unknown value is an error. */
  final String fallback;

  EnumModel(TypeElement element, List<Constant> constants, String fallback) {
    this.element = element;
    this.type = ClassName.get(element);
    this.adapter = AdapterCodes.adapterClassName(element);
    this.constants = List.copyOf(constants);
    this.fallback = fallback;
  }
}
