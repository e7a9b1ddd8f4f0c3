package io.typedclient.processor.validate;

import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.model.EnumModel;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Reads a {@code @JsonModel} enum: each constant's JSON name, which must differ from every other's, and at most
 * one {@code @JsonFallback} constant.
 */
public final class EnumModelReader {

  /** The model of {@code type}, or {@code null} after reporting what is wrong to {@code report}. */
  public EnumModel read(TypeElement type, Report report) {
    List<EnumModel.Constant> constants = new ArrayList<>();
    Map<String, String> constantByJsonName = new LinkedHashMap<>();
    String fallback = null;
    for (Element element : type.getEnclosedElements()) {
      if (element.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String name = element.getSimpleName().toString();
      String explicit = Annotations.jsonName(element);
      String jsonName = explicit != null ? explicit : name;
      if (Annotations.jsonIgnored(element)) {
        report.error(Rule.IGNORED_CONSTANT, element, Annotations.find(element, Annotations.MOSHI_JSON),
            "@Json(ignore = true) does not apply to enum constant " + name + ": every constant is a JSON value");
      }
      String other = constantByJsonName.putIfAbsent(jsonName, name);
      if (other != null) {
        report.error(Rule.JSON_NAME_DUPLICATE, element, String.format("constants %s and %s of %s have the same JSON"
            + " name '%s'; give one of them another with @Json(name = ...)", other, name, type.getSimpleName(),
            jsonName));
      }
      AnnotationMirror fallbackAnnotation = Annotations.find(element, Annotations.JSON_FALLBACK);
      if (fallbackAnnotation != null) {
        if (fallback != null) {
          report.error(Rule.FALLBACK_TWICE, element, fallbackAnnotation, String.format("@JsonFallback marks both %s"
              + " and %s of %s; an enum has at most one fallback constant", fallback, name, type.getSimpleName()));
        } else {
          fallback = name;
        }
      }
      constants.add(new EnumModel.Constant(name, jsonName));
    }
    return report.hasErrors() ? null : new EnumModel(type, constants, fallback);
  }
}
