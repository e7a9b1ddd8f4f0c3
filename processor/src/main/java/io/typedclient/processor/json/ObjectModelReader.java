package io.typedclient.processor.json;

import io.typedclient.processor.common.ErrorReporter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the properties of a {@code @JsonModel} class or record from its constructor, checking each on the way:
 * a class's widest non-private constructor, or a record's canonical constructor, names the properties; each
 * property needs an accessor or field to be written back, a supported type, and a JSON name no other property
 * has.
 */
final class ObjectModelReader {
  /** The outcome for one class or record. */
  static final class Result {
    /** The model, when the class is valid. */
    final ObjectModel model;
    /** Some type it uses is not generated yet. */
    final boolean notYetDefined;

    private Result(ObjectModel model, boolean notYetDefined) {
      this.model = model;
      this.notYetDefined = notYetDefined;
    }
  }

  private final Elements elements;
  private final Types types;
  private final ErrorReporter errors;
  private final AccessorFinder accessors;
  private final PropertyTypeValidator propertyTypes;
  private final ModelGraph graph = new ModelGraph();

  ObjectModelReader(Elements elements, Types types, ErrorReporter errors) {
    this.elements = elements;
    this.types = types;
    this.errors = errors;
    this.accessors = new AccessorFinder(elements, types);
    this.propertyTypes = new PropertyTypeValidator(elements, types, errors);
  }

