package io.typedclient.processor.common;

import java.util.List;
import java.util.Set;
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
}
