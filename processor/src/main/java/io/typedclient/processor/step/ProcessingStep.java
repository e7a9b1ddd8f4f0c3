package io.typedclient.processor.step;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** The work for one annotation: validate each annotated type and write code for the valid ones. */
public interface ProcessingStep {

  /** The canonical name of the annotation this step handles. */
  String annotation();

  /**
   * What the step generates for {@code element}, as a message names it: {@code ApiClient},
   * {@code a JSON adapter for Session}.
   */
  String output(TypeElement element);

  /**
   * Validates and generates for {@code elements}, each with its own {@code Report}; never throws. Returns those
   * that use types not defined yet (generated later in this compilation, or missing), each with those types and
   * where it uses them, to be tried again next round.
   */
  Map<TypeElement, List<String>> process(List<TypeElement> elements);

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

  /**
   * Canonical names of the other annotations this step reads on the members of its types ({@code @Path} on a
   * parameter): the processor claims them with the step's own, so that javac's {@code -Xlint:processing} finds no
   * annotation of ours that no processor claimed.
   */
  default Set<String> memberAnnotations() {
    return Set.of();
  }

  /** The last round: reports what could only be decided once every type of the compilation was seen. */
  default void finish() {}
}
