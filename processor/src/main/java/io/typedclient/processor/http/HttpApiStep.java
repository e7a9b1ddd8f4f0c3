package io.typedclient.processor.http;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.typedclient.HttpApi;
import io.typedclient.processor.common.ErrorReporter;
import io.typedclient.processor.common.ProcessingStep;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Validates {@code @HttpApi} interfaces and writes their {@code ...Client} implementations.
 *
 * <p>Each interface is validated on its own into a {@link ValidationReport}: one that refers to a type not
 * generated yet is deferred to the next round, one with errors gets them printed and no client, and a valid
 * one is written with itself as the only originating element (the processor is isolating).
 */
public final class HttpApiStep implements ProcessingStep {
  private final ProcessingEnvironment env;
  private final ErrorReporter errors;
  private final ApiValidator validator;
  private final ClientWriter writer;
  /** Client names written so far in this compilation, with the interface each one implements. */
  private final Map<String, String> written = new HashMap<>();

  public HttpApiStep(ProcessingEnvironment env, ErrorReporter errors) {
    this.env = env;
    this.errors = errors;
    this.validator = new ApiValidator(env.getTypeUtils(), env.getElementUtils());
    this.writer = new ClientWriter(env);
  }

  @Override
  public String annotation() {
    return HttpApi.class.getCanonicalName();
  }

  @Override
  public Set<TypeElement> process(List<TypeElement> elements) {
    Set<TypeElement> deferred = new LinkedHashSet<>();
    for (TypeElement element : elements) {
      try {
        ValidationReport report = new ValidationReport();
        ApiModel model = validator.validate(element, report);
        if (report.hasUnresolved()) {
          deferred.add(element);
          continue;
        }
        report.printTo(errors);
        if (model != null) {
          write(model);
        }
      } catch (RuntimeException e) {
        // A bug here must not take the other interfaces, or javac, down with it.
        errors.error(element, "internal error while generating the client of %s; please report it: %s",
            element.getQualifiedName(), stackTrace(e));
      }
    }
    return deferred;
  }

  @Override
  public void reportUnresolved(TypeElement element) {
    ValidationReport report = new ValidationReport();
    try {
      validator.validate(element, report);
    } catch (RuntimeException e) {
      errors.error(element, "internal error while generating the client of %s; please report it: %s",
          element.getQualifiedName(), stackTrace(e));
      return;
    }
    report.printTo(errors);
    errors.error(element, "could not generate %s: a type it uses was never defined%s",
        ApiValidator.clientName(element).simpleName(),
        report.hasUnresolved() ? ": " + String.join("; ", report.unresolvedTypes()) : "");
  }

  private void write(ApiModel model) {
    ClassName client = model.clientName();
    String api = model.element().getQualifiedName().toString();
    String previous = written.putIfAbsent(client.canonicalName(), api);
    if (previous != null) {
      errors.error(model.element(), Annotations.find(model.element(), Annotations.HTTP_API),
          "cannot generate %s for %s: it is already the client of %s; rename one of the interfaces",
          client.canonicalName(), api, previous);
      return;
    }
    JavaFile file = writer.write(model);
    try {
      file.writeTo(env.getFiler());
    } catch (FilerException e) {
      errors.error(model.element(), Annotations.find(model.element(), Annotations.HTTP_API),
          "cannot generate %s: a type with that name already exists in this compilation;"
              + " rename the interface or that type",
          client.canonicalName());
    } catch (IOException e) {
      errors.error(model.element(), "could not write %s: %s", client.canonicalName(), e.getMessage());
    }
  }

  private static String stackTrace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
