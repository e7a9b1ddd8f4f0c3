package io.typedclient.okta.cli;

/**
 * Text from a server, or from an exception a server's answer caused, made safe to print on a terminal: every
 * character that would act on the terminal instead of showing (C0 and C1 controls such as ESC and CSI, which start
 * escape sequences, CR and LF, which could forge a line, DEL) or that changes how the text around it is laid out
 * unseen (Unicode format characters such as the bidirectional overrides, and the line and paragraph separators) is
 * written as an escape: {@code \n}, {@code \r}, {@code \t}, or {@code \}{@code u001b}. The operator sees that
 * something was there, and the server cannot rewrite the screen.
 *
 * <p>The runtime's {@code HttpStatusException.oneLine} folds such characters into spaces for log lines; here they
 * are shown, not hidden.
 */
final class TerminalText {
  private TerminalText() {}

  /** {@code text} with each such character escaped; {@code null} stays {@code null}. */
  static String escape(String text) {
    if (text == null || isSafe(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(unicodeEscape(c));
      }
    }
    return out.toString();
  }

  /** {@code \}{@code uXXXX} for {@code c}: also a valid escape inside a JSON string. */
  static String unicodeEscape(char c) {
    String hex = Integer.toHexString(c);
    return "\\u" + "0000".substring(hex.length()) + hex;
  }

  /** Whether {@code c} acts on a terminal, or lays text out unseen, rather than showing. */
  static boolean needsEscape(char c) {
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return true;
    }
    if (c < 0xa0) {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static boolean isSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (needsEscape(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
