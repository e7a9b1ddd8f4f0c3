package io.typedclient.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import io.typedclient.processor.TypedClientProcessor;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Chooses the {@code @Generated} annotation of a generated class.
 *
 * <p>{@code javax.annotation.processing.Generated} (Java 9+, module {@code java.compiler}, {@code SOURCE}
 * retention) is the annotation meant for this, so it is used whenever the code being compiled can see it:
 * the source level is above 8 and, in a named module, the module requires {@code java.compiler}. Otherwise
 * {@code javax.annotation.Generated} is used when it is visible (in the JDK up to 10, or from the
 * {@code javax.annotation-api} jar), and else none: an annotation that does not resolve would fail the user's
 * build for a marker nobody needs.
 */
final class GeneratedAnnotation {
  static final String PROCESSOR = "io.typedclient.processor.TypedClientProcessor";
  private static final String JAVA_9_GENERATED = "javax.annotation.processing.Generated";
  private static final String JAVA_8_GENERATED = "javax.annotation.Generated";
  /** Both annotations, either of which may be on generated code. */
  static final Set<String> NAMES = Set.of(JAVA_9_GENERATED, JAVA_8_GENERATED);

  private GeneratedAnnotation() {}

  /** {@code @Generated("io.typedclient.processor.TypedClientProcessor")}, or {@code null}. */
  static AnnotationSpec forType(ProcessingEnvironment env, TypeElement generatedFrom) {
    if (env.getSourceVersion().compareTo(SourceVersion.RELEASE_8) > 0
        && env.getElementUtils().getTypeElement(JAVA_9_GENERATED) != null
        && readsJavaCompiler(env.getElementUtils().getModuleOf(generatedFrom))) {
      return annotation(JAVA_9_GENERATED);
    }
    if (env.getElementUtils().getTypeElement(JAVA_8_GENERATED) != null) {
      return annotation(JAVA_8_GENERATED);
    }
    return null;
  }

  private static boolean readsJavaCompiler(ModuleElement module) {
    if (module == null || module.isUnnamed()) {
      return true;
    }
    for (ModuleElement.RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
      if (requires.getDependency().getQualifiedName().contentEquals("java.compiler")) {
        return true;
      }
    }
    return false;
  }

  private static AnnotationSpec annotation(String canonicalName) {
    return AnnotationSpec.builder(ClassName.bestGuess(canonicalName)).addMember("value", "$S", PROCESSOR).build();
  }
}
