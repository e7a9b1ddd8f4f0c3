package io.typedclient.runtime.conformance;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The few DER (X.690) encodings an X.509 certificate needs, for {@link TestCertificateAuthority}: the JDK parses and
 * verifies certificates but has no public API to write one.
 */
final class Der {
  private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");

  private Der() {}

  static byte[] sequence(byte[]... items) {
    return tagged(0x30, concat(items));
  }

  static byte[] set(byte[]... items) {
    return tagged(0x31, concat(items));
  }

  static byte[] integer(BigInteger value) {
    return tagged(0x02, value.toByteArray());
  }

  static byte[] bool(boolean value) {
    return tagged(0x01, new byte[] {(byte) (value ? 0xff : 0)});
  }

  /** A BIT STRING of whole bytes. */
  static byte[] bitString(byte[] bytes) {
    byte[] content = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, content, 1, bytes.length);
    return tagged(0x03, content);
  }

  static byte[] octetString(byte[] bytes) {
    return tagged(0x04, bytes);
  }

  static byte[] utf8(String text) {
    return tagged(0x0c, text.getBytes(StandardCharsets.UTF_8));
  }

  /** UTCTime, second precision; certificates valid until 2049 use it (RFC 5280, 4.1.2.5). */
  static byte[] utcTime(ZonedDateTime time) {
    return tagged(0x17, UTC_TIME.format(time.withZoneSameInstant(ZoneOffset.UTC)).getBytes(StandardCharsets.US_ASCII));
  }

  /** An OBJECT IDENTIFIER from its dotted form. */
  static byte[] oid(String dotted) {
    String[] parts = dotted.split("\\.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(Integer.parseInt(parts[0]) * 40 + Integer.parseInt(parts[1]));
    for (int i = 2; i < parts.length; i++) {
      long value = Long.parseLong(parts[i]);
      int groups = 1;
      while ((value >> (7 * groups)) != 0) {
        groups++;
      }
      for (int g = groups - 1; g >= 0; g--) {
        out.write((int) ((value >> (7 * g)) & 0x7f) | (g == 0 ? 0 : 0x80));
      }
    }
    return tagged(0x06, out.toByteArray());
  }

  /** A context-specific tag: constructed ({@code [n]} around DER) or primitive (implicit, raw content). */
  static byte[] context(int number, boolean constructed, byte[] content) {
    return tagged(0x80 | (constructed ? 0x20 : 0) | number, content);
  }

  static byte[] tagged(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      int bytes = length > 0xffffff ? 4 : length > 0xffff ? 3 : length > 0xff ? 2 : 1;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write(length >> (8 * i));
      }
    }
    out.write(content, 0, content.length);
    return out.toByteArray();
  }

  static byte[] concat(byte[]... items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] item : items) {
      out.write(item, 0, item.length);
    }
    return out.toByteArray();
  }
}
