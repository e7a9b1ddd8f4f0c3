package io.typedclient.processor.write;

import static io.typedclient.processor.write.AdapterTypeWriter.JSON_WRITER;
import static io.typedclient.processor.write.AdapterTypeWriter.SUPPORT;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import io.typedclient.processor.model.ObjectModel;
import io.typedclient.processor.model.Property;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code toJson} of a model's adapter: every property under its JSON name, in constructor order. An
 * optional property that is null is written as null, which the writer drops unless it serializes nulls (its
 * name is deferred until a value comes); a required one that is null is refused.
 */
final class ToJsonWriter {
  private ToJsonWriter() {}

  static MethodSpec toJson(
      ObjectModel model, List<Property> json, Map<Property, CodeBlock> adapters, NullMarking nullMarking) {
    NameAllocator locals = new NameAllocator();
    String writer = locals.newName("writer");
    String value = locals.newName("value");
    MethodSpec.Builder method = MethodSpec.methodBuilder("toJson")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(JSON_WRITER, writer)
        .addParameter(nullMarking.nullable(model.typeName()), value)
        .addException(IOException.class)
        .beginControlFlow("if ($N == null)", value)
        .addStatement("throw $T.unexpectedNull($N)", SUPPORT, writer)
        .endControlFlow()
        .addStatement("$N.beginObject()", writer);
    for (Property property : json) {
      CodeBlock get = property.access() == Property.Access.METHOD
          ? CodeBlock.of("$N.$N()", value, property.member())
          : CodeBlock.of("$N.$N", value, property.member());
      CodeBlock checked = property.optional() || property.isPrimitive()
          ? get
          : CodeBlock.of("$T.requireNonNull($L, $S, $S, $N)",
              SUPPORT, get, property.name(), property.jsonName(), writer);
      method.addStatement("$N.name($S)", writer, property.jsonName());
      method.addStatement("$L", write(property, checked, writer, adapters.get(property)));
    }
    return method.addStatement("$N.endObject()", writer).build();
  }

  /** Writes {@code get}, the property's value; it is null only for an optional property. */
  private static CodeBlock write(Property property, CodeBlock get, String writer, CodeBlock adapter) {
    switch (property.kind()) {
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
        return property.optional()
            ? CodeBlock.of("$N.value($L == null ? null : $L.toString())", writer, get, get)
            : CodeBlock.of("$N.value($L.toString())", writer, get);
      default:
        // value(boolean), value(long), value(double), value(String), and value(Boolean) / value(Number) for
        // boxes, which write a null box as JSON null (or nothing, unless the writer serializes nulls).
        return CodeBlock.of("$N.value($L)", writer, get);
    }
  }
}
