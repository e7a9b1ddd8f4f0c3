package io.typedclient.processor.validate;

import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.model.EnumModel;
import io.typedclient.processor.model.EnumNames;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Reads the JSON names of an enum sent as a path, query or header value, {@code @JsonModel} or not: Moshi's
 * {@code @Json} has {@code RUNTIME} retention, so the names are there in class files too. Nothing is checked: the
 * enum may be a library's, and two constants with one name still send that name.
 */
final class EnumNamesReader {
  private EnumNamesReader() {}

  static EnumNames read(TypeElement type) {
    List<EnumModel.Constant> renamed = new ArrayList<>();
    for (Element element : type.getEnclosedElements()) {
      if (element.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String name = element.getSimpleName().toString();
      String jsonName = Annotations.jsonName(element);
      if (jsonName != null && !jsonName.equals(name)) {
        renamed.add(new EnumModel.Constant(name, jsonName));
      }
    }
    return new EnumNames(type, renamed);
  }
}
