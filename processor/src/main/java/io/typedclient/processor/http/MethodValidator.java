package io.typedclient.processor.http;

import static io.typedclient.processor.http.TypeChecks.describe;
import static io.typedclient.processor.http.TypeChecks.nestedName;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates one abstract method of an {@code @HttpApi} interface (Retrofit's {@code RequestFactory} checks,
 * at compile time) and reads it into a {@link MethodModel}. Every message ends with
 * {@code for method Api.method}.
 */
final class MethodValidator {
  private static final Set<String> VERBS = Arrays.stream(HttpVerb.values())
      .map(HttpVerb::annotationName)
      .collect(Collectors.toCollection(LinkedHashSet::new));

  private final Types types;
  private final Elements elements;
  private final TypeChecks checks;
  private final ParameterReader parameterReader;
  private final ReturnTypeReader returnTypeReader;

  MethodValidator(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
    this.checks = new TypeChecks(types, elements);
    this.parameterReader = new ParameterReader(checks);
    this.returnTypeReader = new ReturnTypeReader(checks);
  }

  /**
   * The model of {@code method}, a member of {@code api}, or {@code null} after reporting why not.
   * {@code interfaceHeaders} are the {@code @Headers} of the interfaces, sent before the method's own.
   */
  MethodModel validate(
      TypeElement api, ExecutableElement method, List<StaticHeader> interfaceHeaders, ValidationReport report) {
    TypeElement declaring = (TypeElement) method.getEnclosingElement();
    String forMethod = " for method " + nestedName(declaring) + "." + method.getSimpleName()
        + (declaring.equals(api) ? "" : " (inherited by " + nestedName(api) + ")");
    if (!method.getTypeParameters().isEmpty()) {
      report.error(method, "method must not declare type parameters; a client's types are fixed when it is compiled"
          + forMethod);
      return null;
    }
    ExecutableType type = (ExecutableType) types.asMemberOf((DeclaredType) api.asType(), method);
    boolean valid = checkThrows(method, type, forMethod, report);

    List<AnnotationMirror> verbs = Annotations.findAll(method, VERBS);
    HttpVerb verb = null;
    PathTemplate path = null;
    AnnotationMirror verbAnnotation = null;
    if (verbs.isEmpty()) {
      report.error(method, "method has no HTTP method annotation;"
          + " add one of @GET, @POST, @PUT, @PATCH, @DELETE or @HEAD" + forMethod);
      valid = false;
    } else if (verbs.size() > 1) {
      report.error(method, verbs.get(1), String.format(
          "only one HTTP method is allowed, found %s and %s%s",
          Annotations.simpleNameOf(verbs.get(0)), Annotations.simpleNameOf(verbs.get(1)), forMethod));
      valid = false;
    } else {
      verbAnnotation = verbs.get(0);
      verb = HttpVerb.forAnnotation(Annotations.nameOf(verbAnnotation));
      path = readPath(method, verbAnnotation, forMethod, report);
      valid &= path != null;
    }

    List<StaticHeader> headers = new ArrayList<>(interfaceHeaders);
    int headerErrors = report.errorCount();
    headers.addAll(StaticHeadersReader.read(method, forMethod, report));
    valid &= report.errorCount() == headerErrors;

    List<ParameterModel> parameters = new ArrayList<>();
    List<? extends VariableElement> parameterElements = method.getParameters();
    for (int i = 0; i < parameterElements.size(); i++) {
      ParameterModel parameter =
          parameterReader.read(parameterElements.get(i), type.getParameterTypes().get(i), i, forMethod, report);
      if (parameter == null) {
        valid = false;
      }
      parameters.add(parameter);
    }
    if (verb != null) {
      valid &= ParameterRules.checkBody(method, verb, parameters, forMethod, report);
    }
    if (path != null) {
      valid &= ParameterRules.checkPlaceholders(method, verbAnnotation, path, parameters, forMethod, report);
    }

    valid &= checkAccess(api, method, type, parameters, forMethod, report);
    ReturnModel returns = readReturn(type.getReturnType(), verb, forMethod, method, report);
    if (!valid || returns == null || report.hasUnresolved()) {
      return null;
    }
    return new MethodModel(
        method,
        type,
        nestedName(api) + "." + method.getSimpleName(),
        verb,
        path,
        parameters,
        headers,
        returns,
        elements.isDeprecated(method));
  }

  private boolean checkThrows(
      ExecutableElement method, ExecutableType type, String forMethod, ValidationReport report) {
    boolean valid = true;
    for (TypeMirror thrown : type.getThrownTypes()) {
      if (TypeChecks.isUnresolved(thrown)) {
        report.unresolved(describe(thrown) + " in the throws clause" + forMethod);
      } else if (!checks.isUnchecked(thrown)) {
        report.error(method, "method declares the checked exception " + describe(thrown)
            + "; a generated client throws only unchecked exceptions (TypedClientException and its subclasses),"
            + " so remove it from the throws clause" + forMethod);
        valid = false;
      }
    }
    return valid;
  }

  /** The generated client sits beside the interface, not inside its class: every type must be visible there. */
  private boolean checkAccess(
      TypeElement api, ExecutableElement method, ExecutableType type, List<ParameterModel> parameters,
      String forMethod, ValidationReport report) {
    String packageName = elements.getPackageOf(api).getQualifiedName().toString();
    String client = ApiValidator.clientName(api).simpleName();
    boolean valid = true;
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      String problem = parameter == null ? null : checks.accessProblem(parameter.type(), packageName);
      if (problem != null) {
        report.error(method.getParameters().get(i), String.format(
            "parameter #%d %s has the type %s, which the generated %s cannot use: %s%s",
            i + 1, parameter.name(), describe(parameter.type()), client, problem, forMethod));
        valid = false;
      }
    }
    if (!TypeChecks.isUnresolved(type.getReturnType())) {
      String problem = checks.accessProblem(type.getReturnType(), packageName);
      if (problem != null) {
        report.error(method, String.format(
            "return type %s is not supported: the generated %s cannot use it, as %s%s",
            describe(type.getReturnType()), client, problem, forMethod));
        valid = false;
      }
    }
    return valid;
  }

  private static PathTemplate readPath(
      ExecutableElement method, AnnotationMirror verb, String forMethod, ValidationReport report) {
    String template = Annotations.stringValue(verb);
    if (template == null) {
      report.error(method, verb,
          Annotations.simpleNameOf(verb) + " needs a path template as a string constant" + forMethod);
      return null;
    }
    List<String> problems = new ArrayList<>();
    PathTemplate path = PathTemplate.parse(template, problems);
    for (String problem : problems) {
      report.error(method, verb, Annotations.value(verb), problem + forMethod);
    }
    return path;
  }

  private ReturnModel readReturn(
      TypeMirror returnType, HttpVerb verb, String forMethod, ExecutableElement method, ValidationReport report) {
    if (TypeChecks.isUnresolved(returnType)) {
      report.unresolved(describe(returnType) + " in the return type" + forMethod);
      return null;
    }
    List<String> problems = new ArrayList<>();
    ReturnModel returns = returnTypeReader.read(returnType, verb, problems);
    for (String problem : problems) {
      report.error(method, problem + forMethod);
    }
    return returns;
  }
}
