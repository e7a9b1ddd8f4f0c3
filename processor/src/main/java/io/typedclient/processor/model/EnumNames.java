package io.typedclient.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * How the values of an enum are sent in a path, query or header: by their JSON names, as bodies send them. Only
 * the constants whose {@code @Json(name)} differs from their Java name are listed; every other constant is sent by
 * its name.
 *
 * @param type the enum
 * @param renamed the constants whose JSON name is not their name, in declaration order
 */
public record EnumNames(TypeElement type, List<EnumModel.Constant> renamed) {

  public EnumNames {
    renamed = List.copyOf(renamed);
  }
}
