package io.typedclient.okta;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Base64url without padding, as JOSE writes it (RFC 7515, section 2). */
final class Base64Url {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Base64Url() {}

  static String encode(byte[] bytes) {
    return ENCODER.encodeToString(bytes);
  }

  static String encode(String text) {
    return encode(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The bytes of base64url text, with or without padding.
   *
   * @throws IllegalArgumentException when the text is not base64url
   */
  static byte[] decode(String text) {
    return DECODER.decode(text);
  }
}
