package io.typedclient.processor.validate;

import static io.typedclient.processor.mirror.TypeDescriptions.describe;

import io.typedclient.processor.jsontype.JsonTypeRule;
import io.typedclient.processor.jsontype.Scope;
import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.model.ParameterModel;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a {@code @Part} parameter: what its type makes of it (text, JSON, a {@code RequestBody} or a
 * {@code FileUpload}) and the content type it names, which only text and JSON parts may name (a binary part
 * carries its own).
 */
final class PartReader {
  /** Sent as text, {@code String.valueOf}: strings, and the boxes of primitives. */
  private static final List<String> TEXT_TYPES = List.of("java.lang.String", "java.lang.Boolean",
      "java.lang.Character", "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
      "java.lang.Float", "java.lang.Double");

  private final TypeChecks checks;
  private final JsonTypeRule jsonTypes;

  PartReader(TypeChecks checks, JsonTypeRule jsonTypes) {
    this.checks = checks;
    this.jsonTypes = jsonTypes;
  }

  /** The part's model, or {@code null} after reporting why not. */
  ParameterModel read(
      VariableElement parameter, AnnotationMirror annotation, TypeMirror type, String label, Scope scope,
      Report report) {
    String name = Annotations.stringValue(annotation);
    if (checks.isSubtypeOf(type, "java.util.Optional")) {
      report.error(Rule.PARAMETER_OPTIONAL, parameter, label + " is an Optional; use the value type, where null"
          + " leaves the part out");
      return null;
    }
    ParameterModel.Encoding encoding = encoding(type);
    AnnotationValue contentTypeValue = Annotations.value(annotation, "contentType");
    String contentType = contentTypeValue == null ? "" : String.valueOf(contentTypeValue.getValue());
    if (!contentType.isEmpty()) {
      String problem = encoding == ParameterModel.Encoding.RAW || encoding == ParameterModel.Encoding.FILE
          ? "a " + describe(type) + " part carries its own content type; remove contentType"
          : contentTypeProblem(contentType);
      if (problem != null) {
        report.error(Rule.PART_CONTENT_TYPE, parameter, annotation, contentTypeValue, label + ": " + problem);
        return null;
      }
    }
    if (encoding == ParameterModel.Encoding.JSON) {
      JsonTypeRule.Problem problem = jsonTypes.problem(type, JsonTypeRule.Use.BODY, scope);
      if (problem != null) {
        report.error(problem.rule(), parameter,
            label + " has the type " + describe(type) + ", which is not supported as a JSON part: " + problem.text());
        return null;
      }
    }
    return new ParameterModel(parameter.getSimpleName().toString(), type, ParameterModel.Kind.PART, name, encoding,
        contentType);
  }

  private ParameterModel.Encoding encoding(TypeMirror type) {
    if (type.getKind().isPrimitive() || TEXT_TYPES.stream().anyMatch(text -> TypeChecks.is(type, text))) {
      return ParameterModel.Encoding.TEXT;
    }
    if (TypeChecks.is(type, TypeChecks.REQUEST_BODY)) {
      return ParameterModel.Encoding.RAW;
    }
    if (TypeChecks.is(type, TypeChecks.FILE_UPLOAD)) {
      return ParameterModel.Encoding.FILE;
    }
    return ParameterModel.Encoding.JSON;
  }

  /** Why {@code contentType} cannot label a part, or {@code null}. */
  private static String contentTypeProblem(String contentType) {
    int slash = contentType.indexOf('/');
    if (slash <= 0 || slash == contentType.length() - 1) {
      return "content type \"" + contentType + "\" is not a media type (type/subtype)";
    }
    String headerProblem = HeaderSyntax.valueProblem(contentType);
    if (headerProblem != null) {
      return "content type " + headerProblem;
    }
    String lower = contentType.toLowerCase(Locale.ROOT).replace(" ", "");
    int charset = lower.indexOf("charset=");
    if (charset >= 0 && !lower.startsWith("utf-8", charset + 8) && !lower.startsWith("\"utf-8\"", charset + 8)) {
      return "content type \"" + contentType + "\" names a charset other than UTF-8, but text and JSON parts are"
          + " sent as UTF-8";
    }
    return null;
  }
}
