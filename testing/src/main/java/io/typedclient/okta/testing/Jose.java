package io.typedclient.okta.testing;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Map;
import okio.Buffer;

/**
 * The JOSE FakeOkta needs to judge a client: compact JWS parsing, signature verification for RS256/384/512 and
 * ES256/384/512 (ECDSA in JOSE {@code R || S} form, RFC 7518 section 3.4), public JWKs and their RFC 7638
 * thumbprints. Written from the RFCs, separately from any client's code, so that it can judge one.
 */
final class Jose {
  private Jose() {}

  /** A compact JWS split and decoded; not yet verified. */
  static final class Jws {
    final Map<String, Object> header;
    final Map<String, Object> claims;
    final byte[] signingInput;
    final byte[] signature;

    Jws(Map<String, Object> header, Map<String, Object> claims, byte[] signingInput, byte[] signature) {
      this.header = header;
      this.claims = claims;
      this.signingInput = signingInput;
      this.signature = signature;
    }

    String headerString(String name) {
      Object value = header.get(name);
      return value instanceof String ? (String) value : null;
    }

    String claimString(String name) {
      Object value = claims.get(name);
      return value instanceof String ? (String) value : null;
    }

    /** A numeric claim as whole seconds, or {@code null} when absent or not a number. */
    Long claimSeconds(String name) {
      Object value = claims.get(name);
      return value instanceof Number ? ((Number) value).longValue() : null;
    }
  }

  /** Thrown for anything that is not a well-formed JWS; the message names the part, never the content. */
  static final class JoseException extends Exception {
    private static final long serialVersionUID = 1L;

    JoseException(String message) {
      super(message);
    }
  }

  static Jws parse(String compact) throws JoseException {
    if (compact == null || compact.length() > 16 * 1024) {
      throw new JoseException("missing or too long");
    }
    String[] parts = compact.split("\\.", -1);
    if (parts.length != 3) {
      throw new JoseException("not a compact JWS (three base64url parts)");
    }
    Map<String, Object> header = object(decode(parts[0], "header"), "header");
    Map<String, Object> claims = object(decode(parts[1], "payload"), "payload");
    byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    return new Jws(header, claims, input, decode(parts[2], "signature"));
  }

  static byte[] decode(String part, String what) throws JoseException {
    if (part.indexOf('=') >= 0 || part.indexOf('+') >= 0 || part.indexOf('/') >= 0) {
      throw new JoseException("the " + what + " is not unpadded base64url");
    }
    try {
      return Base64.getUrlDecoder().decode(part);
    } catch (IllegalArgumentException e) {
      throw new JoseException("the " + what + " is not base64url");
    }
  }

  static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(byte[] json, String what) throws JoseException {
    try (JsonReader reader = JsonReader.of(new Buffer().write(json))) {
      Object value = reader.readJsonValue();
      if (!(value instanceof Map) || reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JoseException("the " + what + " is not one JSON object");
      }
      return (Map<String, Object>) value;
    } catch (IOException | RuntimeException e) {
      throw new JoseException("the " + what + " is not JSON");
    }
  }

