package io.typedclient.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * What every generated adapter has in common, whatever it adapts: the class declaration (started by the
 * {@link SourceFileWriter}), the public {@code FACTORY} that matches exactly the adapted type, the public
 * {@code (Moshi)} constructor, and {@code toString}.
 */
final class AdapterTypeWriter {
  static final ClassName MOSHI = ClassName.get("com.squareup.moshi", "Moshi");
  static final ClassName JSON_ADAPTER = ClassName.get("com.squareup.moshi", "JsonAdapter");
  static final ClassName JSON_ADAPTER_FACTORY = JSON_ADAPTER.nestedClass("Factory");
  static final ClassName JSON_READER = ClassName.get("com.squareup.moshi", "JsonReader");
  static final ClassName JSON_WRITER = ClassName.get("com.squareup.moshi", "JsonWriter");
  static final ClassName OPTIONS = JSON_READER.nestedClass("Options");
  static final ClassName TOKEN = JSON_READER.nestedClass("Token");
  static final ClassName SUPPORT = ClassName.get("io.typedclient.runtime.internal", "JsonModelSupport");

  private final SourceFileWriter files;

  AdapterTypeWriter(SourceFileWriter files) {
    this.files = files;
  }

  /**
   * The start of the adapter class {@code adapter} for {@code model} ({@code type}): the declaration and
   * {@code FACTORY}; the caller adds fields, the constructor, {@code fromJson} and {@code toJson}, then calls
   * {@link #finish}.
   */
  TypeSpec.Builder begin(TypeElement model, ClassName type, ClassName adapter) {
    return begin(model, type, adapter, List.of());
  }

  /**
   * As above, for a generic model {@code type<variables>}: the adapter is generic too, and has no
   * {@code FACTORY}, which could only ask Moshi for the adapters of the type arguments; whoever constructs it
   * passes them ({@link #constructor(List)}).
   */
  TypeSpec.Builder begin(TypeElement model, ClassName type, ClassName adapter, List<TypeVariableName> variables) {
    TypeName adapted = variables.isEmpty() ? type : ParameterizedTypeName.get(type, variables.toArray(new TypeName[0]));
    TypeSpec.Builder builder = files.classBuilder(adapter, model)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addTypeVariables(variables)
        .superclass(ParameterizedTypeName.get(JSON_ADAPTER, adapted));
    if (variables.isEmpty()) {
      builder.addJavadoc("Reads and writes {@link $T} without reflection. A {@code null} value is an error in both\n"
          + "directions; {@link #FACTORY} and {@link #nullSafe()} give a null-safe adapter.\n", type);
    } else {
      builder.addJavadoc("Reads and writes {@link $T} without reflection, with the adapters of its type arguments\n"
          + "given to its constructor. A {@code null} value is an error in both directions; {@link #nullSafe()}\n"
          + "gives a null-safe adapter.\n", type);
    }
    // A deprecated model or property type is the application's business; its adapter must not break a build
    // that compiles with -Werror.
    builder.addAnnotation(
        AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build());
    return variables.isEmpty() ? builder.addField(factory(type, adapter, files.nullMarking(model))) : builder;
  }

  /** The public constructor, to which the caller adds the body. */
  static MethodSpec.Builder constructor() {
    return MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).addParameter(MOSHI, "moshi");
  }

  /**
   * The public constructor of a generic model's adapter: after {@code moshi}, the adapter of each type parameter
   * ({@code JsonAdapter<T> tAdapter}), kept in a field of the same name; the caller adds the rest of the body.
   */
  static MethodSpec.Builder constructor(List<TypeVariableName> variables, TypeSpec.Builder adapter) {
    MethodSpec.Builder constructor = constructor();
    for (TypeVariableName variable : variables) {
      String name = AdapterExpressions.typeParameterAdapter(variable.name());
      TypeName type = ParameterizedTypeName.get(JSON_ADAPTER, variable);
      constructor.addParameter(type, name).addStatement("this.$N = $N", name, name);
      adapter.addField(type, name, Modifier.PRIVATE, Modifier.FINAL);
    }
    return constructor;
  }

  /** Adds {@code toString} to the adapter class {@code builder} for {@code type}, and builds it. */
  static TypeSpec finish(TypeSpec.Builder builder, ClassName type) {
    return builder.addMethod(toStringMethod(type)).build();
  }

  /**
   * JSpecify's marking of the adapter of {@code model}: {@code toJson}'s value is {@code @Nullable}, as Moshi
   * declares it (the adapter refuses a null all the same).
   */
  NullMarking nullMarking(TypeElement model) {
    return files.nullMarking(model);
  }

  private static FieldSpec factory(ClassName type, ClassName adapter, NullMarking nullMarking) {
    TypeName annotations = ParameterizedTypeName.get(
        ClassName.get(Set.class), WildcardTypeName.subtypeOf(ClassName.get("java.lang.annotation", "Annotation")));
    MethodSpec create = MethodSpec.methodBuilder("create")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(nullMarking.nullable(
            ParameterizedTypeName.get(JSON_ADAPTER, WildcardTypeName.subtypeOf(Object.class))))
        .addParameter(ClassName.get("java.lang.reflect", "Type"), "type")
        .addParameter(annotations, "annotations")
        .addParameter(MOSHI, "moshi")
        .beginControlFlow("if (!annotations.isEmpty() || !$T.class.equals(type))", type)
        .addStatement("return null")
        .endControlFlow()
        .addStatement("return new $T(moshi).nullSafe()", adapter)
        .build();
    TypeSpec anonymous =
        TypeSpec.anonymousClassBuilder("").addSuperinterface(JSON_ADAPTER_FACTORY).addMethod(create).build();
    return FieldSpec.builder(JSON_ADAPTER_FACTORY, "FACTORY", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Gives a null-safe {@code $T} to a Moshi that the application builds itself, for exactly\n"
            + "{@code $T.class} without qualifier annotations.\n", adapter, type)
        .initializer("$L", anonymous)
        .build();
  }

  private static MethodSpec toStringMethod(ClassName type) {
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $S", "GeneratedJsonAdapter(" + String.join(".", type.simpleNames()) + ")")
        .build();
  }
}
