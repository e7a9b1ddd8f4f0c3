package io.typedclient.processor.validate;

import static io.typedclient.processor.mirror.TypeDescriptions.describe;

import io.typedclient.processor.jsontype.JsonTypeRule;
import io.typedclient.processor.jsontype.Scope;
import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.mirror.MissingTypes;
import io.typedclient.processor.model.ParameterModel;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads one parameter of an endpoint method: exactly one of the {@link ParameterModel.Kind} annotations
 * ({@code @Path}, {@code @Query}, {@code @Header}, {@code @Body}, {@code @Field}, {@code @Part}, a map form or
 * {@code @Url}), with a name and a type that the annotation accepts. Rules that need the whole method (the
 * placeholders, one body kind, the HTTP method) are in {@link ParameterRules} and {@link BodyRules}.
 */
final class ParameterReader {
  private static final Set<String> ANNOTATIONS = Arrays.stream(ParameterModel.Kind.values())
      .map(ParameterModel.Kind::annotation)
      .collect(Collectors.toCollection(LinkedHashSet::new));

  private final TypeChecks checks;
  private final JsonTypeRule jsonTypes;
  private final PartReader parts;

  ParameterReader(TypeChecks checks, JsonTypeRule jsonTypes) {
    this.checks = checks;
    this.jsonTypes = jsonTypes;
    this.parts = new PartReader(checks, jsonTypes);
  }

  /**
   * The model of parameter {@code index} (from 0) with {@code type} as a member of the interface, or
   * {@code null} after reporting why not. A body's type is checked in {@code scope}.
   */
  ParameterModel read(VariableElement parameter, TypeMirror type, int index, Scope scope, Report report) {
    String which = "parameter #" + (index + 1) + " " + parameter.getSimpleName();
    List<AnnotationMirror> annotations = Annotations.findAll(parameter, ANNOTATIONS);
    if (annotations.isEmpty()) {
      report.error(Rule.PARAMETER_UNANNOTATED, parameter, which + " has no annotation; add " + kindList());
      return null;
    }
    if (annotations.size() > 1) {
      report.error(Rule.PARAMETER_TWO_KINDS, parameter, annotations.get(1), String.format(
          "%s has both %s and %s; use exactly one",
          which, Annotations.simpleNameOf(annotations.get(0)), Annotations.simpleNameOf(annotations.get(1))));
      return null;
    }
    AnnotationMirror annotation = annotations.get(0);
    ParameterModel.Kind kind = ParameterModel.Kind.forAnnotation(Annotations.nameOf(annotation));
    String label = kind.simpleName() + " " + which;
    if (MissingTypes.isMissing(type)) {
      report.missing(type, " in " + which);
      return null;
    }
    String name = "";
    if (kind.named()) {
      name = Annotations.stringValue(annotation);
      if (name == null) {
        report.error(Rule.VALUE_NOT_CONSTANT, parameter, annotation, label + " needs a name as a string constant");
        return null;
      }
      if (kind == ParameterModel.Kind.QUERY && name.isEmpty()) {
        report.error(Rule.QUERY_NAME_EMPTY, parameter, annotation, Annotations.value(annotation),
            label + ": the query parameter name is empty");
        return null;
      }
      if ((kind == ParameterModel.Kind.FIELD || kind == ParameterModel.Kind.PART) && name.isEmpty()) {
        report.error(Rule.NAME_EMPTY, parameter, annotation, Annotations.value(annotation),
            label + ": the " + (kind == ParameterModel.Kind.FIELD ? "field" : "part") + " name is empty");
        return null;
      }
      String headerProblem = kind == ParameterModel.Kind.HEADER ? HeaderSyntax.nameProblem(name) : null;
      if (headerProblem != null) {
        report.error(Rule.HEADER_NAME, parameter, annotation, Annotations.value(annotation),
            label + ": " + headerProblem);
        return null;
      }
      // A @Path name that matches no placeholder is reported against the template, which knows them all.
    }
    String javaName = parameter.getSimpleName().toString();
    switch (kind) {
      case BODY:
        if (TypeChecks.is(type, TypeChecks.REQUEST_BODY)) {
          return new ParameterModel(javaName, type, kind, name, ParameterModel.Encoding.RAW, "");
        }
        break;
      case PART:
        return parts.read(parameter, annotation, type, label, scope, report);
      case URL:
        if (!TypeChecks.is(type, "java.lang.String") && !TypeChecks.is(type, "java.net.URI")) {
          report.error(Rule.URL_TYPE, parameter, label + " has the type " + describe(type) + "; use String or URI");
          return null;
        }
        return new ParameterModel(javaName, type, kind, name);
      case QUERY_MAP:
      case HEADER_MAP:
      case FIELD_MAP:
      case PART_MAP:
        if (!checks.isStringKeyedMap(type)) {
          report.error(Rule.MAP_TYPE, parameter, label + " has the type " + describe(type)
              + "; use a Map<String, ?> (its values are sent with String.valueOf)");
          return null;
        }
        return new ParameterModel(javaName, type, kind, name);
      default:
        break;
    }
    if (!checkType(parameter, kind, type, label, scope, report)) {
      return null;
    }
    if (kind == ParameterModel.Kind.BODY) {
      return new ParameterModel(javaName, type, kind, name, ParameterModel.Encoding.JSON, "");
    }
    TypeElement enumType = enumOf(type);
    if (enumType != null) {
      return new ParameterModel(javaName, type, kind, name, EnumNamesReader.read(enumType), false);
    }
    boolean repeated = kind == ParameterModel.Kind.QUERY || kind == ParameterModel.Kind.FIELD;
    TypeMirror element = repeated ? checks.iterableElement(type) : null;
    enumType = element == null ? null : enumOf(element);
    if (enumType != null) {
      return new ParameterModel(javaName, type, kind, name, EnumNamesReader.read(enumType), true);
    }
    return new ParameterModel(javaName, type, kind, name);
  }

