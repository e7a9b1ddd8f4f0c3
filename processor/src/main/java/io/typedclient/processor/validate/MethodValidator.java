package io.typedclient.processor.validate;

import static io.typedclient.processor.mirror.TypeDescriptions.describe;
import static io.typedclient.processor.mirror.TypeDescriptions.nestedName;

import io.typedclient.processor.jsontype.JsonTypeRule;
import io.typedclient.processor.jsontype.Scope;
import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.mirror.MissingTypes;
import io.typedclient.processor.model.HttpVerb;
import io.typedclient.processor.model.MethodModel;
import io.typedclient.processor.model.ParameterModel;
import io.typedclient.processor.model.PathTemplate;
import io.typedclient.processor.model.ReturnModel;
import io.typedclient.processor.model.StaticHeader;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
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
 * {@code for method Api.method}, which the method's {@link Report} adds.
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

  MethodValidator(Types types, Elements elements, TypeChecks checks, JsonTypeRule jsonTypes) {
    this.types = types;
    this.elements = elements;
    this.checks = checks;
    this.parameterReader = new ParameterReader(checks, jsonTypes);
    this.returnTypeReader = new ReturnTypeReader(checks, jsonTypes);
  }

  /**
   * The model of {@code method}, a member of {@code api}, or {@code null} after reporting why not.
   * {@code interfaceHeaders} are the {@code @Headers} of the interfaces, sent before the method's own; JSON types
   * are checked in {@code scope}, the interface's.
   */
  MethodModel validate(
      TypeElement api, ExecutableElement method, List<StaticHeader> interfaceHeaders, Scope scope,
      Report apiReport) {
    TypeElement declaring = (TypeElement) method.getEnclosingElement();
    Report report = apiReport.within(method, " for method " + nestedName(declaring) + "." + method.getSimpleName()
        + (declaring.equals(api) ? "" : " (inherited by " + nestedName(api) + ")"));
    if (!method.getTypeParameters().isEmpty()) {
      report.error(Rule.METHOD_GENERIC,
          "method must not declare type parameters; a client's types are fixed when it is compiled");
      return null;
    }
    ExecutableType type = (ExecutableType) types.asMemberOf((DeclaredType) api.asType(), method);
    String packageName = scope.packageName();
    checkThrows(type, report);

    List<AnnotationMirror> verbs = Annotations.findAll(method, VERBS);
    HttpVerb verb = null;
    PathTemplate path = null;
    AnnotationMirror verbAnnotation = null;
    if (verbs.isEmpty()) {
      report.error(Rule.NO_HTTP_METHOD, "method has no HTTP method annotation;"
          + " add one of @GET, @POST, @PUT, @PATCH, @DELETE or @HEAD");
    } else if (verbs.size() > 1) {
      report.error(Rule.TWO_HTTP_METHODS, method, verbs.get(1), String.format(
          "only one HTTP method is allowed, found %s and %s",
          Annotations.simpleNameOf(verbs.get(0)), Annotations.simpleNameOf(verbs.get(1))));
    } else {
      verbAnnotation = verbs.get(0);
      verb = HttpVerb.forAnnotation(Annotations.nameOf(verbAnnotation));
      path = readPath(verbAnnotation, report);
    }

    List<StaticHeader> headers = new ArrayList<>(interfaceHeaders);
    headers.addAll(StaticHeadersReader.read(method, report));

    List<ParameterModel> parameters = new ArrayList<>();
    List<? extends VariableElement> parameterElements = method.getParameters();
    for (int i = 0; i < parameterElements.size(); i++) {
      parameters.add(parameterReader.read(
          parameterElements.get(i), type.getParameterTypes().get(i), i, scope, report));
    }
    if (verb != null) {
      ParameterRules.checkBody(method, verb, parameters, report);
    }
    BodyRules.check(method, verb, parameters, report);
    boolean hasUrl = verbAnnotation != null && UrlRules.checkUrl(method, verbAnnotation, path, parameters, report);
    if (path != null && !hasUrl) {
      ParameterRules.checkPlaceholders(method, verbAnnotation, path, parameters, report);
    }
    MethodModel.Timeout timeout = UrlRules.timeout(method, report);

    checkAccess(api, method, type, parameters, packageName, report);
    ReturnModel returns = returnTypeReader.read(type.getReturnType(), verb, scope, report);
    if (report.hasErrors() || report.hasMissingTypes() || returns == null) {
      return null;
    }
    return new MethodModel(
        method,
        type,
        nestedName(api),
        verb,
        path,
        parameters,
        headers,
        returns,
        elements.isDeprecated(method),
        Annotations.has(method, Annotations.IDEMPOTENT),
        timeout);
  }

  private void checkThrows(ExecutableType type, Report report) {
    for (TypeMirror thrown : type.getThrownTypes()) {
      if (MissingTypes.isMissing(thrown)) {
        report.missing(thrown, " in the throws clause");
      } else if (!checks.isUnchecked(thrown)) {
        report.error(Rule.CHECKED_EXCEPTION, "method declares the checked exception " + describe(thrown)
            + "; a generated client throws only unchecked exceptions (TypedClientException and its subclasses),"
            + " so remove it from the throws clause");
      }
    }
  }

  /** The generated client sits beside the interface, not inside its class: every type must be visible there. */
  private void checkAccess(
      TypeElement api, ExecutableElement method, ExecutableType type, List<ParameterModel> parameters,
      String packageName, Report report) {
    String client = ApiValidator.clientName(api).simpleName();
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      String problem = parameter == null ? null : checks.accessProblem(parameter.type(), packageName);
      if (problem != null) {
        report.error(Rule.TYPE_NOT_VISIBLE, method.getParameters().get(i), String.format(
            "parameter #%d %s has the type %s, which the generated %s cannot use: %s",
            i + 1, parameter.name(), describe(parameter.type()), client, problem));
      }
    }
    if (!MissingTypes.isMissing(type.getReturnType())) {
      String problem = checks.accessProblem(type.getReturnType(), packageName);
      if (problem != null) {
        report.error(Rule.TYPE_NOT_VISIBLE, String.format(
            "return type %s is not supported: the generated %s cannot use it, as %s",
            describe(type.getReturnType()), client, problem));
      }
    }
  }

  private static PathTemplate readPath(AnnotationMirror verb, Report report) {
    String template = Annotations.value(verb) == null ? "" : Annotations.stringValue(verb);
    if (template != null && template.isEmpty()) {
      return new PathTemplate("", List.of()); // left out: the method needs a @Url, which UrlRules checks
    }
    if (template == null) {
      report.error(Rule.VALUE_NOT_CONSTANT, report.subject(), verb,
          Annotations.simpleNameOf(verb) + " needs a path template as a string constant");
      return null;
    }
    List<String> problems = new ArrayList<>();
    PathTemplate path = PathTemplate.parse(template, problems);
    for (String problem : problems) {
      report.error(Rule.PATH_SYNTAX, report.subject(), verb, Annotations.value(verb), problem);
    }
    return path;
  }
}
