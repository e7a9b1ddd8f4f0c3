package io.typedclient.processor.step;

import io.typedclient.processor.jsontype.JsonTypeRule;
import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.model.EnumModel;
import io.typedclient.processor.model.ObjectModel;
import io.typedclient.processor.model.Property;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import io.typedclient.processor.validate.EnumModelReader;
import io.typedclient.processor.validate.FallbackValidator;
import io.typedclient.processor.validate.FromMoshiValidator;
import io.typedclient.processor.validate.HandWrittenAdapterValidator;
import io.typedclient.processor.validate.ModelShapeValidator;
import io.typedclient.processor.validate.ObjectModelReader;
import io.typedclient.processor.write.EnumAdapterWriter;
import io.typedclient.processor.write.ObjectAdapterWriter;
import io.typedclient.processor.write.SourceFileWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Validates {@code @JsonModel} classes, records and enums and writes their {@code ...JsonAdapter}s.
 *
 * <p>Each type goes through {@link ModelShapeValidator}, then {@link ObjectModelReader} or {@link EnumModelReader}
 * (which check properties and constants while reading them), then a writer. Writing waits until every type of
 * the round is read, so that a model whose property is another model with errors is not written: its adapter
 * would call an adapter that does not exist.
 */
public final class JsonModelStep implements ProcessingStep {
  private final Messager messager;
  private final SourceFileWriter files;
  private final ModelShapeValidator shapes = new ModelShapeValidator();
  private final ObjectModelReader objects;
  private final EnumModelReader enums = new EnumModelReader();
  private final FallbackValidator fallbacks = new FallbackValidator();
  private final FromMoshiValidator fromMoshi;
  private final HandWrittenAdapterValidator handWritten;
  private final ObjectAdapterWriter objectWriter;
  private final EnumAdapterWriter enumWriter;
  /** Canonical names of models found invalid in any round: their adapters will never exist. */
  private final Set<String> invalid = new HashSet<>();

  public JsonModelStep(ProcessingEnvironment env, SourceFileWriter files) {
    this.messager = env.getMessager();
    this.files = files;
    this.objects = new ObjectModelReader(env.getElementUtils(), env.getTypeUtils());
    this.handWritten = new HandWrittenAdapterValidator(env.getElementUtils(), env.getTypeUtils());
    this.fromMoshi = new FromMoshiValidator(new JsonTypeRule(env.getElementUtils(), env.getTypeUtils()));
    this.objectWriter = new ObjectAdapterWriter(files);
    this.enumWriter = new EnumAdapterWriter(files);
  }

  @Override
  public String annotation() {
    return Annotations.JSON_MODEL;
  }

  @Override
  public String output(TypeElement element) {
    return "a JSON adapter for " + element.getSimpleName();
  }

  @Override
  public Set<String> companionAnnotations() {
    return Set.of(Annotations.JSON_FALLBACK, Annotations.JSON_ADAPTED_BY);
  }

  @Override
  public Set<String> memberAnnotations() {
    Set<String> names = new HashSet<>(Annotations.DECLARATION_NULLABLES);
    names.add(Annotations.MOSHI_JSON);
    return names;
  }

  @Override
  public void checkCompanion(String annotation, Element element) {
    Report report = Report.about(messager, element);
    if (annotation.equals(Annotations.JSON_ADAPTED_BY)) {
      handWritten.validate(element, report);
    } else {
      fallbacks.validate(element, report);
    }
  }

  @Override
  public Map<TypeElement, List<String>> process(List<TypeElement> elements) {
    Map<TypeElement, List<String>> deferred = new LinkedHashMap<>();
    List<ObjectModel> objectModels = new ArrayList<>();
    List<EnumModel> enumModels = new ArrayList<>();
    for (TypeElement element : elements) {
      Report report = Report.about(messager, element);
      try {
        if (Annotations.has(element, Annotations.JSON_ADAPTED_BY)) {
          // Also @JsonAdaptedBy, which the companion check reported: the named adapter would clash with ours.
          invalid.add(element.getQualifiedName().toString());
          continue;
        }
        shapes.validate(element, report);
        fromMoshi.validate(element, Annotations.JSON_MODEL, report);
        if (report.hasErrors()) {
          invalid.add(element.getQualifiedName().toString());
        } else if (element.getKind() == ElementKind.ENUM) {
          EnumModel model = enums.read(element, report);
          if (model == null) {
            invalid.add(element.getQualifiedName().toString());
          } else {
            enumModels.add(model);
          }
        } else {
          ObjectModel model = objects.read(element, report);
          if (report.hasErrors()) {
            invalid.add(element.getQualifiedName().toString());
          } else if (report.hasMissingTypes()) {
            deferred.put(element, report.missingTypes());
          } else {
            objectModels.add(model);
          }
        }
      } catch (RuntimeException e) {
        invalid.add(element.getQualifiedName().toString());
        InternalErrors.report(report, output(element), e);
      }
    }
    for (EnumModel model : enumModels) {
      write(model.element(), report -> files.write(enumWriter.write(model), SourceFileWriter.Output.JSON_ADAPTER,
          report));
    }
    for (ObjectModel model : withoutInvalidReferences(objectModels)) {
      write(model.element(), report -> files.write(objectWriter.write(model), SourceFileWriter.Output.JSON_ADAPTER,
          report));
    }
    return deferred;
  }

  private interface Writing {
    void run(Report report);
  }

  private void write(TypeElement element, Writing writing) {
    Report report = Report.about(messager, element);
    try {
      writing.run(report);
    } catch (RuntimeException e) {
      InternalErrors.report(report, output(element), e);
    }
  }

  /**
   * {@code models} without those whose properties use, directly or through other models, a model with errors;
   * each such property gets an error that points at the cause.
   */
  private List<ObjectModel> withoutInvalidReferences(List<ObjectModel> models) {
    List<ObjectModel> remaining = new ArrayList<>(models);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (ObjectModel model : new ArrayList<>(remaining)) {
        for (Property property : model.properties()) {
          String broken = property.ignored() ? null : invalidModelIn(property.type());
          if (broken != null) {
            String name = model.element().getSimpleName().toString();
            Report.about(messager, model.element()).error(Rule.MODEL_USES_INVALID, property.element(),
                String.format("property '%s' of %s uses %s, whose @JsonModel has errors (reported above), so no"
                    + " adapter can be generated for %s", property.name(), name, broken, name));
            invalid.add(model.element().getQualifiedName().toString());
            remaining.remove(model);
            changed = true;
            break;
          }
        }
      }
    }
    return remaining;
  }

  /** The name of an invalid model that {@code type} is or contains as a type argument, or {@code null}. */
  private String invalidModelIn(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (Annotations.has(element, Annotations.JSON_MODEL) && invalid.contains(element.getQualifiedName().toString())) {
      return element.getQualifiedName().toString();
    }
    for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
      String found = invalidModelIn(argument);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