  /** The enum that {@code type} is, or {@code null}. */
  private static TypeElement enumOf(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    return element.getKind() == ElementKind.ENUM ? element : null;
  }

  /** {@code @Path, @Query, ... or @PartMap}. */
  private static String kindList() {
    ParameterModel.Kind[] kinds = ParameterModel.Kind.values();
    String all = Arrays.stream(kinds).map(ParameterModel.Kind::simpleName).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }

  private boolean checkType(
      VariableElement parameter, ParameterModel.Kind kind, TypeMirror type, String label, Scope scope,
      Report report) {
    if (kind == ParameterModel.Kind.BODY) {
      JsonTypeRule.Problem problem = jsonTypes.problem(type, JsonTypeRule.Use.BODY, scope);
      if (problem != null) {
        report.error(problem.rule(), parameter,
            label + " has the type " + describe(type) + ", which is not supported: " + problem.text());
      }
      return problem == null;
    }
    if (checks.isSubtypeOf(type, "java.util.Optional")) {
      report.error(Rule.PARAMETER_OPTIONAL, parameter, label + (kind == ParameterModel.Kind.PATH
          ? " is an Optional; a path segment always needs a value, so use the value type"
          : " is an Optional; use the value type, where null leaves it out"));
      return false;
    }
    boolean array = type.getKind() == TypeKind.ARRAY;
    boolean map = checks.isSubtypeOf(type, "java.util.Map");
    boolean iterable = checks.isSubtypeOf(type, "java.lang.Iterable");
    if (kind == ParameterModel.Kind.QUERY || kind == ParameterModel.Kind.FIELD) {
      if (array) {
        report.error(Rule.QUERY_ARRAY, parameter, label + " is the array " + describe(type) + "; use a List");
        return false;
      }
      if (map) {
        String mapForm = kind == ParameterModel.Kind.QUERY ? "@QueryMap" : "@FieldMap";
        report.error(Rule.QUERY_MAP, parameter, label + " is a Map; use " + mapForm + " for a map of names to values");
        return false;
      }
      return true;
    }
    if (array || map || iterable) {
      report.error(Rule.PARAMETER_COLLECTION, parameter,
          label + " has the type " + describe(type) + "; it must be a single value, not a collection"
              + (kind == ParameterModel.Kind.HEADER && map ? " (use @HeaderMap for a map of headers)" : ""));
      return false;
    }
    return true;
  }
}
