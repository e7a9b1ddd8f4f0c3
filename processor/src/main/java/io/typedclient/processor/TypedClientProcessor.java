package io.typedclient.processor;

import com.google.auto.service.AutoService;
import io.typedclient.processor.common.ErrorReporter;
import io.typedclient.processor.common.ProcessingStep;
import io.typedclient.processor.http.HttpApiStep;
import io.typedclient.processor.json.JsonModelStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The typedclient annotation processor: writes an implementation for each {@code @HttpApi} interface and a
 * Moshi adapter for each {@code @JsonModel} type.
 *
 * <p>Each annotation has a {@link ProcessingStep}. A step validates each element, reports every mistake as a
 * tagged compile error on the exact element, and writes code only for elements that are valid. Elements that
 * refer to types not generated yet are deferred to the next round; whatever is still deferred in the last
 * round is reported, never silently dropped.
 */
@AutoService(Processor.class)
public final class TypedClientProcessor extends AbstractProcessor {
  private final Map<String, Set<String>> deferredByAnnotation = new LinkedHashMap<>();
  private List<ProcessingStep> steps;
  private ErrorReporter errors;

  @Override
  public synchronized void init(javax.annotation.processing.ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    errors = new ErrorReporter(processingEnv.getMessager());
    steps = List.of(new JsonModelStep(processingEnv, errors), new HttpApiStep(processingEnv, errors));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> names = new LinkedHashSet<>();
    for (ProcessingStep step : steps) {
      names.add(step.annotation());
      names.addAll(step.companionAnnotations());
    }
    return names;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (ProcessingStep step : steps) {
      for (String companion : step.companionAnnotations()) {
        TypeElement companionType = processingEnv.getElementUtils().getTypeElement(companion);
        if (companionType != null) {
          for (Element element : round.getElementsAnnotatedWith(companionType)) {
            step.checkCompanion(companion, element);
          }
        }
      }
      Set<TypeElement> elements = new LinkedHashSet<>();
      for (String name : deferredByAnnotation.getOrDefault(step.annotation(), Set.of())) {
        TypeElement element = processingEnv.getElementUtils().getTypeElement(name);
        if (element != null) {
          elements.add(element);
        }
      }
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(step.annotation());
      if (annotation != null) {
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          if (element instanceof TypeElement) {
            elements.add((TypeElement) element);
          } else {
            errors.error(element, "@%s applies to types only", annotation.getSimpleName());
          }
        }
      }
      Set<String> deferred = new LinkedHashSet<>();
      if (round.processingOver()) {
        for (TypeElement element : elements) {
          step.reportUnresolved(element);
        }
      } else {
        for (TypeElement element : step.process(new ArrayList<>(elements))) {
          deferred.add(element.getQualifiedName().toString());
        }
      }
      deferredByAnnotation.put(step.annotation(), deferred);
    }
    return false;
  }
}
