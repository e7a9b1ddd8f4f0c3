package io.typedclient.processor.validate;

import java.util.Locale;

/**
 * Compile-time checks of header names and literal values. They are at least as strict as the runtime's
 * {@code HttpHeaders} and transports, so a header that compiles is never refused when the request is built or
 * sent.
 */
final class HeaderSyntax {
  private static final String TOKEN_PUNCTUATION = "!#$%&'*+-.^_`|~";

  private HeaderSyntax() {}

  /** Why {@code name} is not an RFC 9110 token, or {@code null} when it is one. */
  static String nameProblem(String name) {
    if (name.isEmpty()) {
      return "header name is empty";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || TOKEN_PUNCTUATION.indexOf(c) >= 0;
      if (!token) {
        return String.format(
            "header name \"%s\" has the character %s at index %d; a header name is an RFC 9110 token"
                + " (letters, digits and %s)",
            printable(name), describe(c), i, TOKEN_PUNCTUATION);
      }
    }
    String reason = restrictedReason(name);
    return reason == null ? null : "header \"" + name + "\" cannot be set on a request: " + reason;
  }

  /**
   * Why the transports refuse {@code name} on a request, or {@code null}. The same names and reasons as the
   * runtime's {@code RestrictedHeaders}, so that the refusal comes at compile time instead of on the first call.
   */
  private static String restrictedReason(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "host":
        return "the transport sets it from the request URI";
      case "content-length":
      case "transfer-encoding":
        return "the transport frames the body itself";
      case "connection":
      case "keep-alive":
      case "proxy-connection":
      case "upgrade":
      case "te":
      case "trailer":
        return "it is hop-by-hop; the transport manages connections";
      case "expect":
        return "100-continue is not supported; the body is sent with the request";
      default:
        return null;
    }
  }

  /**
   * Why {@code value} cannot be sent as a literal header value, or {@code null}. Literal values keep to
   * visible ASCII, space and tab: CR and LF would start a new header, and other bytes depend on the encoding
   * of the source file.
   */
  static String valueProblem(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n') {
        return String.format(
            "header value has %s at index %d, which would start a new header", c == '\r' ? "CR" : "LF", i);
      }
      if (c != '\t' && (c < 0x20 || c > 0x7e)) {
        return String.format(
            "header value has the character %s at index %d; literal header values are visible ASCII, space and tab",
            describe(c), i);
      }
    }
    return null;
  }

  /** Shows control characters as escapes so that a message stays on one line. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String describe(char c) {
    return c > 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
  }
}
