package io.typedclient.processor.model;

import com.palantir.javapoet.ClassName;
import io.typedclient.processor.jsontype.JsonTypeRule;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A valid {@code @JsonModel} enum.
 *
 * @param element the enum; the one originating element of its adapter
 * @param constants its constants with their JSON names, in declaration order
 * @param fallback the {@code @JsonFallback} constant's name, or {@code null}: then an unknown value is an error
 */
public record EnumModel(TypeElement element, List<Constant> constants, String fallback) {

  public EnumModel {
    constants = List.copyOf(constants);
  }

  /**
   * One constant.
   *
   * @param name the Java name
   * @param jsonName the string that stands for it in JSON
   */
  public record Constant(String name, String jsonName) {}

  /** The enum's class. */
  public ClassName type() {
    return ClassName.get(element);
  }

  /** The generated adapter's class. */
  public ClassName adapter() {
    return JsonTypeRule.adapterClassName(element);
  }
}
