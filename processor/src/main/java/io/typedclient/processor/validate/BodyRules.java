package io.typedclient.processor.validate;

import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.model.HttpVerb;
import io.typedclient.processor.model.ParameterModel;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * One body kind per method, as in Retrofit: a JSON or raw {@code @Body}, the fields of a
 * {@code @FormUrlEncoded} method, or the parts of a {@code @Multipart} one, never two of them; fields only in a
 * form, parts only in a multipart body, and neither kind without at least one of its parameters. A {@code @Body}
 * against the HTTP method, and two of them, are {@link ParameterRules#checkBody}'s. {@code parameters} holds
 * {@code null} for a parameter that was invalid on its own (already reported).
 */
final class BodyRules {
  private BodyRules() {}

  static void check(ExecutableElement method, HttpVerb verb, List<ParameterModel> parameters, Report report) {
    AnnotationMirror form = Annotations.find(method, Annotations.FORM_URL_ENCODED);
    AnnotationMirror multipart = Annotations.find(method, Annotations.MULTIPART);
    if (form != null && multipart != null) {
      report.error(Rule.BODY_KINDS, method, multipart,
          "method is both @FormUrlEncoded and @Multipart; one body kind per method");
      return;
    }
    AnnotationMirror bodyKind = form != null ? form : multipart;
    String kindName = bodyKind == null ? null : Annotations.simpleNameOf(bodyKind);
    if (bodyKind != null && verb != null && !verb.allowsBody()) {
      report.error(Rule.BODY_NOT_ALLOWED, method, bodyKind,
          kindName + " is not allowed on a " + verb + " request: GET, HEAD and DELETE requests send no body");
    }
    int fields = 0;
    int parts = 0;
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      if (parameter == null) {
        continue;
      }
      ParameterModel.Kind kind = parameter.kind();
      VariableElement element = method.getParameters().get(i);
      AnnotationMirror annotation = Annotations.find(element, kind.annotation());
      String which = kind.simpleName() + " parameter #" + (i + 1) + " " + parameter.name();
      if (kind == ParameterModel.Kind.BODY && bodyKind != null) {
        report.error(Rule.BODY_KINDS, element, annotation, which + " cannot be sent by a " + kindName
            + " method, whose body is its " + (form != null ? "fields" : "parts") + "; one body kind per method");
      } else if (kind.isForm()) {
        fields++;
        if (multipart != null) {
          report.error(Rule.BODY_KINDS, element, annotation,
              which + " is a form field, but the method is @Multipart; use @Part or @PartMap");
        } else if (form == null) {
          report.error(Rule.FIELD_WITHOUT_FORM, element, annotation,
              which + " needs @FormUrlEncoded on the method");
        }
      } else if (kind.isMultipart()) {
        parts++;
        if (form != null) {
          report.error(Rule.BODY_KINDS, element, annotation,
              which + " is a multipart part, but the method is @FormUrlEncoded; use @Field or @FieldMap");
        } else if (multipart == null) {
          report.error(Rule.PART_WITHOUT_MULTIPART, element, annotation, which + " needs @Multipart on the method");
        }
      }
    }
    if (parameters.contains(null)) {
      return; // an invalid parameter may be the missing field or part; its own error says so
    }
    if (form != null && fields == 0) {
      report.error(Rule.FORM_EMPTY, method, form, "@FormUrlEncoded method has no @Field or @FieldMap parameter");
    }
    if (multipart != null && parts == 0) {
      report.error(Rule.MULTIPART_EMPTY, method, multipart, "@Multipart method has no @Part or @PartMap parameter");
    }
  }
}
