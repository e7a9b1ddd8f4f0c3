package io.typedclient.processor.http;

import static io.typedclient.processor.http.TypeChecks.describe;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads one parameter of an endpoint method: exactly one of {@code @Path}, {@code @Query}, {@code @Header} or
 * {@code @Body}, with a name and a type that the annotation accepts. Rules that need the whole method (the
 * placeholders, one body, the HTTP method) are in {@link ParameterRules}.
 */
final class ParameterReader {
  private static final Map<String, ParameterModel.Kind> KINDS = Map.of(
      Annotations.PATH, ParameterModel.Kind.PATH,
      Annotations.QUERY, ParameterModel.Kind.QUERY,
      Annotations.HEADER, ParameterModel.Kind.HEADER,
      Annotations.BODY, ParameterModel.Kind.BODY);

  private final TypeChecks checks;

  ParameterReader(TypeChecks checks) {
    this.checks = checks;
  }

  /**
   * The model of parameter {@code index} (from 0) with {@code type} as a member of the interface, or
   * {@code null} after reporting why not. {@code forMethod} ends every message.
   */
  ParameterModel read(
      VariableElement parameter, TypeMirror type, int index, String forMethod, ValidationReport report) {
    String which = "parameter #" + (index + 1) + " " + parameter.getSimpleName();
    List<AnnotationMirror> annotations = Annotations.findAll(parameter, KINDS.keySet());
    if (annotations.isEmpty()) {
      report.error(parameter, which + " has no annotation; add @Path, @Query, @Header or @Body" + forMethod);
      return null;
    }
    if (annotations.size() > 1) {
      report.error(parameter, annotations.get(1), String.format(
          "%s has both %s and %s; use exactly one%s",
          which, Annotations.simpleNameOf(annotations.get(0)), Annotations.simpleNameOf(annotations.get(1)),
          forMethod));
      return null;
    }
    AnnotationMirror annotation = annotations.get(0);
    ParameterModel.Kind kind = KINDS.get(Annotations.nameOf(annotation));
    String label = Annotations.simpleNameOf(annotation) + " " + which;
    if (TypeChecks.isUnresolved(type)) {
      report.unresolved(describe(type) + " (" + which + forMethod + ")");
      return null;
    }
    String name = "";
    if (kind != ParameterModel.Kind.BODY) {
      name = Annotations.stringValue(annotation);
      if (name == null) {
        report.error(parameter, annotation, label + " needs a name as a string constant" + forMethod);
        return null;
      }
      String nameProblem = nameProblem(kind, name);
      if (nameProblem != null) {
        report.error(parameter, annotation, Annotations.value(annotation), label + ": " + nameProblem + forMethod);
        return null;
      }
    }
    String typeProblem = typeProblem(kind, type);
    if (typeProblem != null) {
      report.error(parameter, label + " " + typeProblem + forMethod);
      return null;
    }
    return new ParameterModel(parameter.getSimpleName().toString(), type, kind, name);
  }

  private static String nameProblem(ParameterModel.Kind kind, String name) {
    switch (kind) {
      case QUERY:
        return name.isEmpty() ? "the query parameter name is empty" : null;
      case HEADER:
        return HeaderSyntax.nameProblem(name);
      default:
        // A @Path name that matches no placeholder is reported against the template, which knows them all.
        return null;
    }
  }

  private String typeProblem(ParameterModel.Kind kind, TypeMirror type) {
    if (kind == ParameterModel.Kind.BODY) {
      String problem = checks.jsonProblem(type);
      return problem == null ? null : "has the type " + describe(type) + ", which is not supported: " + problem;
    }
    if (checks.isSubtypeOf(type, "java.util.Optional")) {
      return kind == ParameterModel.Kind.PATH
          ? "is an Optional; a path segment always needs a value, so use the value type"
          : "is an Optional; use the value type, where null leaves it out";
    }
    boolean array = type.getKind() == TypeKind.ARRAY;
    boolean map = checks.isSubtypeOf(type, "java.util.Map");
    boolean iterable = checks.isSubtypeOf(type, "java.lang.Iterable");
    if (kind == ParameterModel.Kind.QUERY) {
      if (array) {
        return "is the array " + describe(type) + "; use a List";
      }
      if (map) {
        return "is a Map, which is not supported; use one @Query parameter per name";
      }
      return null;
    }
    if (array || map || iterable) {
      return "has the type " + describe(type) + "; it must be a single value, not a collection";
    }
    return null;
  }
}
