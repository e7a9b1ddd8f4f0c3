package io.typedclient.okta;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

/**
 * Signs JWS in compact serialization with one private key and one algorithm. Thread-safe: a JCA
 * {@link Signature} is not, so each signature gets its own (shared instances are how concurrent callers got
 * each other's digests in other SDKs). {@link #toString()} names the algorithm only.
 */
final class JwsSigner {
  private final PrivateKey key;
  private final JwsAlgorithm algorithm;

  JwsSigner(PrivateKey key, JwsAlgorithm algorithm) {
    this.key = key;
    this.algorithm = algorithm;
  }

  JwsAlgorithm algorithm() {
    return algorithm;
  }

  PrivateKey key() {
    return key;
  }

  /** {@code base64url(header).base64url(payload).base64url(signature)}; the JSON texts are used as given. */
  String sign(String headerJson, String payloadJson) {
    String signingInput = Base64Url.encode(headerJson) + '.' + Base64Url.encode(payloadJson);
    return signingInput + '.' + Base64Url.encode(signature(signingInput.getBytes(StandardCharsets.US_ASCII)));
  }

  /** The JWS signature of {@code input}: PKCS#1 v1.5 bytes for RSA, {@code R || S} for ECDSA. */
  byte[] signature(byte[] input) {
    try {
      Signature signature = Signature.getInstance(algorithm.jcaName);
      signature.initSign(key);
      signature.update(input);
      byte[] raw = signature.sign();
      return algorithm.isEc() ? EcdsaSignatures.derToJose(raw, algorithm.ecCoordinateBytes) : raw;
    } catch (GeneralSecurityException e) {
      // The key was checked against the algorithm when the client was built; the cause names no key material.
      throw new IllegalStateException("could not sign with " + algorithm + ": " + e.getClass().getSimpleName(), e);
    }
  }

  @Override
  public String toString() {
    return "JwsSigner{" + algorithm + "}";
  }
}
