package io.typedclient.okta;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;

/** Public keys as JWK (RFC 7517), for the {@code jwk} header of DPoP proofs, and their thumbprints (RFC 7638). */
final class Jwks {
  private Jwks() {}

  /**
   * The public JWK of {@code key} with only its required members, in lexicographic order ({@code crv, kty, x, y}
   * or {@code e, kty, n}): the form RFC 7638 hashes, so a server's {@code jkt} of this text is its SHA-256.
   *
   * @throws IllegalArgumentException for a key that is neither RSA nor EC
   */
  static String publicJwk(PublicKey key) {
    if (key instanceof ECPublicKey) {
      ECPublicKey ec = (ECPublicKey) key;
      int fieldBits = ec.getParams().getCurve().getField().getFieldSize();
      JwsAlgorithm algorithm = JwsAlgorithm.forCurveBits(fieldBits);
      if (algorithm == null) {
        throw new IllegalArgumentException("EC curve of " + fieldBits + " bits is not one of P-256, P-384, P-521");
      }
      int size = algorithm.ecCoordinateBytes;
      return new JsonText()
          .string("crv", algorithm.curve())
          .string("kty", "EC")
          .string("x", Base64Url.encode(unsigned(ec.getW().getAffineX(), size)))
          .string("y", Base64Url.encode(unsigned(ec.getW().getAffineY(), size)))
          .end();
    }
    if (key instanceof RSAPublicKey) {
      RSAPublicKey rsa = (RSAPublicKey) key;
      return new JsonText()
          .string("e", Base64Url.encode(unsigned(rsa.getPublicExponent(), 0)))
          .string("kty", "RSA")
          .string("n", Base64Url.encode(unsigned(rsa.getModulus(), 0)))
          .end();
    }
    throw new IllegalArgumentException("a DPoP key must be RSA or EC, not " + key.getAlgorithm());
  }

  /** The RFC 7638 thumbprint of a JWK written by {@link #publicJwk}: base64url SHA-256 of its text. */
  static String thumbprint(String publicJwk) {
    return Base64Url.encode(sha256(publicJwk.getBytes(StandardCharsets.UTF_8)));
  }

  static byte[] sha256(byte[] bytes) {
    try {
      // A new digest for each call: MessageDigest is not thread-safe, and the lookup costs little.
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** {@code value} big-endian without sign byte, left-padded with zeros to {@code size} bytes when size is not 0. */
  static byte[] unsigned(BigInteger value, int size) {
    byte[] bytes = value.toByteArray();
    int start = 0;
    while (start < bytes.length - 1 && bytes[start] == 0) {
      start++;
    }
    int length = bytes.length - start;
    int outLength = Math.max(size, length);
    byte[] out = new byte[outLength];
    System.arraycopy(bytes, start, out, outLength - length, length);
    return out;
  }
}
