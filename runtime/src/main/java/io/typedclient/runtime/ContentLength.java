package io.typedclient.runtime;

import java.net.ProtocolException;
import java.util.List;

/**
 * Reads a response's {@code Content-Length} as RFC 9110 (8.6) and RFC 9112 (6.3) define it, for the transports,
 * whose platform parsers throw {@code NumberFormatException} at a bad value or quietly read such a response up to
 * the close of the connection. A value is one to nineteen digits, nothing else (no sign, no space, no decimal
 * point); the same value repeated, in one field as a list or in several fields, counts once; anything else is a
 * framing error, and a response with a framing error cannot be read at all.
 */
final class ContentLength {
  /** Enough for every length up to {@link Long#MAX_VALUE}, which has 19 digits. */
  private static final int MAX_DIGITS = 19;

  private ContentLength() {}

  /**
   * The length the fields declare, or {@code -1} when there is none.
   *
   * @throws ProtocolException when a value is not a length, or two values differ; the message says which, without
   *     quoting the server's text
   */
  static long parse(List<String> fields) throws ProtocolException {
    long length = -1;
    for (String field : fields) {
      for (String part : field.split(",", -1)) {
        long value = parseOne(part.trim());
        if (length >= 0 && value != length) {
          throw new ProtocolException("the response has a Content-Length header with two different values");
        }
        length = value;
      }
    }
    return length;
  }

  private static long parseOne(String text) throws ProtocolException {
    if (text.isEmpty() || text.length() > MAX_DIGITS) {
      throw malformed();
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw malformed();
      }
      int digit = c - '0';
      if (value > (Long.MAX_VALUE - digit) / 10) {
        throw malformed();
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static ProtocolException malformed() {
    return new ProtocolException("the response has a malformed Content-Length header (not a length in digits)");
  }
}
