package io.typedclient.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A parsed path template such as {@code /api/v1/sessions/{sessionId}/lifecycle/refresh}: literal parts, sent
 * as written, and {@code {name}} placeholders, each filled by one percent-encoded {@code @Path} value.
 *
 * @param template the template as written
 * @param parts the literal and placeholder parts, in order
 */
public record PathTemplate(String template, List<Part> parts) {
  /** Retrofit's rule for placeholder names, so that templates move between the two unchanged. */
  static final Pattern PLACEHOLDER_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_-]*");

  /** RFC 3986 {@code pchar} and {@code /}, less {@code %} (checked apart, as the start of an escape). */
  private static final String PATH_PUNCTUATION = "-._~!$&'()*+,;=:@/";

  public PathTemplate {
    parts = List.copyOf(parts);
  }

  /**
   * One part of a template.
   *
   * @param text the literal text, or the placeholder's name
   * @param placeholder whether this part is a placeholder
   */
  public record Part(String text, boolean placeholder) {}

  /** The placeholder names, in order. */
  public Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>();
    for (Part part : parts) {
      if (part.placeholder()) {
        names.add(part.text());
      }
    }
    return names;
  }

  /**
   * Parses {@code template}; returns {@code null} and adds one sentence to {@code problems} when it is not a
   * valid template.
   */
  public static PathTemplate parse(String template, List<String> problems) {
    String problem = firstProblem(template);
    if (problem != null) {
      problems.add("path \"" + template + "\" " + problem);
      return null;
    }
    List<Part> parts = new ArrayList<>();
    int literalStart = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', literalStart)) {
      int close = template.indexOf('}', open);
      if (open > literalStart) {
        parts.add(new Part(template.substring(literalStart, open), false));
      }
      parts.add(new Part(template.substring(open + 1, close), true));
      literalStart = close + 1;
    }
    if (literalStart < template.length()) {
      parts.add(new Part(template.substring(literalStart), false));
    }
    return new PathTemplate(template, parts);
  }

  private static String firstProblem(String template) {
    if (!template.startsWith("/")) {
      return "must start with \"/\"";
    }
    if (template.indexOf('?') >= 0) {
      return "must not contain a query (\"?\"): use @Query parameters";
    }
    if (template.indexOf('#') >= 0) {
      return "must not contain a fragment (\"#\")";
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i);
        if (close < 0) {
          return "has an unclosed \"{\" at index " + i;
        }
        String name = template.substring(i + 1, close);
        if (name.isEmpty()) {
          return "has an empty placeholder \"{}\" at index " + i;
        }
        if (!PLACEHOLDER_NAME.matcher(name).matches()) {
          return "has the placeholder {" + name + "}, which is not a valid name:"
              + " start with a letter, then use letters, digits, '_' or '-'";
        }
        if (!seen.add(name)) {
          return "uses the placeholder {" + name + "} twice: each placeholder is filled by one @Path parameter";
        }
        i = close;
      } else if (c == '}') {
        return "has a \"}\" without a matching \"{\" at index " + i;
      } else if (c == '%') {
        if (i + 2 >= template.length() || !isHex(template.charAt(i + 1)) || !isHex(template.charAt(i + 2))) {
          return "has a \"%\" not followed by two hex digits at index " + i;
        }
      } else if (!isPathChar(c)) {
        return String.format(
            "has the character U+%04X at index %d, which is not allowed in a URL path: percent-encode it", (int) c, i);
      }
    }
    for (String segment : template.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return "has a \"" + segment + "\" segment, which would change the path it is resolved against";
      }
    }
    return null;
  }

  private static boolean isPathChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || PATH_PUNCTUATION.indexOf(c) >= 0;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
