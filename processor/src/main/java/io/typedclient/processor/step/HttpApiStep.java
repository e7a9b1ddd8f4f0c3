package io.typedclient.processor.step;

import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.model.ApiModel;
import io.typedclient.processor.model.HttpVerb;
import io.typedclient.processor.model.ParameterModel;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.validate.ApiValidator;
import io.typedclient.processor.validate.EndpointPlacementValidator;
import io.typedclient.processor.write.ClientWriter;
import io.typedclient.processor.write.SourceFileWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Validates {@code @HttpApi} interfaces and writes their {@code ...Client} implementations.
 *
 * <p>Each interface is validated on its own into a {@link Report}: one with errors gets no client, one that
 * uses a type not defined yet waits for the next round, and a valid one is written with itself as the only
 * originating element (the processor is isolating). HTTP method annotations outside such an interface are
 * checked by the {@link EndpointPlacementValidator}.
 */
public final class HttpApiStep implements ProcessingStep {
  private final ProcessingEnvironment env;
  private final ApiValidator validator;
  private final ClientWriter writer;
  private final SourceFileWriter files;
  private final EndpointPlacementValidator placement;

  public HttpApiStep(ProcessingEnvironment env, SourceFileWriter files) {
    this.env = env;
    this.validator = new ApiValidator(env.getTypeUtils(), env.getElementUtils());
    this.placement = new EndpointPlacementValidator(env.getElementUtils(), env.getTypeUtils());
    this.writer = new ClientWriter(files);
    this.files = files;
  }

  @Override
  public String annotation() {
    return Annotations.HTTP_API;
  }

  @Override
  public Set<String> companionAnnotations() {
    Set<String> verbs = new LinkedHashSet<>();
    for (HttpVerb verb : HttpVerb.values()) {
      verbs.add(verb.annotationName());
    }
    return verbs;
  }

  @Override
  public void checkCompanion(String annotation, Element element) {
    placement.check(element, annotation, Report.about(env.getMessager(), element));
  }

  @Override
  public Set<String> memberAnnotations() {
    Set<String> names = new LinkedHashSet<>();
    names.add(Annotations.HEADERS);
    names.add(Annotations.IDEMPOTENT);
    names.add(Annotations.FORM_URL_ENCODED);
    names.add(Annotations.MULTIPART);
    names.add(Annotations.TIMEOUT);
    // On the constants of enums sent as path, query or header values.
    names.add(Annotations.MOSHI_JSON);
    for (ParameterModel.Kind kind : ParameterModel.Kind.values()) {
      names.add(kind.annotation());
    }
    return names;
  }

  @Override
  public void finish() {
    placement.finish(env.getMessager());
  }

  @Override
  public String output(TypeElement element) {
    return ApiValidator.clientName(element).simpleName();
  }

  @Override
  public Map<TypeElement, List<String>> process(List<TypeElement> elements) {
    Map<TypeElement, List<String>> deferred = new LinkedHashMap<>();
    for (TypeElement element : elements) {
      placement.noteApi(element);
      Report report = Report.about(env.getMessager(), element);
      try {
        ApiModel model = validator.validate(element, report);
        if (model != null) {
          files.write(writer.write(model), SourceFileWriter.Output.CLIENT, report);
        } else if (!report.hasErrors() && report.hasMissingTypes()) {
          deferred.put(element, report.missingTypes());
        }
      } catch (RuntimeException e) {
        // A bug here must not take the other interfaces, or javac, down with it.
        InternalErrors.report(report, "the client of " + element.getQualifiedName(), e);
      }
    }
    return deferred;
  }
}
