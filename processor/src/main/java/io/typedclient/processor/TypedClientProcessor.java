package io.typedclient.processor;

import com.google.auto.service.AutoService;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import io.typedclient.processor.step.HttpApiStep;
import io.typedclient.processor.step.JsonModelStep;
import io.typedclient.processor.step.ProcessingStep;
import io.typedclient.processor.write.SourceFileWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
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
 * use types not defined yet are deferred to the next round, remembering which types they wait for; whatever is
 * still deferred in the last round is reported with those types, never silently dropped.
 *
 * <p>It supports, and claims, every annotation that it reads (those of {@code io.typedclient}, Moshi's {@code @Json}
 * and the well-known declaration {@code @Nullable}s on the members of models) or writes ({@code @Generated}), so
 * that javac's {@code -Xlint:processing} has nothing of ours to report in a user's build.
 */
@AutoService(Processor.class)
public final class TypedClientProcessor extends AbstractProcessor {
  /** For each step's annotation: the types deferred to the next round, by name, with what each waits for. */
  private final Map<String, Map<String, List<String>>> deferred = new LinkedHashMap<>();
  private List<ProcessingStep> steps;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    SourceFileWriter files = new SourceFileWriter(processingEnv);
    steps = List.of(new JsonModelStep(processingEnv, files), new HttpApiStep(processingEnv, files));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> names = new LinkedHashSet<>();
    for (ProcessingStep step : steps) {
      names.add(step.annotation());
      names.addAll(step.companionAnnotations());
      names.addAll(step.memberAnnotations());
    }
    names.addAll(SourceFileWriter.GENERATED_ANNOTATIONS);
    return names;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (ProcessingStep step : steps) {
      Map<String, List<String>> waiting = deferred.getOrDefault(step.annotation(), Map.of());
      if (round.processingOver()) {
        reportMissing(step, waiting);
        step.finish();
        continue;
      }
      checkCompanions(step, round);
      Set<TypeElement> elements = new LinkedHashSet<>();
      for (String name : waiting.keySet()) {
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
            Report.about(processingEnv.getMessager(), element)
                .error(Rule.NOT_A_TYPE, "@" + annotation.getSimpleName() + " applies to types only");
          }
        }
      }
      Map<String, List<String>> stillWaiting = new LinkedHashMap<>();
      step.process(new ArrayList<>(elements))
          .forEach((element, missing) -> stillWaiting.put(element.getQualifiedName().toString(), missing));
      deferred.put(step.annotation(), stillWaiting);
    }
    // Claimed: every annotation of ours is read here and nowhere else, and javac's -Xlint:processing warns about
    // annotations that no processor claims, which fails a user's -Werror build.
    return true;
  }

  private void checkCompanions(ProcessingStep step, RoundEnvironment round) {
    for (String companion : step.companionAnnotations()) {
      TypeElement companionType = processingEnv.getElementUtils().getTypeElement(companion);
      if (companionType != null) {
        for (Element element : round.getElementsAnnotatedWith(companionType)) {
          step.checkCompanion(companion, element);
        }
      }
    }
  }

  /** The last round: each type still waiting names what it waited for, without being validated again. */
  private void reportMissing(ProcessingStep step, Map<String, List<String>> waiting) {
    waiting.forEach((name, missing) -> {
      TypeElement element = processingEnv.getElementUtils().getTypeElement(name);
      if (element != null) {
        Report.about(processingEnv.getMessager(), element).error(Rule.MISSING_TYPE, "could not generate "
            + step.output(element) + ": a type it uses was never defined: " + String.join("; ", missing));
      }
    });
  }
}