  Result read(TypeElement type) {
    int before = errors.errorCount();
    ExecutableElement constructor =
        type.getKind() == ElementKind.RECORD ? canonicalConstructor(type) : widestConstructor(type);
    if (constructor == null) {
      return new Result(null, false);
    }
    checkThrows(type, constructor);
    List<Property> properties = new ArrayList<>();
    boolean notYetDefined = false;
    List<? extends VariableElement> parameters = constructor.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      Property property = type.getKind() == ElementKind.RECORD
          ? recordProperty(type, type.getRecordComponents().get(i), parameters.get(i))
          : classProperty(type, parameters.get(i));
      if (property == null) {
        continue;
      }
      PropertyTypeValidator.Result support = propertyTypes.validate(property.type, property.name, property.element);
      notYetDefined |= support == PropertyTypeValidator.Result.NOT_YET_DEFINED;
      checkOptionalAndIgnored(property);
      properties.add(property);
    }
    checkDistinctJsonNames(type, properties);
    if (errors.errorCount() != before) {
      return new Result(null, false);
    }
    return notYetDefined ? new Result(null, true) : new Result(new ObjectModel(type, properties), false);
  }

  /** The constructor with the most parameters among the non-private ones; it must be the only one that wide. */
  private ExecutableElement widestConstructor(TypeElement type) {
    ExecutableElement widest = null;
    boolean tie = false;
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getModifiers().contains(Modifier.PRIVATE)) {
        continue;
      }
      int size = constructor.getParameters().size();
      if (widest == null || size > widest.getParameters().size()) {
        widest = constructor;
        tie = false;
      } else if (size == widest.getParameters().size()) {
        tie = true;
      }
    }
    if (widest == null) {
      errors.error(type, "%s has no usable constructor: every constructor is private; the adapter needs a "
          + "non-private constructor that takes every property", type.getSimpleName());
      return null;
    }
    if (tie) {
      errors.error(type, "%s has no usable constructor: more than one non-private constructor takes %d parameters; "
          + "the adapter needs exactly one widest constructor, whose parameters are the properties",
          type.getSimpleName(), widest.getParameters().size());
      return null;
    }
    return widest;
  }

  private ExecutableElement canonicalConstructor(TypeElement record) {
    List<? extends RecordComponentElement> components = record.getRecordComponents();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(record.getEnclosedElements())) {
      List<? extends VariableElement> parameters = constructor.getParameters();
      if (parameters.size() != components.size()) {
        continue;
      }
      boolean matches = true;
      for (int i = 0; i < parameters.size() && matches; i++) {
        matches = types.isSameType(parameters.get(i).asType(), components.get(i).asType());
      }
      if (matches) {
        return constructor;
      }
    }
    errors.error(record, "%s has no usable constructor: its canonical constructor was not found", record.getSimpleName());
    return null;
  }

  /** The adapter's {@code fromJson} throws {@code IOException} only; a constructor may not throw more. */
  private void checkThrows(TypeElement type, ExecutableElement constructor) {
    TypeMirror runtime = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    TypeMirror io = elements.getTypeElement("java.io.IOException").asType();
    for (TypeMirror thrown : constructor.getThrownTypes()) {
      if (!types.isSubtype(thrown, runtime) && !types.isSubtype(thrown, error) && !types.isSubtype(thrown, io)) {
        errors.error(constructor, "%s has no usable constructor: its constructor throws checked exception %s, "
            + "which a JSON adapter cannot declare", type.getSimpleName(), thrown);
      }
    }
  }

  private Property classProperty(TypeElement type, VariableElement parameter) {
    String name = parameter.getSimpleName().toString();
    TypeMirror propertyType = parameter.asType();
    AccessorFinder.Match match = accessors.find(type, name, propertyType);
    if (match.member == null) {
      String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
      errors.error(parameter, "constructor parameter '%s' of %s has no matching accessor or field: add a method "
          + "%s(), get%s() or a non-private field %s, of type %s%s", name, type.getSimpleName(), name,
          capitalized, name, propertyType,
          match.nearMisses.isEmpty() ? "" : " (" + String.join("; ", match.nearMisses) + ")");
      return null;
    }
    return property(type, name, propertyType, parameter, List.of(parameter, match.member),
        match.member.getKind() == ElementKind.FIELD ? Property.Access.FIELD : Property.Access.METHOD,
        match.member.getSimpleName().toString());
  }

  private Property recordProperty(TypeElement type, RecordComponentElement component, VariableElement parameter) {
    ExecutableElement accessor = component.getAccessor();
    List<Element> declarations = new ArrayList<>(List.of(component, parameter, accessor));
    // javac keeps no source position for a record component element, but does for the private field that the
    // component declares, so errors go there: on the component in the record's header.
    Element errorTarget = component;
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getSimpleName().equals(component.getSimpleName())) {
        declarations.add(field);
        errorTarget = field;
      }
    }
    return property(type, component.getSimpleName().toString(), component.asType(), errorTarget, declarations,
        Property.Access.METHOD, accessor.getSimpleName().toString());
  }

  /**
   * A property declared by {@code declarations} (parameter, accessor or field, record component): {@code @Json}
   * and {@code Nullable} count wherever they are, since annotations land on different ones depending on their
   * targets.
   */
  private Property property(TypeElement model, String name, TypeMirror type, Element element,
      List<? extends Element> declarations, Property.Access access, String member) {
    Set<String> jsonNames = new LinkedHashSet<>();
    boolean optional = false;
    boolean ignored = false;
    for (Element declaration : declarations) {
      String jsonName = JsonAnnotations.jsonName(declaration);
      if (jsonName != null) {
        jsonNames.add(jsonName);
      }
      optional |= JsonAnnotations.nullable(declaration);
      ignored |= JsonAnnotations.ignored(declaration);
    }
    if (jsonNames.size() > 1) {
      errors.error(element, "property '%s' has conflicting JSON names %s in its @Json annotations; keep one",
          name, jsonNames);
    }
    String jsonName = jsonNames.isEmpty() ? name : jsonNames.iterator().next();
    return new Property(
        name, jsonName, type, optional, ignored, access, member, element, graph.reachesThroughOthers(type, model));
  }

  private void checkOptionalAndIgnored(Property property) {
    if (property.optional && property.isPrimitive()) {
      errors.error(property.element, "property '%s' is a primitive %s marked Nullable: a primitive cannot be null; "
          + "use its box type to make it optional", property.name,
          property.type.getKind().name().toLowerCase(Locale.ROOT));
    }
    if (property.ignored && !property.optional && !property.isPrimitive()) {
      errors.error(property.element, "property '%s' has @Json(ignore = true) but is required: an ignored property "
          + "is never read from JSON, so mark it Nullable (it becomes null) or make it a primitive (it becomes 0 "
          + "or false)", property.name);
    }
  }

  private void checkDistinctJsonNames(TypeElement type, List<Property> properties) {
    List<Property> seen = new ArrayList<>();
    for (Property property : properties) {
      if (property.ignored) {
        continue;
      }
      for (Property earlier : seen) {
        if (earlier.jsonName.equals(property.jsonName)) {
          errors.error(property.element, "properties '%s' and '%s' of %s have the same JSON name '%s'; give one of "
              + "them another with @Json(name = ...)", earlier.name, property.name, type.getSimpleName(),
              property.jsonName);
        }
      }
      seen.add(property);
    }
  }
}
