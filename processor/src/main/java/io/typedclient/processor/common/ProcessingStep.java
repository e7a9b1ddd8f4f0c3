package io.typedclient.processor.common;

import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** The work for one annotation: validate each annotated type and write code for the valid ones. */
public interface ProcessingStep {

  /** The canonical name of the annotation this step handles. */
  String annotation();

  /**
   * Validates and generates for {@code elements}; returns those that refer to types not generated yet (error
   * types), to be tried again next round. Reports every mistake through the {@link ErrorReporter}; never
   * throws.
   */
  Set<TypeElement> process(List<TypeElement> elements);

  /** Reports, in the last round, an element still waiting for a type that never appeared. */
  void reportUnresolved(TypeElement element);

  /**
   * Canonical names of annotations that only mean something on members of this step's types (such as
   * {@code @JsonFallback} on a constant of a {@code @JsonModel} enum), so that the processor hands every use of
   * them to {@link #checkCompanion}, where a stray one is reported rather than silently ignored.
   */
  default Set<String> companionAnnotations() {
    return Set.of();
  }

  /** Reports {@code element}'s use of companion annotation {@code annotation} if it is out of place. */
  default void checkCompanion(String annotation, Element element) {}
}
