package io.typedclient.processor.http;

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
  static boolean checkBody(
      ExecutableElement method, HttpVerb verb, List<ParameterModel> parameters, String forMethod,
      ValidationReport report) {
    boolean valid = true;
    int bodyIndex = -1;
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      if (parameter == null || parameter.kind() != ParameterModel.Kind.BODY) {
        continue;
      }
      VariableElement element = method.getParameters().get(i);
      AnnotationMirror body = Annotations.find(element, Annotations.BODY);
      String which = "parameter #" + (i + 1) + " " + parameter.name();
      if (!verb.allowsBody()) {
        report.error(element, body, "@Body is not allowed on a " + verb + " request (" + which
            + "): GET, HEAD and DELETE requests send no body" + forMethod);
        valid = false;
      } else if (bodyIndex >= 0) {
        report.error(element, body, String.format(
            "only one @Body is allowed, but %s is another one after parameter #%d %s%s",
            which, bodyIndex + 1, parameters.get(bodyIndex).name(), forMethod));
        valid = false;
      } else {
        bodyIndex = i;
      }
    }
    return valid;
  }

  /**
   * Every placeholder filled by exactly one {@code @Path}, and every {@code @Path} naming a placeholder;
   * reported on the {@code @Path} value, or on the template for a placeholder nobody fills.
   */
  static boolean checkPlaceholders(
      ExecutableElement method, AnnotationMirror verb, PathTemplate path, List<ParameterModel> parameters,
      String forMethod, ValidationReport report) {
    boolean valid = true;
    Map<String, Integer> filled = new LinkedHashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      if (parameter == null || parameter.kind() != ParameterModel.Kind.PATH) {
        continue;
      }
      VariableElement element = method.getParameters().get(i);
      AnnotationMirror annotation = Annotations.find(element, Annotations.PATH);
      String which = "parameter #" + (i + 1) + " " + parameter.name();
      String name = parameter.httpName();
      if (!path.placeholders().contains(name)) {
        report.error(element, annotation, Annotations.value(annotation), String.format(
            "@Path(\"%s\") %s names no placeholder in \"%s\"%s%s",
            name, which, path.template(), placeholderHint(path), forMethod));
        valid = false;
      } else if (filled.containsKey(name)) {
        int first = filled.get(name);
        report.error(element, annotation, Annotations.value(annotation), String.format(
            "@Path(\"%s\") %s fills the same placeholder as parameter #%d %s%s",
            name, which, first + 1, parameters.get(first).name(), forMethod));
        valid = false;
      } else {
        filled.put(name, i);
      }
    }
    if (parameters.contains(null)) {
      return valid; // an unannotated parameter may be the missing @Path; its own error says so
    }
    for (String placeholder : path.placeholders()) {
      if (!filled.containsKey(placeholder)) {
        report.error(method, verb, Annotations.value(verb), String.format(
            "placeholder {%s} in \"%s\" has no @Path(\"%s\") parameter%s",
            placeholder, path.template(), placeholder, forMethod));
        valid = false;
      }
    }
    return valid;
  }

  private static String placeholderHint(PathTemplate path) {
    return path.placeholders().isEmpty()
        ? ", which has no placeholders"
        : path.placeholders().stream()
            .map(p -> "{" + p + "}")
            .collect(Collectors.joining(", ", " (placeholders: ", ")"));
  }
}
