package io.typedclient.runtime.internal;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding for path segments and query components (RFC 3986), strict by design. Not API: for
 * typedclient's own modules, so that what is sent and what is masked in messages are encoded the same way.
 */
public final class UrlEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlEncoding() {}

  /**
   * Encodes {@code value} as exactly one path segment: every byte but RFC 3986's unreserved characters
   * ({@code A-Z a-z 0-9 - . _ ~}) is percent-encoded, so {@code /}, {@code ?}, {@code #}, {@code %}, {@code ;}
   * and the rest can never change the path. Empty, {@code "."} and {@code ".."} are refused: they would name
   * another resource rather than a segment.
   */
  public static String pathSegment(String name, String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("path parameter \"" + name + "\" is empty");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(
          "path parameter \"" + name + "\" is \"" + value + "\", which would change the path rather than fill a segment");
    }
    return encode("path parameter", name, value);
  }

  /**
   * Encodes a query name or value of parameter {@code name}: every byte but the unreserved characters is
   * percent-encoded.
   */
  public static String queryComponent(String name, String value) {
    return encode("query parameter", name, value);
  }

  private static String encode(String kind, String name, String value) {
    int i = 0;
    while (i < value.length() && isUnreserved(value.charAt(i))) {
      i++;
    }
    if (i == value.length()) {
      return value;
    }
    checkSurrogates(kind, name, value, i);
    StringBuilder out = new StringBuilder(value.length() + 16).append(value, 0, i);
    byte[] bytes = value.substring(i).getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c < 0x80 && isUnreserved((char) c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  /** An unpaired surrogate has no UTF-8 form: encoding would silently send {@code ?} instead of the value. */
  private static void checkSurrogates(String kind, String name, String value, int from) {
    for (int i = from; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            kind + " \"" + name + "\" is not valid Unicode: unpaired surrogate at index " + i);
      }
    }
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
