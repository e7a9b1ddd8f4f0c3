package io.typedclient.processor.write;

import static io.typedclient.processor.write.AdapterTypeWriter.JSON_ADAPTER;
import static io.typedclient.processor.write.AdapterTypeWriter.MOSHI;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.model.ObjectModel;
import io.typedclient.processor.model.Property;
import io.typedclient.processor.model.ValueKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The adapter fields of a model's adapter: one per distinct adapter its properties need, named after the type
 * as Moshi's generated adapters name them ({@code listOfStringAdapter}), created in the constructor, or on first
 * use for a property that leads back to the model through another model (see {@code ModelGraph}).
 */
final class PropertyAdapterFields {
  private static final CodeBlock MOSHI_PARAMETER = CodeBlock.of("moshi");

  private PropertyAdapterFields() {}

  /**
   * Adds the fields, and their initialization to {@code constructor}; returns, for each property read through an
   * adapter, the expression that yields its adapter. {@code names} holds the names of the class's other fields.
   */
  static Map<Property, CodeBlock> add(ObjectModel model, List<Property> properties, TypeSpec.Builder adapter,
      MethodSpec.Builder constructor, NameAllocator names) {
    Map<String, String> fieldByCode = new LinkedHashMap<>();
    Map<Property, CodeBlock> adapters = new LinkedHashMap<>();
    String moshiField = null;
    for (Property property : properties) {
      if (property.kind() != ValueKind.ADAPTER) {
        continue;
      }
      CodeBlock code = AdapterExpressions.adapterFor(property.type(), MOSHI_PARAMETER, model.element());
      String field = fieldByCode.get(code.toString());
      if (field == null) {
        field = names.newName(fieldName(property.type()));
        fieldByCode.put(code.toString(), field);
        TypeName type = ParameterizedTypeName.get(JSON_ADAPTER, TypeNames.boxed(property.type()));
        if (property.cyclic()) {
          if (moshiField == null) {
            moshiField = names.newName("moshi");
            adapter.addField(MOSHI, moshiField, Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = moshi", moshiField);
          }
          adapter.addField(FieldSpec.builder(type, field, Modifier.PRIVATE)
              .addJavadoc("Created on first use: $T contains itself through this type's properties.\n", model.type())
              .build());
          adapter.addMethod(lazyGetter(field, type,
              AdapterExpressions.adapterFor(property.type(), CodeBlock.of("$N", moshiField), model.element())));
        } else {
          adapter.addField(type, field, Modifier.PRIVATE, Modifier.FINAL);
          constructor.addStatement("this.$N = $L", field, code);
        }
      }
      adapters.put(property, property.cyclic() ? CodeBlock.of("$N()", field) : CodeBlock.of("$N", field));
    }
    return adapters;
  }

  /**
   * The getter of an adapter created on first use. Unsynchronized on purpose: two threads may each create one,
   * which is harmless, and an adapter whose fields are final is safe to publish through a race.
   */
  private static MethodSpec lazyGetter(String field, TypeName type, CodeBlock code) {
    return MethodSpec.methodBuilder(field)
        .addModifiers(Modifier.PRIVATE)
        .returns(type)
        .addStatement("$T adapter = $N", type, field)
        .beginControlFlow("if (adapter == null)")
        .addStatement("adapter = $L", code)
        .addStatement("$N = adapter", field)
        .endControlFlow()
        .addStatement("return adapter")
        .build();
  }

  /** {@code listOfStringAdapter}, {@code mapOfStringListOfNullableInstantAdapter}, {@code uuidAdapter}. */
  static String fieldName(TypeMirror type) {
    if (type.getKind() == TypeKind.TYPEVAR) {
      // tAdapter holds the adapter given for T; the property's is the null-safe one.
      return "nullSafe" + ((javax.lang.model.type.TypeVariable) type).asElement().getSimpleName() + "Adapter";
    }
    // The property's own Nullable does not change its adapter (always null-safe), only its arguments' do.
    String name = typeWords(type, false);
    int upper = 0;
    while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
      upper++;
    }
    // "UUID" becomes "uuid", "URLPath" becomes "urlPath": lower the leading capitals but the start of the next word.
    int lower = upper > 1 && upper < name.length() ? upper - 1 : upper;
    return name.substring(0, lower).toLowerCase(Locale.ROOT) + name.substring(lower) + "Adapter";
  }

  private static String typeWords(TypeMirror type, boolean nullableMatters) {
    String nullable = nullableMatters && Annotations.isNullable(type) ? "Nullable" : "";
    if (type.getKind() == TypeKind.TYPEVAR) {
      return nullable + ((javax.lang.model.type.TypeVariable) type).asElement().getSimpleName();
    }
    if (type.getKind() != TypeKind.DECLARED) {
      String kind = type.getKind().name().toLowerCase(Locale.ROOT);
      return nullable + Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }
    StringBuilder words = new StringBuilder(nullable)
        .append(String.join("", ClassName.get((TypeElement) ((DeclaredType) type).asElement()).simpleNames()));
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    for (int i = 0; i < arguments.size(); i++) {
      words.append(i == 0 ? "Of" : "").append(typeWords(arguments.get(i), true));
    }
    return words.toString();
  }
}