  /** Whether {@code jws} is signed with {@code alg} by the private half of {@code key}. */
  static boolean verify(Jws jws, String alg, PublicKey key) {
    String jca;
    int ecSize = 0;
    switch (alg) {
      case "RS256": jca = "SHA256withRSA"; break;
      case "RS384": jca = "SHA384withRSA"; break;
      case "RS512": jca = "SHA512withRSA"; break;
      case "ES256": jca = "SHA256withECDSA"; ecSize = 32; break;
      case "ES384": jca = "SHA384withECDSA"; ecSize = 48; break;
      case "ES512": jca = "SHA512withECDSA"; ecSize = 66; break;
      default: return false;
    }
    if ((ecSize > 0) != (key instanceof ECPublicKey)) {
      return false;
    }
    try {
      byte[] signature = jws.signature;
      if (ecSize > 0) {
        if (signature.length != 2 * ecSize || curveBytes((ECPublicKey) key) != ecSize) {
          return false;
        }
        signature = derOf(signature, ecSize);
      }
      Signature verifier = Signature.getInstance(jca);
      verifier.initVerify(key);
      verifier.update(jws.signingInput);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  private static int curveBytes(ECPublicKey key) {
    return (key.getParams().getCurve().getField().getFieldSize() + 7) / 8;
  }

  /** DER {@code SEQUENCE {INTEGER r, INTEGER s}} for a JOSE {@code R || S}. */
  static byte[] derOf(byte[] jose, int size) {
    byte[] r = new BigInteger(1, java.util.Arrays.copyOfRange(jose, 0, size)).toByteArray();
    byte[] s = new BigInteger(1, java.util.Arrays.copyOfRange(jose, size, 2 * size)).toByteArray();
    int content = 2 + r.length + 2 + s.length;
    java.io.ByteArrayOutputStream der = new java.io.ByteArrayOutputStream();
    der.write(0x30);
    if (content >= 128) {
      der.write(0x81);
    }
    der.write(content);
    der.write(0x02);
    der.write(r.length);
    der.write(r, 0, r.length);
    der.write(0x02);
    der.write(s.length);
    der.write(s, 0, s.length);
    return der.toByteArray();
  }

  /**
   * The public key of a JWK ({@code kty} RSA with {@code n}, {@code e}; EC with {@code crv} P-256, P-384 or P-521,
   * {@code x}, {@code y}).
   */
  static PublicKey publicKey(Map<String, Object> jwk) throws JoseException {
    Object kty = jwk.get("kty");
    try {
      if ("RSA".equals(kty)) {
        return KeyFactory.getInstance("RSA")
            .generatePublic(new RSAPublicKeySpec(integer(jwk, "n"), integer(jwk, "e")));
      }
      if ("EC".equals(kty)) {
        String curve;
        Object crv = jwk.get("crv");
        if ("P-256".equals(crv)) {
          curve = "secp256r1";
        } else if ("P-384".equals(crv)) {
          curve = "secp384r1";
        } else if ("P-521".equals(crv)) {
          curve = "secp521r1";
        } else {
          throw new JoseException("the JWK's curve is not P-256, P-384 or P-521");
        }
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec(curve));
        ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
        return KeyFactory.getInstance("EC")
            .generatePublic(new ECPublicKeySpec(new ECPoint(integer(jwk, "x"), integer(jwk, "y")), spec));
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new JoseException("the JWK is not a valid " + kty + " public key");
    }
    throw new JoseException("the JWK's kty is not RSA or EC");
  }

  /** A public JWK read from JSON text. */
  static PublicKey publicKey(String jwkJson) throws JoseException {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(jwkJson))) {
      Object value = reader.readJsonValue();
      if (!(value instanceof Map)) {
        throw new JoseException("the JWK is not a JSON object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> jwk = (Map<String, Object>) value;
      return publicKey(jwk);
    } catch (IOException | RuntimeException e) {
      throw new JoseException("the JWK is not JSON");
    }
  }

  private static BigInteger integer(Map<String, Object> jwk, String name) throws JoseException {
    Object value = jwk.get(name);
    if (!(value instanceof String)) {
      throw new JoseException("the JWK has no \"" + name + "\"");
    }
    return new BigInteger(1, decode((String) value, "JWK member " + name));
  }

  /** The RFC 7638 thumbprint of a public key: SHA-256 of its required members in lexicographic order. */
  static String thumbprint(PublicKey key) {
    String json;
    if (key instanceof ECPublicKey) {
      ECPublicKey ec = (ECPublicKey) key;
      int size = curveBytes(ec);
      String crv = size == 32 ? "P-256" : size == 48 ? "P-384" : "P-521";
      json = "{\"crv\":\"" + crv + "\",\"kty\":\"EC\",\"x\":\"" + encode(fixed(ec.getW().getAffineX(), size))
          + "\",\"y\":\"" + encode(fixed(ec.getW().getAffineY(), size)) + "\"}";
    } else {
      RSAPublicKey rsa = (RSAPublicKey) key;
      json = "{\"e\":\"" + encode(fixed(rsa.getPublicExponent(), 0)) + "\",\"kty\":\"RSA\",\"n\":\""
          + encode(fixed(rsa.getModulus(), 0)) + "\"}";
    }
    return encode(sha256(json.getBytes(StandardCharsets.UTF_8)));
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] fixed(BigInteger value, int size) {
    byte[] bytes = value.toByteArray();
    int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    int length = bytes.length - start;
    byte[] out = new byte[Math.max(size, length)];
    System.arraycopy(bytes, start, out, out.length - length, length);
    return out;
  }
}
