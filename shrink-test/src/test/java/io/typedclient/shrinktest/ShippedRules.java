package io.typedclient.shrinktest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rule for shrinker rules we ship in our jars: comments and {@code -dontwarn} lines only, never a {@code -keep}
 * or any other option (an app takes embedded rules unread, and we promise it needs no keep rule), and every
 * {@code -dontwarn} under a comment that gives its reason.
 */
final class ShippedRules {
  /** {@code -dontwarn} and one or more class name patterns, separated by commas. */
  private static final Pattern DONTWARN =
      Pattern.compile("-dontwarn\\s+[\\w.$*?<>\\-]+(\\s*,\\s*[\\w.$*?<>\\-]+)*\\s*");

  private ShippedRules() {}

  /** What is wrong with {@code text} as a rules file we ship, one problem a line number; empty when nothing is. */
  static List<String> problems(String text) {
    List<String> problems = new ArrayList<>();
    boolean reasonGiven = false;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty()) {
        // A blank line ends a paragraph: the next -dontwarn needs a reason of its own.
        reasonGiven = false;
      } else if (line.startsWith("#")) {
        reasonGiven = true;
      } else if (!DONTWARN.matcher(line).matches()) {
        problems.add("line " + (i + 1) + ": only -dontwarn lines and comments may be shipped, found: " + line);
      } else if (!reasonGiven) {
        problems.add("line " + (i + 1) + ": no comment above gives the reason for: " + line);
      }
    }
    return problems;
  }
}
