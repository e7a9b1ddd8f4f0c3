package io.typedclient.runtime;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads PEM text (RFC 7468) for {@link TlsConfig}: X.509 certificates, and one unencrypted PKCS#8 private key (RSA
 * or EC). Text between blocks (the comments of a CA bundle) is skipped. Messages name the source and the block,
 * never the key material.
 */
final class Pem {
  private static final String BEGIN = "-----BEGIN ";
  private static final String END = "-----END ";

  private Pem() {}

  /**
   * Every {@code CERTIFICATE} block of {@code text}.
   *
   * @throws IllegalArgumentException if there is none, or one cannot be read
   */
  static List<X509Certificate> certificates(String text, String source) {
    List<X509Certificate> certificates = new ArrayList<>();
    CertificateFactory factory;
    try {
      factory = CertificateFactory.getInstance("X.509");
    } catch (CertificateException e) {
      throw new IllegalStateException("this platform has no X.509 certificate support", e);
    }
    int blocks = 0;
    for (Block block : blocks(text, source)) {
      blocks++;
      if (!block.label.equals("CERTIFICATE")) {
        continue;
      }
      try {
        certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der)));
      } catch (CertificateException | ClassCastException e) {
        throw new IllegalArgumentException(
            "block " + blocks + " of " + source + " is not a valid X.509 certificate: " + e.getMessage(), e);
      }
    }
    if (certificates.isEmpty()) {
      throw new IllegalArgumentException(source + " holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
    }
    return certificates;
  }

  /**
   * The one private key of {@code text}: {@code PRIVATE KEY} (PKCS#8, unencrypted), RSA or EC.
   *
   * @throws IllegalArgumentException saying what the text holds instead, and how to convert it
   */
  static PrivateKey privateKey(String text, String source) {
    PrivateKey key = null;
    for (Block block : blocks(text, source)) {
      if (block.label.equals("ENCRYPTED PRIVATE KEY")) {
        throw new IllegalArgumentException(source + " holds an encrypted private key; decrypt it first: "
            + "openssl pkcs8 -topk8 -nocrypt -in KEY -out key.pem");
      }
      if (block.label.equals("RSA PRIVATE KEY") || block.label.equals("EC PRIVATE KEY")) {
        throw new IllegalArgumentException(source + " holds a " + block.label + " (PKCS#1 or SEC 1); convert it to "
            + "PKCS#8: openssl pkcs8 -topk8 -nocrypt -in KEY -out key.pem");
      }
      if (!block.label.equals("PRIVATE KEY")) {
        continue;
      }
      if (key != null) {
        throw new IllegalArgumentException(source + " holds more than one private key");
      }
      key = pkcs8(block.der, source);
    }
    if (key == null) {
      throw new IllegalArgumentException(source + " holds no PEM private key (-----BEGIN PRIVATE KEY-----)");
    }
    return key;
  }

  private static PrivateKey pkcs8(byte[] der, String source) {
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
    for (String algorithm : new String[] {"RSA", "EC"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(spec);
      } catch (GeneralSecurityException | RuntimeException e) {
        // Not this algorithm: try the next one.
      }
    }
    throw new IllegalArgumentException("the private key in " + source + " is neither an RSA nor an EC PKCS#8 key");
  }

  private static List<Block> blocks(String text, String source) {
    List<Block> blocks = new ArrayList<>();
    int from = 0;
    while (true) {
      int begin = text.indexOf(BEGIN, from);
      if (begin < 0) {
        return blocks;
      }
      int labelEnd = text.indexOf("-----", begin + BEGIN.length());
      if (labelEnd < 0) {
        throw new IllegalArgumentException(source + " has a PEM header without its closing dashes");
      }
      String label = text.substring(begin + BEGIN.length(), labelEnd).trim();
      String footer = END + label + "-----";
      int end = text.indexOf(footer, labelEnd + 5);
      if (end < 0) {
        throw new IllegalArgumentException(source + " has a \"-----BEGIN " + label + "-----\" without its END line");
      }
      byte[] der;
      try {
        der = Base64.getMimeDecoder().decode(text.substring(labelEnd + 5, end).trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + " has a " + label + " block that is not valid base64", null);
      }
      blocks.add(new Block(label, der));
      from = end + footer.length();
    }
  }

  private static final class Block {
    final String label;
    final byte[] der;

    Block(String label, byte[] der) {
      this.label = label;
      this.der = der;
    }
  }
}
