package io.typedclient.processor.validate;

import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.model.HttpVerb;
import io.typedclient.processor.model.ParameterModel;
import io.typedclient.processor.model.PathTemplate;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * The parameter rules that need the whole method: the body against the HTTP method, the {@code @Path}
 * parameters against the template. {@code parameters} holds {@code null} for a parameter that was invalid on
 * its own (already reported).
 */
final class ParameterRules {
  private ParameterRules() {}

  /** At most one {@code @Body}, and none on GET, HEAD or DELETE; reported on the offending {@code @Body}. */
  static void checkBody(ExecutableElement method, HttpVerb verb, List<ParameterModel> parameters, Report report) {
    int bodyIndex = -1;
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      if (parameter == null || parameter.kind() != ParameterModel.Kind.BODY) {
        continue;
      }
      VariableElement element = method.getParameters().get(i);
      AnnotationMirror body = Annotations.find(element, ParameterModel.Kind.BODY.annotation());
      String which = "parameter #" + (i + 1) + " " + parameter.name();
      if (!verb.allowsBody()) {
        report.error(Rule.BODY_NOT_ALLOWED, element, body, "@Body is not allowed on a " + verb + " request (" + which
            + "): GET, HEAD and DELETE requests send no body");
      } else if (bodyIndex >= 0) {
        report.error(Rule.TWO_BODIES, element, body, String.format(
            "only one @Body is allowed, but %s is another one after parameter #%d %s",
            which, bodyIndex + 1, parameters.get(bodyIndex).name()));
      } else {
        bodyIndex = i;
      }
    }
  }

  /**
   * Every placeholder filled by exactly one {@code @Path}, and every {@code @Path} naming a placeholder;
   * reported on the {@code @Path} value, or on the template for a placeholder nobody fills.
   */
  static void checkPlaceholders(
      ExecutableElement method, AnnotationMirror verb, PathTemplate path, List<ParameterModel> parameters,
      Report report) {
    Map<String, Integer> filled = new LinkedHashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      if (parameter == null || parameter.kind() != ParameterModel.Kind.PATH) {
        continue;
      }
      VariableElement element = method.getParameters().get(i);
      AnnotationMirror annotation = Annotations.find(element, ParameterModel.Kind.PATH.annotation());
      String which = "parameter #" + (i + 1) + " " + parameter.name();
      String name = parameter.httpName();
      if (!path.placeholders().contains(name)) {
        report.error(Rule.PATH_PARAMETER_UNKNOWN, element, annotation, Annotations.value(annotation), String.format(
            "@Path(\"%s\") %s names no placeholder in \"%s\"%s", name, which, path.template(), placeholderHint(path)));
      } else if (filled.containsKey(name)) {
        int first = filled.get(name);
        report.error(Rule.PATH_PARAMETER_TWICE, element, annotation, Annotations.value(annotation), String.format(
            "@Path(\"%s\") %s fills the same placeholder as parameter #%d %s",
            name, which, first + 1, parameters.get(first).name()));
      } else {
        filled.put(name, i);
      }
    }
    if (parameters.contains(null)) {
      return; // an unannotated parameter may be the missing @Path; its own error says so
    }
    for (String placeholder : path.placeholders()) {
      if (!filled.containsKey(placeholder)) {
        report.error(Rule.PLACEHOLDER_UNFILLED, method, verb, Annotations.value(verb), String.format(
            "placeholder {%s} in \"%s\" has no @Path(\"%s\") parameter", placeholder, path.template(), placeholder));
      }
    }
  }

  private static String placeholderHint(PathTemplate path) {
    return path.placeholders().isEmpty()
        ? ", which has no placeholders"
        : path.placeholders().stream()
            .map(p -> "{" + p + "}")
            .collect(Collectors.joining(", ", " (placeholders: ", ")"));
  }
}
