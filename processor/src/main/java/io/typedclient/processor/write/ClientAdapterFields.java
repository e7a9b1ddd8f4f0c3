package io.typedclient.processor.write;

import com.palantir.javapoet.TypeName;
import io.typedclient.processor.model.MethodModel;
import io.typedclient.processor.model.ParameterModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The JSON adapters a client holds, one final field per distinct type, named after the type
 * ({@code sessionAdapter}, {@code listOfSessionAdapter}), in the order the methods first use them.
 */
final class ClientAdapterFields {
  /**
   * One adapter field.
   *
   * @param type the type it reads and writes
   * @param typeName {@code type} as JavaPoet spells it
   * @param name the field's name
   */
  record Field(TypeMirror type, TypeName typeName, String name) {}

  private final Map<TypeName, Field> fields = new LinkedHashMap<>();

  ClientAdapterFields(List<MethodModel> methods) {
    Set<String> names = new HashSet<>();
    for (MethodModel method : methods) {
      for (ParameterModel parameter : method.parameters()) {
        if (parameter.encoding() == ParameterModel.Encoding.JSON) {
          add(parameter.type(), names);
        }
      }
      if (method.returns().bodyType() != null) {
        add(method.returns().bodyType(), names);
      }
    }
  }

  private void add(TypeMirror type, Set<String> names) {
    TypeName typeName = TypeName.get(type);
    if (fields.containsKey(typeName)) {
      return;
    }
    String base = baseName(type) + "Adapter";
    String name = base;
    for (int i = 2; !names.add(name); i++) {
      name = base + i;
    }
    fields.put(typeName, new Field(type, typeName, name));
  }

  /** Every field, in the order of first use. */
  List<Field> all() {
    return new ArrayList<>(fields.values());
  }

  /** The field for {@code type}, which a method of the client uses. */
  Field forType(TypeMirror type) {
    return fields.get(TypeName.get(type));
  }

  private static String baseName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString(); // a primitive: int, boolean
    }
    DeclaredType declared = (DeclaredType) type;
    String simple = declared.asElement().getSimpleName().toString();
    StringBuilder name = new StringBuilder(Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
    String separator = "Of";
    for (TypeMirror argument : declared.getTypeArguments()) {
      String argumentName = baseName(argument);
      name.append(separator).append(capitalize(argumentName));
      separator = "And";
    }
    return name.toString();
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
