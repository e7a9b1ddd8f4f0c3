package io.typedclient.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * JSpecify in generated code: {@code @NullMarked} on every generated class, so that Kotlin and nullness checkers
 * read its types as non-null unless they say {@code @Nullable}, and {@code @Nullable} where a generated method
 * overrides one of Moshi's whose value may be null (a factory's {@code create} result, {@code toJson}'s value).
 *
 * <p>Only when the code being compiled can see JSpecify: the runtime depends on it, so it can unless a build
 * removed it, or a named module reads neither JSpecify nor the runtime (which requires it transitively).
 * Otherwise nothing is added: an annotation that does not resolve would fail the user's build.
 */
final class NullMarking {
  static final String NULL_MARKED = "org.jspecify.annotations.NullMarked";
  private static final ClassName NULL_MARKED_NAME = ClassName.get("org.jspecify.annotations", "NullMarked");
  private static final AnnotationSpec NULLABLE =
      AnnotationSpec.builder(ClassName.get("org.jspecify.annotations", "Nullable")).build();
  private static final NullMarking OFF = new NullMarking(false);
  private static final NullMarking ON = new NullMarking(true);

  private final boolean on;

  private NullMarking(boolean on) {
    this.on = on;
  }

  /** The marking of the classes generated from {@code origin}. */
  static NullMarking of(ProcessingEnvironment env, TypeElement origin) {
    if (env.getElementUtils().getTypeElement(NULL_MARKED) == null) {
      return OFF;
    }
    return readsJSpecify(env.getElementUtils().getModuleOf(origin)) ? ON : OFF;
  }

  private static boolean readsJSpecify(ModuleElement module) {
    if (module == null || module.isUnnamed()) {
      return true;
    }
    for (ModuleElement.RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
      String name = requires.getDependency().getQualifiedName().toString();
      if (name.equals("org.jspecify") || name.equals("io.typedclient.runtime")) {
        return true;
      }
    }
    return false;
  }

  /** Adds {@code @NullMarked} to {@code type}. */
  void mark(TypeSpec.Builder type) {
    if (on) {
      type.addAnnotation(NULL_MARKED_NAME);
    }
  }

  /** {@code type} as {@code @Nullable}. */
  TypeName nullable(TypeName type) {
    return on ? type.annotated(NULLABLE) : type;
  }
}
