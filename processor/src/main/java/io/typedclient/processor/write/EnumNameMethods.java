package io.typedclient.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.typedclient.processor.model.EnumModel;
import io.typedclient.processor.model.EnumNames;
import io.typedclient.processor.model.MethodModel;
import io.typedclient.processor.model.ParameterModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The private static methods of a client that give the JSON name of an enum value sent in a path, query or header
 * ({@code genreJsonName}), one per enum, in the order the endpoints first use them. The names are known when the
 * client is compiled, so nothing is looked up at run time:
 *
 * <pre>
 * private static String genreJsonName(Genre value) {
 *   if (value == null) {
 *     return null;
 *   }
 *   switch (value) {
 *     case SCIENCE_FICTION:
 *       return "sci-fi";
 *     default:
 *       return value.name();
 *   }
 * }
 * </pre>
 */
final class EnumNameMethods {
  private static final ClassName STRING = ClassName.get(String.class);

  private final ClassName client;
  private final Map<TypeElement, String> names = new LinkedHashMap<>();
  private final Map<TypeElement, EnumNames> enums = new LinkedHashMap<>();

  EnumNameMethods(ClassName client, List<MethodModel> methods) {
    this.client = client;
    Set<String> taken = new HashSet<>();
    methods.forEach(method -> taken.add(method.name()));
    for (MethodModel method : methods) {
      for (ParameterModel parameter : method.parameters()) {
        EnumNames names = parameter.enumNames();
        if (names != null && !enums.containsKey(names.type())) {
          String simple = names.type().getSimpleName().toString();
          String base = Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + "JsonName";
          String name = base;
          for (int i = 2; !taken.add(name); i++) {
            name = base + i;
          }
          enums.put(names.type(), names);
          this.names.put(names.type(), name);
        }
      }
    }
  }

  /** {@code genreJsonName(genre)}: the JSON name of {@code parameter}'s value, or {@code null} for none. */
  CodeBlock call(ParameterModel parameter, String argument) {
    return CodeBlock.of("$N($N)", names.get(parameter.enumNames().type()), argument);
  }

  /** {@code BookApiClient::genreJsonName}, for the elements of an {@code Iterable} parameter. */
  CodeBlock reference(ParameterModel parameter) {
    return CodeBlock.of("$T::$N", client, names.get(parameter.enumNames().type()));
  }

  /** The methods, in the order of first use. */
  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    enums.forEach((type, enumNames) -> {
      ClassName enumType = ClassName.get(type);
      MethodSpec.Builder method = MethodSpec.methodBuilder(names.get(type))
          .addJavadoc("The JSON name of a {@link $T}: its {@code @Json(name)}, or its name.\n", enumType)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(STRING)
          .addParameter(enumType, "value")
          .beginControlFlow("if (value == null)")
          .addStatement("return null")
          .endControlFlow();
      if (enumNames.renamed().isEmpty()) {
        methods.add(method.addStatement("return value.name()").build());
        return;
      }
      method.beginControlFlow("switch (value)");
      for (EnumModel.Constant constant : enumNames.renamed()) {
        method.addCode("case $N:\n$>", constant.name()).addStatement("return $S", constant.jsonName()).addCode("$<");
      }
      method.addCode("default:\n$>").addStatement("return value.name()").addCode("$<");
      methods.add(method.endControlFlow().build());
    });
    return methods;
  }
}
