package io.typedclient.processor.validate;

import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.model.StaticHeader;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Reads {@code @Headers({"Name: value", ...})} on an interface or a method, checking every entry. */
final class StaticHeadersReader {
  private StaticHeadersReader() {}

  /**
   * The entries of {@code element}'s {@code @Headers}, empty when it has none; each malformed entry is
   * reported on itself.
   */
  static List<StaticHeader> read(Element element, Report report) {
    AnnotationMirror annotation = Annotations.find(element, Annotations.HEADERS);
    if (annotation == null) {
      return List.of();
    }
    List<AnnotationValue> entries = Annotations.arrayValue(annotation);
    if (entries.isEmpty()) {
      report.error(Rule.HEADERS_EMPTY, element, annotation,
          "@Headers is empty; remove it or add entries of the form \"Name: value\"");
      return List.of();
    }
    List<StaticHeader> headers = new ArrayList<>();
    for (AnnotationValue entry : entries) {
      if (!(entry.getValue() instanceof String)) {
        continue; // javac has reported the value that is not a string constant
      }
      String text = (String) entry.getValue();
      String quoted = "@Headers entry \"" + HeaderSyntax.printable(text) + "\"";
      int colon = text.indexOf(':');
      if (colon < 0) {
        report.error(
            Rule.HEADERS_ENTRY_FORM, element, annotation, entry, quoted + " must have the form \"Name: value\"");
        continue;
      }
      String name = text.substring(0, colon);
      String value = trimSpaceAndTab(text.substring(colon + 1));
      String problem = HeaderSyntax.nameProblem(name);
      if (problem != null) {
        report.error(Rule.HEADER_NAME, element, annotation, entry, quoted + ": " + problem);
        continue;
      }
      problem = HeaderSyntax.valueProblem(value);
      if (problem != null) {
        report.error(Rule.HEADER_VALUE, element, annotation, entry, quoted + ": " + problem);
        continue;
      }
      headers.add(new StaticHeader(name, value));
    }
    return headers;
  }

  /** RFC 9110 optional whitespace is space and tab only; CR and LF stay, to be refused. */
  private static String trimSpaceAndTab(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
      end--;
    }
    return text.substring(start, end);
  }
}
