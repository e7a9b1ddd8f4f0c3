package io.typedclient.processor.write;

import static io.typedclient.processor.write.AdapterTypeWriter.JSON_READER;
import static io.typedclient.processor.write.AdapterTypeWriter.JSON_WRITER;
import static io.typedclient.processor.write.AdapterTypeWriter.OPTIONS;
import static io.typedclient.processor.write.AdapterTypeWriter.SUPPORT;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.typedclient.processor.model.EnumModel;
import java.io.EOFException;
import java.io.IOException;
import javax.lang.model.element.Modifier;

/**
 * Writes the adapter of an enum: {@code selectString} over the constants' JSON names, so no constant is looked
 * up by name at run time; an unknown string becomes the {@code @JsonFallback} constant or an error naming the
 * value and its path, and input that ends early a {@code JsonEncodingException} naming the path.
 */
public final class EnumAdapterWriter {
  private final AdapterTypeWriter types;

  public EnumAdapterWriter(SourceFileWriter files) {
    this.types = new AdapterTypeWriter(files);
  }

  /** The adapter class of {@code model}, for {@link SourceFileWriter#write}. */
  public TypeSpec write(EnumModel model) {
    TypeSpec.Builder adapter = types.begin(model.element(), model.type(), model.adapter());
    CodeBlock.Builder names = CodeBlock.builder();
    for (int i = 0; i < model.constants().size(); i++) {
      names.add(i == 0 ? "$S" : ", $S", model.constants().get(i).jsonName());
    }
    adapter.addField(FieldSpec.builder(OPTIONS, "OPTIONS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", OPTIONS, names.build())
        .build());
    adapter.addMethod(AdapterTypeWriter.constructor()
        .addJavadoc("Takes {@code moshi} like every generated adapter, although an enum needs nothing from it.\n")
        .build());
    adapter.addMethod(fromJson(model));
    adapter.addMethod(toJson(model, types.nullMarking(model.element())));
    return AdapterTypeWriter.finish(adapter, model.type());
  }

  private static MethodSpec fromJson(EnumModel model) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("fromJson")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(model.type())
        .addParameter(JSON_READER, "reader")
        .addException(IOException.class)
        // As in a model's adapter: input that ends before the value is a JsonEncodingException naming the path.
        .beginControlFlow("try")
        .beginControlFlow("switch (reader.selectString(OPTIONS))");
    for (int i = 0; i < model.constants().size(); i++) {
      method.addCode("case $L:$>\n", i)
          .addStatement("return $T.$N", model.type(), model.constants().get(i).name())
          .addCode("$<");
    }
    method.addCode("default:$>\n");
    if (model.fallback() != null) {
      method.addStatement("$T.skipUnknownEnumValue(reader)", SUPPORT)
          .addStatement("return $T.$N", model.type(), model.fallback());
    } else {
      method.addStatement("throw $T.unknownEnumValue(reader, OPTIONS)", SUPPORT);
    }
    return method.addCode("$<")
        .endControlFlow()
        .nextControlFlow("catch ($T e)", EOFException.class)
        .addStatement("throw $T.endedEarly(e, reader)", SUPPORT)
        .endControlFlow()
        .build();
  }

  private static MethodSpec toJson(EnumModel model, NullMarking nullMarking) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("toJson")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(JSON_WRITER, "writer")
        .addParameter(nullMarking.nullable(model.type()), "value")
        .addException(IOException.class)
        .beginControlFlow("if (value == null)")
        .addStatement("throw $T.unexpectedNull(writer)", SUPPORT)
        .endControlFlow()
        .beginControlFlow("switch (value)");
    for (EnumModel.Constant constant : model.constants()) {
      method.addCode("case $N:$>\n", constant.name())
          .addStatement("writer.value($S)", constant.jsonName())
          .addStatement("break")
          .addCode("$<");
    }
    return method.endControlFlow().build();
  }
}
