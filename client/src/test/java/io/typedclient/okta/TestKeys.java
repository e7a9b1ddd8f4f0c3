package io.typedclient.okta;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/** Key pairs for the OAuth tests, made once per JVM (an RSA pair takes a while on a busy machine). */
final class TestKeys {
  private TestKeys() {}

  private static final class Holder {
    static final KeyPair RSA = generate("RSA", 2048);
    static final KeyPair P256 = ec("secp256r1");
    static final KeyPair P384 = ec("secp384r1");
    static final KeyPair P521 = ec("secp521r1");
  }

  static KeyPair rsa() {
    return Holder.RSA;
  }

  static KeyPair p256() {
    return Holder.P256;
  }

  static KeyPair p384() {
    return Holder.P384;
  }

  static KeyPair p521() {
    return Holder.P521;
  }

  /** A new P-256 pair, for a test that needs its own. */
  static KeyPair newP256() {
    return ec("secp256r1");
  }

  /** The private key as a PKCS#8 PEM. */
  static String pem(KeyPair pair) {
    String base64 = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .encodeToString(pair.getPrivate().getEncoded());
    return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
  }

  static KeyPair generate(String algorithm, int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
      generator.initialize(bits);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static KeyPair ec(String curve) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec(curve));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
