package io.typedclient.processor.json;

import static io.typedclient.processor.json.AdapterTypeWriter.JSON_ADAPTER;
import static io.typedclient.processor.json.AdapterTypeWriter.JSON_READER;
import static io.typedclient.processor.json.AdapterTypeWriter.JSON_WRITER;
import static io.typedclient.processor.json.AdapterTypeWriter.OPTIONS;
import static io.typedclient.processor.json.AdapterTypeWriter.SUPPORT;
import static io.typedclient.processor.json.AdapterTypeWriter.TOKEN;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.typedclient.processor.common.AdapterCodes;
import java.io.IOException;
import java.util.ArrayList;
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
 * Writes the adapter of a class or record, in the style of Moshi's generated adapters: one
 * {@code JsonReader.Options} over the JSON names and a {@code selectName} switch, unknown names skipped, strings
 * and primitives read straight from the reader, every other property through an adapter field wired by
 * {@link AdapterCodes}, missing and null required properties reported with their JSON path.
 */
final class ObjectAdapterWriter {
  private static final CodeBlock MOSHI = CodeBlock.of("moshi");
  private static final ClassName MOSHI_TYPE = AdapterTypeWriter.MOSHI;

  private final AdapterTypeWriter types;

  ObjectAdapterWriter(AdapterTypeWriter types) {
    this.types = types;
  }

