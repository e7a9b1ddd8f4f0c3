package io.typedclient.processor.json;

import io.typedclient.JsonAdaptedBy;
import io.typedclient.JsonFallback;
import io.typedclient.JsonModel;
import io.typedclient.processor.common.AdapterCodes;
import io.typedclient.processor.common.ErrorReporter;
import io.typedclient.processor.common.HandWrittenAdapters;
import io.typedclient.processor.common.ProcessingStep;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
  private final ErrorReporter errors;
  private final ModelShapeValidator shapes;
  private final ObjectModelReader objects;
  private final EnumModelReader enums;
  private final FallbackValidator fallbacks;
  private final HandWrittenAdapterValidator handWritten;
  private final ObjectAdapterWriter objectWriter;
  private final EnumAdapterWriter enumWriter;
  /** Canonical names of models found invalid in any round: their adapters will never exist. */
  private final Set<String> invalid = new HashSet<>();

  public JsonModelStep(ProcessingEnvironment env, ErrorReporter errors) {
    this.errors = errors;
    this.shapes = new ModelShapeValidator(errors);
    this.objects = new ObjectModelReader(env.getElementUtils(), env.getTypeUtils(), errors);
    this.enums = new EnumModelReader(errors);
    this.fallbacks = new FallbackValidator(errors);
    this.handWritten = new HandWrittenAdapterValidator(env.getElementUtils(), env.getTypeUtils(), errors);
    AdapterTypeWriter types = new AdapterTypeWriter(env);
    this.objectWriter = new ObjectAdapterWriter(types);
    this.enumWriter = new EnumAdapterWriter(types);
  }

  @Override
  public String annotation() {
    return JsonModel.class.getCanonicalName();
  }

  @Override
  public Set<String> companionAnnotations() {
    return Set.of(JsonFallback.class.getCanonicalName(), JsonAdaptedBy.class.getCanonicalName());
  }

  @Override
  public void checkCompanion(String annotation, Element element) {
    if (annotation.equals(JsonAdaptedBy.class.getCanonicalName())) {
      handWritten.validate(element);
    } else {
      fallbacks.validate(element);
    }
  }

  @Override
  public Set<TypeElement> process(List<TypeElement> elements) {
    Set<TypeElement> deferred = new LinkedHashSet<>();
    List<ObjectModel> objectModels = new ArrayList<>();
    List<EnumModel> enumModels = new ArrayList<>();
    for (TypeElement element : elements) {
      if (HandWrittenAdapters.annotationOf(element) != null) {
        // Also @JsonAdaptedBy, which the companion check reported: the named adapter would clash with a generated one.
        invalid.add(element.getQualifiedName().toString());
      } else if (!shapes.validate(element)) {
        invalid.add(element.getQualifiedName().toString());
      } else if (element.getKind() == ElementKind.ENUM) {
        EnumModel model = enums.read(element);
        if (model == null) {
          invalid.add(element.getQualifiedName().toString());
        } else {
          enumModels.add(model);
        }
      } else {
        ObjectModelReader.Result result = objects.read(element);
        if (result.notYetDefined) {
          deferred.add(element);
        } else if (result.model == null) {
          invalid.add(element.getQualifiedName().toString());
        } else {
          objectModels.add(result.model);
        }
      }
    }
    List<ObjectModel> writable = withoutInvalidReferences(objectModels);
    for (EnumModel model : enumModels) {
      write(model.element, () -> enumWriter.write(model));
    }
    for (ObjectModel model : writable) {
      write(model.element, () -> objectWriter.write(model));
    }
    return deferred;
  }

  @Override
  public void reportUnresolved(TypeElement element) {
    errors.error(element, "could not generate a JSON adapter for %s: a type it uses was never defined", element.getSimpleName());
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
        for (Property property : model.properties) {
          String broken = property.ignored ? null : invalidModelIn(property.type);
          if (broken != null) {
            errors.error(property.element, "property '%s' of %s uses %s, whose @JsonModel has errors (reported "
                + "above), so no adapter can be generated for %s", property.name, model.element.getSimpleName(),
                broken, model.element.getSimpleName());
            invalid.add(model.element.getQualifiedName().toString());
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
    if (AdapterCodes.isJsonModel(element) && invalid.contains(element.getQualifiedName().toString())) {
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

  private interface Writing {
    void run() throws IOException;
  }

  private void write(TypeElement element, Writing writing) {
    try {
      writing.run();
    } catch (IOException e) {
      errors.error(element, "could not write the JSON adapter for %s: %s", element.getSimpleName(), e.getMessage());
    }
  }
}
