package io.typedclient.processor.validate;

import io.typedclient.processor.jsontype.JsonTypeRule;
import io.typedclient.processor.jsontype.Scope;
import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.mirror.MissingTypes;
import io.typedclient.processor.model.ObjectModel;
import io.typedclient.processor.model.Property;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
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
 * property needs an accessor or field to be written back, a type that the {@link JsonTypeRule} accepts, and a
 * JSON name no other property has.
 */
public final class ObjectModelReader {
  private final Elements elements;
  private final Types types;
  private final AccessorFinder accessors;
  private final JsonTypeRule jsonTypes;
  private final ModelGraph graph = new ModelGraph();

  public ObjectModelReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.accessors = new AccessorFinder(elements, types);
    this.jsonTypes = new JsonTypeRule(elements, types);
  }

  /**
   * The model of {@code type}, or {@code null} when {@code report} (whose subject it is) has errors or types not
   * defined yet.
   */
  public ObjectModel read(TypeElement type, Report report) {
    ExecutableElement constructor =
        type.getKind() == ElementKind.RECORD ? canonicalConstructor(type, report) : widestConstructor(type, report);
    if (constructor == null) {
      return null;
    }
    checkThrows(type, constructor, report);
    Scope scope = Scope.of(type, elements);
    List<Property> properties = new ArrayList<>();
    List<? extends VariableElement> parameters = constructor.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      Property property = type.getKind() == ElementKind.RECORD
          ? recordProperty(type, type.getRecordComponents().get(i), parameters.get(i), report)
          : classProperty(type, parameters.get(i), report);
      if (property == null) {
        continue;
      }
      checkType(type, property, scope, report);
      checkOptionalAndIgnored(property, report);
      properties.add(property);
    }
    checkDistinctJsonNames(type, properties, report);
    return report.hasErrors() || report.hasMissingTypes() ? null : new ObjectModel(type, properties);
  }

  /** The constructor with the most parameters among the non-private ones; it must be the only one that wide. */
  private ExecutableElement widestConstructor(TypeElement type, Report report) {
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
      report.error(Rule.MODEL_CONSTRUCTOR, type.getSimpleName() + " has no usable constructor: every constructor is"
          + " private; the adapter needs a non-private constructor that takes every property");
      return null;
    }
    if (tie) {
      report.error(Rule.MODEL_CONSTRUCTOR, String.format("%s has no usable constructor: more than one non-private"
          + " constructor takes %d parameters; the adapter needs exactly one widest constructor, whose parameters"
          + " are the properties", type.getSimpleName(), widest.getParameters().size()));
      return null;
    }
    return widest;
  }

  private ExecutableElement canonicalConstructor(TypeElement record, Report report) {
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
    report.error(Rule.MODEL_CONSTRUCTOR,
        record.getSimpleName() + " has no usable constructor: its canonical constructor was not found");
    return null;
  }

  /** The adapter's {@code fromJson} throws {@code IOException} only; a constructor may not throw more. */
  private void checkThrows(TypeElement type, ExecutableElement constructor, Report report) {
    TypeMirror runtime = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    TypeMirror io = elements.getTypeElement("java.io.IOException").asType();
    for (TypeMirror thrown : constructor.getThrownTypes()) {
      if (!types.isSubtype(thrown, runtime) && !types.isSubtype(thrown, error) && !types.isSubtype(thrown, io)) {
        report.error(Rule.MODEL_CONSTRUCTOR, constructor, type.getSimpleName() + " has no usable constructor: its"
            + " constructor throws checked exception " + thrown + ", which a JSON adapter cannot declare");
      }
    }
  }

  private Property classProperty(TypeElement type, VariableElement parameter, Report report) {
    String name = parameter.getSimpleName().toString();
    TypeMirror propertyType = parameter.asType();
    AccessorFinder.Match match = accessors.find(type, name, propertyType);
    if (match.member() == null) {
      String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
      report.error(Rule.PROPERTY_ACCESSOR, parameter, String.format("constructor parameter '%s' of %s has no"
          + " matching accessor or field: add a method %s(), get%s() or a non-private field %s, of type %s%s",
          name, type.getSimpleName(), name, capitalized, name, propertyType,
          match.nearMisses().isEmpty() ? "" : " (" + String.join("; ", match.nearMisses()) + ")"));
      return null;
    }
    return property(type, name, propertyType, parameter, List.of(parameter, match.member()),
        match.member().getKind() == ElementKind.FIELD ? Property.Access.FIELD : Property.Access.METHOD,
        match.member().getSimpleName().toString(), report);
  }

  private Property recordProperty(
      TypeElement type, RecordComponentElement component, VariableElement parameter, Report report) {
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
        Property.Access.METHOD, accessor.getSimpleName().toString(), report);
  }

  /**
   * A property declared by {@code declarations} (parameter, accessor or field, record component): {@code @Json}
   * and {@code Nullable} count wherever they are, since annotations land on different ones depending on their
   * targets.
   */
  private Property property(TypeElement model, String name, TypeMirror type, Element element,
      List<? extends Element> declarations, Property.Access access, String member, Report report) {
    Set<String> jsonNames = new LinkedHashSet<>();
    boolean optional = false;
    boolean ignored = false;
    for (Element declaration : declarations) {
      String jsonName = Annotations.jsonName(declaration);
      if (jsonName != null) {
        jsonNames.add(jsonName);
      }
      optional |= Annotations.isNullable(declaration);
      ignored |= Annotations.jsonIgnored(declaration);
    }
    if (jsonNames.size() > 1) {
      report.error(Rule.JSON_NAME_CONFLICT, element,
          "property '" + name + "' has conflicting JSON names " + jsonNames + " in its @Json annotations; keep one");
    }
    String jsonName = jsonNames.isEmpty() ? name : jsonNames.iterator().next();
    return new Property(
        name, jsonName, type, optional, ignored, access, member, element, graph.reachesThroughOthers(type, model));
  }

  /** The property's type must be one that JSON carries; one that is not defined yet waits for the next round. */
  private void checkType(TypeElement model, Property property, Scope scope, Report report) {
    if (MissingTypes.isMissing(property.type())) {
      report.missing(property.type(), " in property '" + property.name() + "'");
      return;
    }
    JsonTypeRule.Problem problem = jsonTypes.problem(property.type(), JsonTypeRule.Use.PROPERTY, scope);
    if (problem != null) {
      report.error(problem.rule(), property.element(),
          "property '" + property.name() + "' has unsupported type " + property.type() + ": " + problem.text());
      return;
    }
    TypeMirror self = GenericModels.selfWithOtherArguments(model, property.type());
    if (self != null) {
      report.error(Rule.MODEL_GENERIC, property.element(), GenericModels.message(model, property.name(), self));
    }
  }

  private void checkOptionalAndIgnored(Property property, Report report) {
    if (property.optional() && property.isPrimitive()) {
      report.error(Rule.NULLABLE_PRIMITIVE, property.element(), String.format("property '%s' is a primitive %s"
          + " marked Nullable: a primitive cannot be null; use its box type to make it optional", property.name(),
          property.type().getKind().name().toLowerCase(Locale.ROOT)));
    }
    if (property.ignored() && !property.optional() && !property.isPrimitive()) {
      report.error(Rule.IGNORED_REQUIRED, property.element(), "property '" + property.name() + "' has"
          + " @Json(ignore = true) but is required: an ignored property is never read from JSON, so mark it Nullable"
          + " (it becomes null) or make it a primitive (it becomes 0 or false)");
    }
  }

  private void checkDistinctJsonNames(TypeElement type, List<Property> properties, Report report) {
    List<Property> seen = new ArrayList<>();
    for (Property property : properties) {
      if (property.ignored()) {
        continue;
      }
      for (Property earlier : seen) {
        if (earlier.jsonName().equals(property.jsonName())) {
          report.error(Rule.JSON_NAME_DUPLICATE, property.element(), String.format("properties '%s' and '%s' of %s"
              + " have the same JSON name '%s'; give one of them another with @Json(name = ...)", earlier.name(),
              property.name(), type.getSimpleName(), property.jsonName()));
        }
      }
      seen.add(property);
    }
  }
}
