package io.typedclient.processor.json;

import io.typedclient.processor.common.ErrorReporter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Reads a {@code @JsonModel} enum: each constant's JSON name, which must differ from every other's, and at most
 * one {@code @JsonFallback} constant.
 */
final class EnumModelReader {
  private final ErrorReporter errors;

  EnumModelReader(ErrorReporter errors) {
    this.errors = errors;
  }

  /** The model of {@code type}, or {@code null} after reporting what is wrong. */
  EnumModel read(TypeElement type) {
    int before = errors.errorCount();
    List<EnumModel.Constant> constants = new ArrayList<>();
    Map<String, String> constantByJsonName = new LinkedHashMap<>();
    String fallback = null;
    for (Element element : type.getEnclosedElements()) {
      if (element.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String name = element.getSimpleName().toString();
      String explicit = JsonAnnotations.jsonName(element);
      String jsonName = explicit != null ? explicit : name;
      if (JsonAnnotations.ignored(element)) {
        errors.error(element, JsonAnnotations.json(element),
            "@Json(ignore = true) does not apply to enum constant %s: every constant is a JSON value", name);
      }
      String other = constantByJsonName.putIfAbsent(jsonName, name);
      if (other != null) {
        errors.error(element, "constants %s and %s of %s have the same JSON name '%s'; give one of them another "
            + "with @Json(name = ...)", other, name, type.getSimpleName(), jsonName);
      }
      if (JsonAnnotations.find(element, JsonAnnotations.JSON_FALLBACK) != null) {
        if (fallback != null) {
          errors.error(element, JsonAnnotations.find(element, JsonAnnotations.JSON_FALLBACK),
              "@JsonFallback marks both %s and %s of %s; an enum has at most one fallback constant", fallback,
              name, type.getSimpleName());
        } else {
          fallback = name;
        }
      }
      constants.add(new EnumModel.Constant(name, jsonName));
    }
    return errors.errorCount() == before ? new EnumModel(type, constants, fallback) : null;
  }
}
