package io.typedclient.processor.write;

import static io.typedclient.processor.write.AdapterTypeWriter.JSON_READER;
import static io.typedclient.processor.write.AdapterTypeWriter.SUPPORT;
import static io.typedclient.processor.write.AdapterTypeWriter.TOKEN;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import io.typedclient.processor.model.ObjectModel;
import io.typedclient.processor.model.Property;
import io.typedclient.processor.model.ValueKind;
import java.io.EOFException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code fromJson} of a model's adapter: a local per property, a {@code selectName} switch that reads
 * each (unknown names skipped, JSON null refused for required properties, a property that comes twice refused),
 * checks that every required property was present, and the constructor call, whose runtime exceptions become
 * {@code JsonDataException}s. Input that ends early becomes a {@code JsonEncodingException} naming the path. Each
 * property carries a {@code hasX} flag, set when its name is read: it tells a second occurrence, and, for a
 * primitive, whose zero is a valid value, whether it came at all.
 */
final class FromJsonWriter {
  private FromJsonWriter() {}

  static MethodSpec fromJson(
      ObjectModel model, List<Property> json, Map<Property, CodeBlock> adapters, NameAllocator fields) {
    NameAllocator locals = fields.clone();
    String reader = locals.newName("reader");
    for (Property property : model.properties()) {
      locals.newName(property.name(), property);
    }
    Map<Property, String> flags = new LinkedHashMap<>();
    for (Property property : json) {
      flags.put(property, locals.newName("has" + Character.toUpperCase(property.name().charAt(0))
          + property.name().substring(1)));
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder("fromJson")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(model.typeName())
        .addParameter(JSON_READER, reader)
        .addException(IOException.class);
    for (Property property : json) {
      method.addStatement("$T $N = $L", TypeNames.of(property.type()), locals.get(property), defaultValue(property));
      method.addStatement("boolean $N = false", flags.get(property));
    }
    // Input that ends early is Moshi's EOFException, which says neither that it is malformed JSON nor where; the
    // reading is wrapped to say both. A nested adapter's JsonEncodingException is no EOFException and passes by.
    String failure = locals.newName("e");
    method.beginControlFlow("try")
        .addStatement("$N.beginObject()", reader)
        .beginControlFlow("while ($N.hasNext())", reader)
        .beginControlFlow("switch ($N.selectName(OPTIONS))", reader);
    for (int i = 0; i < json.size(); i++) {
      Property property = json.get(i);
      String flag = flags.get(property);
      method.addCode("case $L:$>\n", i)
          .beginControlFlow("if ($N)", flag)
          .addStatement("throw $T.duplicateProperty($S, $S, $N)", SUPPORT, property.name(), property.jsonName(), reader)
          .endControlFlow()
          .addStatement("$N = true", flag);
      readCase(method, property, locals.get(property), adapters.get(property), reader);
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
        .addStatement("$N.endObject()", reader)
        .nextControlFlow("catch ($T $N)", EOFException.class, failure)
        .addStatement("throw $T.endedEarly($N, $N)", SUPPORT, failure, reader)
        .endControlFlow();
    for (Property property : json) {
      if (property.optional()) {
        continue;
      }
      // A reference is null exactly when it was missing (a null value was refused as it was read); testing the
      // value rather than the flag lets Kotlin and nullness checkers see it is non-null past this point.
      method.beginControlFlow(property.isPrimitive() ? "if (!$N)" : "if ($N == null)",
          property.isPrimitive() ? flags.get(property) : locals.get(property))
          .addStatement("throw $T.missingProperty($S, $S, $N)", SUPPORT, property.name(), property.jsonName(), reader)
          .endControlFlow();
    }
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (int i = 0; i < model.properties().size(); i++) {
      Property property = model.properties().get(i);
      arguments.add(i == 0 ? "" : ", ");
      arguments.add(property.ignored() ? defaultValue(property) : CodeBlock.of("$N", locals.get(property)));
    }
    // A constructor may validate; what it throws is then a decoding failure like any other, at the object's path.
    return method.beginControlFlow("try")
        .addStatement(model.typeVariables().isEmpty() ? "return new $T($L)" : "return new $T<>($L)", model.type(),
            arguments.build())
        .nextControlFlow("catch ($T $N)", RuntimeException.class, failure)
        .addStatement("throw $T.constructorFailed($S, $N, $N)", SUPPORT, String.join(".", model.type().simpleNames()),
            failure, reader)
        .endControlFlow()
        .build();
  }

  /** The body of one {@code case}: reads the property into {@code local}, or throws for a null required one. */
  private static void readCase(MethodSpec.Builder method, Property property, String local, CodeBlock adapter,
      String reader) {
    if (property.kind() == ValueKind.ADAPTER) {
      // The adapter is null-safe; as in Moshi's generated adapters, null is then refused for required ones.
      method.addStatement("$N = $L.fromJson($N)", local, adapter, reader);
      if (!property.optional()) {
        method.beginControlFlow("if ($N == null)", local)
            .addStatement("throw $T.unexpectedNull($S, $S, $N)", SUPPORT, property.name(), property.jsonName(), reader)
            .endControlFlow();
      }
    } else if (property.optional()) {
      method.beginControlFlow("if ($N.peek() == $T.NULL)", reader, TOKEN)
          .addStatement("$N = $N.nextNull()", local, reader)
          .nextControlFlow("else")
          .addStatement("$N = $L", local, read(property, reader))
          .endControlFlow();
    } else {
      method.beginControlFlow("if ($N.peek() == $T.NULL)", reader, TOKEN)
          .addStatement("throw $T.unexpectedNull($S, $S, $N)", SUPPORT, property.name(), property.jsonName(), reader)
          .endControlFlow()
          .addStatement("$N = $L", local, read(property, reader));
    }
  }

  /** Reads a non-null value of a property that is read straight from the reader. */
  private static CodeBlock read(Property property, String reader) {
    return property.kind().throughSupport()
        ? CodeBlock.of("$T.$N($N)", SUPPORT, property.kind().method(), reader)
        : CodeBlock.of("$N.$N()", reader, property.kind().method());
  }

  /** The value a local starts with, and the constructor argument for an ignored property. */
  private static CodeBlock defaultValue(Property property) {
    switch (property.type().getKind()) {
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
}
