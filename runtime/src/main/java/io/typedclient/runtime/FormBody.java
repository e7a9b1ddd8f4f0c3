package io.typedclient.runtime;

import java.nio.charset.StandardCharsets;

/**
 * An {@code application/x-www-form-urlencoded} body as the WHATWG URL standard serializes one: names and
 * values as UTF-8, {@code *-._}, ASCII letters and digits as they are, a space as {@code +}, every other byte
 * percent-encoded in upper case, pairs joined by {@code &}.
 */
final class FormBody {
  static final String CONTENT_TYPE = "application/x-www-form-urlencoded";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final StringBuilder text = new StringBuilder(64);
  private boolean empty = true;

  /** Adds one field; {@code what} names it in the message of an unencodable value. */
  void add(String name, String value, String what) {
    if (!empty) {
      text.append('&');
    }
    encode(name, what);
    text.append('=');
    encode(value, what);
    empty = false;
  }

  /** The body: ASCII, since every byte outside the safe set is percent-encoded. */
  RequestBody build() {
    return RequestBody.of(CONTENT_TYPE, text.toString().getBytes(StandardCharsets.US_ASCII));
  }

  private void encode(String value, String what) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++; // a pair: one code point
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(what + " is not valid Unicode: unpaired surrogate at index " + i);
      }
    }
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '*' || c == '-' || c == '.' || c == '_') {
        text.append((char) c);
      } else if (c == ' ') {
        text.append('+');
      } else {
        text.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
  }
}