  void write(ObjectModel model) throws IOException {
    NameAllocator fields = new NameAllocator();
    fields.newName("OPTIONS");
    fields.newName("FACTORY");
    Map<String, String> adapterFieldByCode = new LinkedHashMap<>();
    TypeSpec.Builder adapter = types.begin(model.element, model.type, model.adapter);
    List<Property> json = new ArrayList<>();
    for (Property property : model.properties) {
      if (!property.ignored) {
        json.add(property);
      }
    }
    CodeBlock.Builder names = CodeBlock.builder();
    for (int i = 0; i < json.size(); i++) {
      names.add(i == 0 ? "$S" : ", $S", json.get(i).jsonName);
    }
    adapter.addField(FieldSpec.builder(OPTIONS, "OPTIONS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", OPTIONS, names.build())
        .build());

    MethodSpec.Builder constructor = AdapterTypeWriter.constructor();
    Map<Property, CodeBlock> adapters = new LinkedHashMap<>();
    String moshiField = null;
    for (Property property : json) {
      if (property.kind != ValueKind.ADAPTER) {
        continue;
      }
      CodeBlock code = AdapterCodes.adapterFor(property.type, MOSHI, model.element);
      String field = adapterFieldByCode.get(code.toString());
      TypeName type = ParameterizedTypeName.get(JSON_ADAPTER, TypeNames.boxed(property.type));
      if (field == null) {
        field = fields.newName(fieldName(property));
        adapterFieldByCode.put(code.toString(), field);
        if (property.cyclic) {
          if (moshiField == null) {
            moshiField = fields.newName("moshi");
            adapter.addField(MOSHI_TYPE, moshiField, Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = moshi", moshiField);
          }
          adapter.addField(FieldSpec.builder(type, field, Modifier.PRIVATE)
              .addJavadoc("Created on first use: $T contains itself through this type's properties.\n", model.type)
              .build());
          adapter.addMethod(lazyAdapter(field, type,
              AdapterCodes.adapterFor(property.type, CodeBlock.of("$N", moshiField), model.element)));
        } else {
          adapter.addField(type, field, Modifier.PRIVATE, Modifier.FINAL);
          constructor.addStatement("this.$N = $L", field, code);
        }
      }
      adapters.put(property, property.cyclic ? CodeBlock.of("$N()", field) : CodeBlock.of("$N", field));
    }
    adapter.addMethod(constructor.build());
    adapter.addMethod(fromJson(model, json, adapters, fields));
    adapter.addMethod(toJson(model, json, adapters));
    types.finish(adapter, model.type);
  }

  private static MethodSpec fromJson(
      ObjectModel model, List<Property> json, Map<Property, CodeBlock> adapters, NameAllocator fields) {
    NameAllocator locals = fields.clone();
    String reader = locals.newName("reader");
    for (Property property : model.properties) {
      locals.newName(property.name, property);
    }
    Map<Property, String> flags = new LinkedHashMap<>();
    for (Property property : json) {
      if (property.isPrimitive()) {
        flags.put(property, locals.newName("has" + capitalize(property.name)));
      }
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder("fromJson")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(model.type)
        .addParameter(JSON_READER, reader)
        .addException(IOException.class);
    for (Property property : json) {
      method.addStatement("$T $N = $L", TypeNames.of(property.type), locals.get(property), defaultValue(property));
      if (flags.containsKey(property)) {
        method.addStatement("boolean $N = false", flags.get(property));
      }
    }
    method.addStatement("$N.beginObject()", reader)
        .beginControlFlow("while ($N.hasNext())", reader)
        .beginControlFlow("switch ($N.selectName(OPTIONS))", reader);
    for (int i = 0; i < json.size(); i++) {
      Property property = json.get(i);
      String local = locals.get(property);
      method.addCode("case $L:$>\n", i);
      if (property.kind == ValueKind.ADAPTER) {
        method.addStatement("$N = $L.fromJson($N)", local, adapters.get(property), reader);
        if (!property.optional) {
          method.beginControlFlow("if ($N == null)", local)
              .addStatement("throw $T.unexpectedNull($S, $S, $N)", SUPPORT, property.name, property.jsonName, reader)
              .endControlFlow();
        }
      } else if (property.optional) {
        method.beginControlFlow("if ($N.peek() == $T.NULL)", reader, TOKEN)
            .addStatement("$N = $N.nextNull()", local, reader)
            .nextControlFlow("else")
            .addStatement("$N = $L", local, read(property, reader))
            .endControlFlow();
      } else {
        method.beginControlFlow("if ($N.peek() == $T.NULL)", reader, TOKEN)
            .addStatement("throw $T.unexpectedNull($S, $S, $N)", SUPPORT, property.name, property.jsonName, reader)
            .endControlFlow()
            .addStatement("$N = $L", local, read(property, reader));
        if (flags.containsKey(property)) {
          method.addStatement("$N = true", flags.get(property));
        }
      }
      method.addStatement("break").addCode("$<");
    }
    method.addCode("case -1:$>\n")
        .addCode("// A name this model does not know: skip it and its value, whatever their shape.\n")
        .addStatement("$N.skipName()", reader)
        .addStatement("$N.skipValue()", reader)
        .addStatement("break")
        .addCode("$<")
        .endControlFlow()
        .endControlFlow()
        .addStatement("$N.endObject()", reader);
    for (Property property : json) {
      if (property.optional) {
        continue;
      }
      String missing = flags.containsKey(property) ? "!" + flags.get(property) : locals.get(property) + " == null";
      method.beginControlFlow("if ($L)", missing)
          .addStatement("throw $T.missingProperty($S, $S, $N)", SUPPORT, property.name, property.jsonName, reader)
          .endControlFlow();
    }
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (int i = 0; i < model.properties.size(); i++) {
      Property property = model.properties.get(i);
      arguments.add(i == 0 ? "" : ", ");
      arguments.add(property.ignored ? defaultValue(property) : CodeBlock.of("$N", locals.get(property)));
    }
    return method.addStatement("return new $T($L)", model.type, arguments.build()).build();
  }

  private static MethodSpec toJson(ObjectModel model, List<Property> json, Map<Property, CodeBlock> adapters) {
    NameAllocator locals = new NameAllocator();
    String writer = locals.newName("writer");
    String value = locals.newName("value");
    MethodSpec.Builder method = MethodSpec.methodBuilder("toJson")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(JSON_WRITER, writer)
        .addParameter(model.type, value)
        .addException(IOException.class)
        .beginControlFlow("if ($N == null)", value)
        .addStatement("throw $T.unexpectedNull($N)", SUPPORT, writer)
        .endControlFlow()
        .addStatement("$N.beginObject()", writer);
    for (Property property : json) {
      CodeBlock get = property.access == Property.Access.METHOD
          ? CodeBlock.of("$N.$N()", value, property.member)
          : CodeBlock.of("$N.$N", value, property.member);
      CodeBlock checked = property.optional || property.isPrimitive()
          ? get
          : CodeBlock.of("$T.requireNonNull($L, $S, $S, $N)", SUPPORT, get, property.name, property.jsonName, writer);
      method.addStatement("$N.name($S)", writer, property.jsonName);
      method.addStatement("$L", write(property, checked, writer, adapters.get(property)));
    }
    return method.addStatement("$N.endObject()", writer).build();
  }

  /**
   * The getter of an adapter created on first use. Unsynchronized on purpose: two threads may each create one,
   * which is harmless, and an adapter whose fields are final is safe to publish through a race.
   */
  private static MethodSpec lazyAdapter(String field, TypeName type, CodeBlock code) {
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

  /** Reads a non-null value of a property that is not read through an adapter. */
  private static CodeBlock read(Property property, String reader) {
    return property.kind.readsThroughSupport()
        ? CodeBlock.of(property.kind.readFormat, SUPPORT, reader)
        : CodeBlock.of(property.kind.readFormat, reader);
  }

  /** Writes {@code get}, the property's value; it is null only for an optional property. */
  private static CodeBlock write(Property property, CodeBlock get, String writer, CodeBlock adapter) {
    switch (property.kind) {
      case ADAPTER:
        return CodeBlock.of("$L.toJson($N, $L)", adapter, writer, get);
      case FLOAT:
        // JsonWriter.value(double) would print the float's double expansion (0.1f as 0.10000000149011612);
        // value(Number) prints Float.toString, which reads back to the same float.
        return property.isPrimitive()
            ? CodeBlock.of("$N.value($T.valueOf($L))", writer, Float.class, get)
            : CodeBlock.of("$N.value($L)", writer, get);
      case CHAR:
        if (property.isPrimitive()) {
          return CodeBlock.of("$N.value($T.valueOf($L))", writer, String.class, get);
        }
        return property.optional
            ? CodeBlock.of("$N.value($L == null ? null : $L.toString())", writer, get, get)
            : CodeBlock.of("$N.value($L.toString())", writer, get);
      default:
        // value(boolean), value(long), value(double), value(String), and value(Boolean) / value(Number) for
        // boxes, which write a null box as JSON null (or nothing, unless the writer serializes nulls).
        return CodeBlock.of("$N.value($L)", writer, get);
    }
  }

  /** The value a local starts with, and the constructor argument for an ignored property. */
  private static CodeBlock defaultValue(Property property) {
    switch (property.type.getKind()) {
      case BOOLEAN:
        return CodeBlock.of("false");
      case LONG:
        return CodeBlock.of("0L");
      case FLOAT:
        return CodeBlock.of("0f");
      case DOUBLE:
        return CodeBlock.of("0d");
      case CHAR:
        return CodeBlock.of("'\\0'");
      case BYTE:
        return CodeBlock.of("(byte) 0");
      case SHORT:
        return CodeBlock.of("(short) 0");
      case INT:
        return CodeBlock.of("0");
      default:
        return CodeBlock.of("null");
    }
  }

  /**
   * An adapter field's name, after its type as Moshi's generated adapters name them: {@code listOfStringAdapter},
   * {@code mapOfStringListOfNullableInstantAdapter}, {@code uuidAdapter}.
   */
  private static String fieldName(Property property) {
    // The property's own Nullable does not change its adapter (always null-safe), only its arguments' do.
    String name = typeWords(property.type, false);
    int upper = 0;
    while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
      upper++;
    }
    // "UUID" becomes "uuid", "URLPath" becomes "urlPath": lower the leading capitals but the start of the next word.
    int lower = upper > 1 && upper < name.length() ? upper - 1 : upper;
    return name.substring(0, lower).toLowerCase(Locale.ROOT) + name.substring(lower) + "Adapter";
  }

  private static String typeWords(TypeMirror type, boolean nullableMatters) {
    String nullable = nullableMatters && AdapterCodes.hasNullableTypeAnnotation(type) ? "Nullable" : "";
    if (type.getKind() != TypeKind.DECLARED) {
      return nullable + capitalize(type.getKind().name().toLowerCase(Locale.ROOT));
    }
    StringBuilder words = new StringBuilder(nullable)
        .append(String.join("", ClassName.get((TypeElement) ((DeclaredType) type).asElement()).simpleNames()));
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    for (int i = 0; i < arguments.size(); i++) {
      words.append(i == 0 ? "Of" : "").append(typeWords(arguments.get(i), true));
    }
    return words.toString();
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
