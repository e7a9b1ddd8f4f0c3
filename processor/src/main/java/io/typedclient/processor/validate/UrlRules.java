package io.typedclient.processor.validate;

import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.model.MethodModel;
import io.typedclient.processor.model.ParameterModel;
import io.typedclient.processor.model.PathTemplate;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Where a request goes and how long it may take: a path template or one {@code @Url} parameter, never both and
 * never neither; and a {@code @Timeout} with a positive amount of a unit of exact length.
 */
final class UrlRules {
  /** The units a {@code Duration} can hold exactly, and the factory generated code calls for each. */
  private static final Map<String, String> TIMEOUT_FACTORIES = Map.of(
      "NANOS", "ofNanos", "MILLIS", "ofMillis", "SECONDS", "ofSeconds", "MINUTES", "ofMinutes",
      "HOURS", "ofHours", "DAYS", "ofDays");

  private UrlRules() {}

  /**
   * Whether the method has a valid {@code @Url} parameter (so its placeholders need no checking); reports a
   * second {@code @Url}, a {@code @Url} next to a path or a {@code @Path}, and a method with neither.
   */
  static boolean checkUrl(
      ExecutableElement method, AnnotationMirror verb, PathTemplate path, List<ParameterModel> parameters,
      Report report) {
    int url = -1;
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      if (parameter == null || parameter.kind() != ParameterModel.Kind.URL) {
        continue;
      }
      VariableElement element = method.getParameters().get(i);
      if (url >= 0) {
        report.error(Rule.URL_TWICE, element, Annotations.find(element, ParameterModel.Kind.URL.annotation()),
            "only one @Url is allowed, but parameter #" + (i + 1) + " " + parameter.name()
                + " is another one after parameter #" + (url + 1) + " " + parameters.get(url).name());
      } else {
        url = i;
      }
    }
    if (url < 0) {
      // An invalid parameter may be the @Url; its own error says so.
      if (path != null && path.template().isEmpty() && !parameters.contains(null)) {
        report.error(Rule.PATH_MISSING, method, verb, Annotations.simpleNameOf(verb)
            + " has no path; give a path template, or a @Url parameter for the whole URL");
      }
      return false;
    }
    String urlParameter = "@Url parameter #" + (url + 1) + " " + parameters.get(url).name();
    if (path != null && !path.template().isEmpty()) {
      report.error(Rule.URL_WITH_PATH, method, verb, Annotations.value(verb), String.format(
          "%s has the path \"%s\", but %s gives the whole URL; leave the path out (%s)",
          Annotations.simpleNameOf(verb), path.template(), urlParameter, Annotations.simpleNameOf(verb)));
    }
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      if (parameter != null && parameter.kind() == ParameterModel.Kind.PATH) {
        VariableElement element = method.getParameters().get(i);
        report.error(Rule.URL_WITH_PATH, element, Annotations.find(element, ParameterModel.Kind.PATH.annotation()),
            "@Path parameter #" + (i + 1) + " " + parameter.name() + " has no path to fill: " + urlParameter
                + " gives the whole URL");
      }
    }
    return true;
  }

  /** The method's {@code @Timeout}, {@code null} when it has none, or after reporting why it is not valid. */
  static MethodModel.Timeout timeout(ExecutableElement method, Report report) {
    AnnotationMirror timeout = Annotations.find(method, Annotations.TIMEOUT);
    if (timeout == null) {
      return null;
    }
    AnnotationValue value = Annotations.value(timeout);
    AnnotationValue unitValue = Annotations.value(timeout, "unit");
    String unit = unitValue == null ? "SECONDS" : String.valueOf(unitValue.getValue());
    if (value == null || !(value.getValue() instanceof Long)) {
      return null; // javac reports a missing or mistyped value
    }
    long amount = (Long) value.getValue();
    if (amount <= 0) {
      report.error(Rule.TIMEOUT, method, timeout, value,
          "@Timeout(" + amount + ") is not positive; a request timeout must be longer than zero");
      return null;
    }
    String factory = TIMEOUT_FACTORIES.get(unit);
    if (factory == null) {
      report.error(Rule.TIMEOUT, method, timeout, unitValue, "@Timeout unit " + unit
          + " has no exact length; use NANOS, MILLIS, SECONDS, MINUTES, HOURS or DAYS");
      return null;
    }
    try {
      java.time.Duration.of(amount, java.time.temporal.ChronoUnit.valueOf(unit));
    } catch (ArithmeticException e) {
      report.error(Rule.TIMEOUT, method, timeout, value,
          "@Timeout(" + amount + ") of " + unit + " is longer than a Duration can hold");
      return null;
    }
    return new MethodModel.Timeout(factory, amount);
  }
}
