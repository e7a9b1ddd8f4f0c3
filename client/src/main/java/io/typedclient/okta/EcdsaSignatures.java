package io.typedclient.okta;

/**
 * Converts ECDSA signatures between the DER {@code SEQUENCE {INTEGER r, INTEGER s}} that the JDK's
 * {@code Signature} produces and the JOSE form, {@code R || S} with each value left-padded to the curve's size
 * (RFC 7518, section 3.4). A DER signature sent as a JWS signature is refused by every JOSE verifier; the
 * conversion is done by hand because the JDK's {@code ...inP1363Format} algorithms do not exist on Android.
 */
final class EcdsaSignatures {
  private EcdsaSignatures() {}

  /**
   * {@code R || S}, each {@code size} bytes, from a DER signature.
   *
   * @throws IllegalArgumentException when {@code der} is not an ECDSA signature whose values fit {@code size}
   */
  static byte[] derToJose(byte[] der, int size) {
    int[] at = {0};
    expect(der, at, 0x30);
    int sequenceLength = length(der, at);
    if (at[0] + sequenceLength != der.length) {
      throw new IllegalArgumentException("not a DER ECDSA signature: the sequence length does not match");
    }
    byte[] jose = new byte[2 * size];
    copyInteger(der, at, jose, 0, size);
    copyInteger(der, at, jose, size, size);
    if (at[0] != der.length) {
      throw new IllegalArgumentException("not a DER ECDSA signature: data after S");
    }
    return jose;
  }

  /**
   * The DER signature for a JOSE {@code R || S} (for verifying one with the JDK).
   *
   * @throws IllegalArgumentException when the length is not twice {@code size}
   */
  static byte[] joseToDer(byte[] jose, int size) {
    if (jose.length != 2 * size) {
      throw new IllegalArgumentException(
          "an ECDSA JOSE signature for this curve has " + 2 * size + " bytes, not " + jose.length);
    }
    byte[] r = derInteger(jose, 0, size);
    byte[] s = derInteger(jose, size, size);
    int contentLength = r.length + s.length;
    byte[] lengthBytes = contentLength < 128 ? new byte[] {(byte) contentLength} : new byte[] {(byte) 0x81, (byte) contentLength};
    byte[] der = new byte[1 + lengthBytes.length + contentLength];
    der[0] = 0x30;
    System.arraycopy(lengthBytes, 0, der, 1, lengthBytes.length);
    System.arraycopy(r, 0, der, 1 + lengthBytes.length, r.length);
    System.arraycopy(s, 0, der, 1 + lengthBytes.length + r.length, s.length);
    return der;
  }

  private static void copyInteger(byte[] der, int[] at, byte[] out, int offset, int size) {
    expect(der, at, 0x02);
    int length = length(der, at);
    if (length < 1 || at[0] + length > der.length) {
      throw new IllegalArgumentException("not a DER ECDSA signature: bad integer length");
    }
    int start = at[0];
    int end = start + length;
    while (start < end - 1 && der[start] == 0) {
      start++;
    }
    int significant = end - start;
    if (significant > size) {
      throw new IllegalArgumentException("not an ECDSA signature of this curve: a value has " + significant + " bytes");
    }
    System.arraycopy(der, start, out, offset + size - significant, significant);
    at[0] = end;
  }

  private static void expect(byte[] der, int[] at, int tag) {
    if (at[0] >= der.length || (der[at[0]] & 0xff) != tag) {
      throw new IllegalArgumentException("not a DER ECDSA signature: expected tag " + tag);
    }
    at[0]++;
  }

  private static int length(byte[] der, int[] at) {
    if (at[0] >= der.length) {
      throw new IllegalArgumentException("not a DER ECDSA signature: cut short");
    }
    int first = der[at[0]++] & 0xff;
    if (first < 0x80) {
      return first;
    }
    int bytes = first & 0x7f;
    if (bytes < 1 || bytes > 2 || at[0] + bytes > der.length) {
      throw new IllegalArgumentException("not a DER ECDSA signature: bad length");
    }
    int length = 0;
    for (int i = 0; i < bytes; i++) {
      length = (length << 8) | (der[at[0]++] & 0xff);
    }
    return length;
  }

  /** An unsigned big-endian value as a minimal DER INTEGER (tag, length, content). */
  private static byte[] derInteger(byte[] bytes, int offset, int length) {
    int start = offset;
    int end = offset + length;
    while (start < end - 1 && bytes[start] == 0) {
      start++;
    }
    boolean pad = (bytes[start] & 0x80) != 0;
    int contentLength = end - start + (pad ? 1 : 0);
    byte[] out = new byte[2 + contentLength];
    out[0] = 0x02;
    out[1] = (byte) contentLength;
    System.arraycopy(bytes, start, out, 2 + (pad ? 1 : 0), end - start);
    return out;
  }
}
