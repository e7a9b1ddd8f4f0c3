package io.typedclient.reliability.hostile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Session and user ids chosen to escape their path segment, confuse a server's decoding, or break a request:
 * traversal, encoded separators, query and fragment starters, line breaks, NUL, very long values, Unicode
 * tricks. Each maps to what must happen: {@code null} when it is sent as exactly one path segment, or the
 * phrase the {@link IllegalArgumentException} that refuses it before sending must contain.
 */
final class HostileIds {
  static final String EMPTY = "is empty";
  static final String DOT = "would change the path rather than fill a segment";
  static final String SURROGATE = "unpaired surrogate";
  static final String ME = "which Okta reads as the caller's own session or user";

  static final Map<String, String> ALL = new LinkedHashMap<>();

  static {
    refused("", EMPTY);
    refused(".", DOT);
    refused("..", DOT);
    refused("\uD83D", SURROGATE);
    refused("a\uDE00b", SURROGATE);
    refused("\uDE00\uD83D", SURROGATE);

    sent("../");
    sent("../..");
    sent("../../users/00u1/lifecycle/deactivate");
    sent("/");
    sent("//");
    sent("a/b");
    sent("a/../b");
    sent("%2F");
    sent("%2f");
    sent("a%2Fb");
    sent("%2e%2e");
    sent("%2E%2E%2F");
    sent("..%2f");
    sent("%252F");
    sent("%C0%AE%C0%AE");
    sent("%00");
    sent("%");
    sent("%zz");
    sent("?");
    sent("a?oauthTokens=true");
    sent("#");
    sent("a#b");
    sent(";");
    sent(";jsessionid=x");
    sent("a;b=c");
    sent("\\");
    sent("\\..\\..\\");
    sent(" ");
    sent("a b");
    sent("\t");
    sent("a\tb");
    sent("\r\n");
    sent("a\r\nX-Injected: 1");
    sent("\n");
    sent("\u0000");
    sent("a\u0000b");
    sent("x".repeat(4000));
    sent("é".repeat(1000));
    sent("ünïcödé");
    sent("日本語のセッション");
    sent("\u202Eevil\u202C");
    sent("\u200F");
    sent("\u200B");
    sent("\u00A0");
    sent("\u0085");
    sent("\u2028");
    sent("\u2215");
    sent("\uFF0F");
    sent("😀");
    sent("a😀b");
    refused("me", ME);
    refused("ME", ME);
    sent("me/lifecycle/refresh");
    sent("+");
    sent("a+b");
    sent("~");
    sent("*");
    sent("$");
    sent("&");
    sent("=");
    sent("'");
    sent("\"");
    sent("<script>alert(1)</script>");
    sent("{sessionId}");
    sent("...");
    sent(".a");
    sent("a.");
    sent("@evil.example.com");
    sent("http://evil.example.com/");
    sent("//evil.example.com");
  }

  private HostileIds() {}

  private static void refused(String id, String reason) {
    if (ALL.put(id, reason) != null) {
      throw new IllegalStateException("listed twice: " + printable(id));
    }
  }

  private static void sent(String id) {
    refused(id, null);
  }

  /** The id with control, invisible and lone surrogate characters as {@code \\uXXXX}, long ones cut, for test names. */
  static String printable(String id) {
    StringBuilder out = new StringBuilder("\"");
    int shown = 0;
    for (int i = 0; i < id.length() && shown < 40; shown++) {
      int c = id.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      boolean invisible = Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
          || type == Character.LINE_SEPARATOR || type == Character.SPACE_SEPARATOR && c != ' ';
      if (invisible) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    }
    if (id.length() > 40) {
      out.append("… (").append(id.length()).append(" chars)");
    }
    return out.append('"').toString();
  }
}
