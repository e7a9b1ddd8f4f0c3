package io.typedclient.processor.write;

import static io.typedclient.processor.write.AdapterTypeWriter.OPTIONS;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import io.typedclient.processor.model.ObjectModel;
import io.typedclient.processor.model.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the adapter of a class or record, in the style of Moshi's generated adapters: one
 * {@code JsonReader.Options} over the JSON names, the {@link PropertyAdapterFields adapter fields} its properties need,
 * {@link FromJsonWriter fromJson} and {@link ToJsonWriter toJson}.
 */
public final class ObjectAdapterWriter {
  private final AdapterTypeWriter types;

  public ObjectAdapterWriter(SourceFileWriter files) {
    this.types = new AdapterTypeWriter(files);
  }

  /** The adapter class of {@code model}, for {@link SourceFileWriter#write}. */
  public TypeSpec write(ObjectModel model) {
    List<Property> json = new ArrayList<>();
    for (Property property : model.properties()) {
      if (!property.ignored()) {
        json.add(property);
      }
    }
    TypeSpec.Builder adapter = types.begin(model.element(), model.type(), model.adapter(), model.typeVariables());
    CodeBlock.Builder names = CodeBlock.builder();
    for (int i = 0; i < json.size(); i++) {
      names.add(i == 0 ? "$S" : ", $S", json.get(i).jsonName());
    }
    adapter.addField(FieldSpec.builder(OPTIONS, "OPTIONS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", OPTIONS, names.build())
        .build());
    NameAllocator fields = new NameAllocator();
    fields.newName("OPTIONS");
    fields.newName("FACTORY");
    model.typeVariables().forEach(variable -> fields.newName(AdapterExpressions.typeParameterAdapter(variable.name())));
    MethodSpec.Builder constructor = AdapterTypeWriter.constructor(model.typeVariables(), adapter)
        .addJavadoc("An adapter that asks {@code moshi} only for the property types typedclient does not adapt"
            + " itself" + (model.typeVariables().isEmpty() ? "" : ",\nand reads and writes the values of each type"
            + " parameter with the adapter given for it") + ".\n");
    Map<Property, CodeBlock> adapters = PropertyAdapterFields.add(model, json, adapter, constructor, fields);
    adapter.addMethod(constructor.build())
        .addMethod(FromJsonWriter.fromJson(model, json, adapters, fields))
        .addMethod(ToJsonWriter.toJson(model, json, adapters, types.nullMarking(model.element())));
    return AdapterTypeWriter.finish(adapter, model.type());
  }
}
