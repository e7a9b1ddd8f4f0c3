package io.typedclient.runtime.conformance;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A certificate authority made for one test run, with the JDK alone (EC P-256 keys, ECDSA with SHA-256; the
 * certificates are written in DER by this class, since the JDK has no public API for it): a CA that no trust store
 * knows, and server and client certificates it signs. Nothing is read from or written to disk unless the test
 * writes the PEM text somewhere.
 *
 * <pre>
 * TestCertificateAuthority ca = TestCertificateAuthority.create();
 * TestCertificateAuthority.Issued server = ca.issueServer("okta.test", "localhost", "127.0.0.1");
 * SSLContext serverTls = server.sslContext();      // for the server under test
 * Files.writeString(caFile, ca.certificatePem());  // what the client is told to trust
 * </pre>
 *
 * Certificates are valid from an hour ago for two days. Thread-safe.
 */
public final class TestCertificateAuthority {
  private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
  private static final String COMMON_NAME = "2.5.4.3";
  private static final String BASIC_CONSTRAINTS = "2.5.29.19";
  private static final String KEY_USAGE = "2.5.29.15";
  private static final String EXTENDED_KEY_USAGE = "2.5.29.37";
  private static final String SUBJECT_ALT_NAME = "2.5.29.17";
  private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
  private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

  private final String name;
  private final KeyPair keys;
  private final X509Certificate certificate;
  private final AtomicLong serials = new AtomicLong(2);

  private TestCertificateAuthority(String name) {
    this.name = name;
    this.keys = newKeyPair();
    this.certificate = sign(name, keys, BigInteger.ONE, caExtensions());
  }

  /** A new CA named {@code typedclient test CA}. */
  public static TestCertificateAuthority create() {
    return create("typedclient test CA");
  }

  /** A new CA with this common name. */
  public static TestCertificateAuthority create(String commonName) {
    return new TestCertificateAuthority(Objects.requireNonNull(commonName, "commonName"));
  }

  /** The CA's own (self-signed) certificate: what a client that trusts this CA is given. */
  public X509Certificate certificate() {
    return certificate;
  }

  /** {@link #certificate()} as PEM. */
  public String certificatePem() {
    return pem("CERTIFICATE", encoded(certificate));
  }

  /**
   * A server certificate for these host names and IP addresses (each becomes a subject alternative name, which is
   * what clients check), signed by this CA.
   */
  public Issued issueServer(String... hostNamesAndAddresses) {
    if (hostNamesAndAddresses.length == 0) {
      throw new IllegalArgumentException("a server certificate needs at least one host name or address");
    }
    KeyPair subject = newKeyPair();
    byte[] extensions = Der.sequence(
        extension(BASIC_CONSTRAINTS, true, Der.sequence()),
        extension(KEY_USAGE, true, Der.bitString(new byte[] {(byte) 0x80})), // digitalSignature
        extension(EXTENDED_KEY_USAGE, false, Der.sequence(Der.oid(SERVER_AUTH))),
        extension(SUBJECT_ALT_NAME, false, alternativeNames(hostNamesAndAddresses)));
    return new Issued(subject.getPrivate(), sign(hostNamesAndAddresses[0], subject, extensions), this);
  }

  /** A client certificate (for mutual TLS) with this common name, signed by this CA. */
  public Issued issueClient(String commonName) {
    KeyPair subject = newKeyPair();
    byte[] extensions = Der.sequence(
        extension(BASIC_CONSTRAINTS, true, Der.sequence()),
        extension(KEY_USAGE, true, Der.bitString(new byte[] {(byte) 0x80})),
        extension(EXTENDED_KEY_USAGE, false, Der.sequence(Der.oid(CLIENT_AUTH))));
    return new Issued(subject.getPrivate(), sign(commonName, subject, extensions), this);
  }

  /**
   * A context that trusts this CA alone and shows no certificate: a client that trusts nothing else, for tests
   * that do not go through the transports' own configuration.
   */
  public SSLContext trustingContext() {
    return context(null, null);
  }

  @Override
  public String toString() {
    return "TestCertificateAuthority{" + name + "}";
  }

  private X509Certificate sign(String commonName, KeyPair subject, byte[] extensions) {
    return sign(commonName, subject, BigInteger.valueOf(serials.getAndIncrement()), extensions);
  }

  /** Signs a certificate for {@code subject} with the CA's key. */
  private X509Certificate sign(String commonName, KeyPair subject, BigInteger serial, byte[] extensions) {
    ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).withNano(0);
    byte[] algorithm = Der.sequence(Der.oid(ECDSA_WITH_SHA256));
    byte[] tbs = Der.sequence(
        Der.context(0, true, Der.integer(BigInteger.valueOf(2))), // v3
        Der.integer(serial),
        algorithm,
        distinguishedName(name),
        Der.sequence(Der.utcTime(now.minusHours(1)), Der.utcTime(now.plusDays(2))),
        distinguishedName(commonName),
        subject.getPublic().getEncoded(), // SubjectPublicKeyInfo, already DER
        Der.context(3, true, extensions));
    try {
      Signature signature = Signature.getInstance("SHA256withECDSA");
      signature.initSign(keys.getPrivate());
      signature.update(tbs);
      byte[] certificate = Der.sequence(tbs, algorithm, Der.bitString(signature.sign()));
      return (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(certificate));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a test certificate", e);
    }
  }

  private static byte[] caExtensions() {
    return Der.sequence(
        extension(BASIC_CONSTRAINTS, true, Der.sequence(Der.bool(true))),
        extension(KEY_USAGE, true, Der.bitString(new byte[] {(byte) 0x06}))); // keyCertSign, cRLSign
  }

  private static byte[] extension(String oid, boolean critical, byte[] value) {
    return critical
        ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value))
        : Der.sequence(Der.oid(oid), Der.octetString(value));
  }

  private static byte[] distinguishedName(String commonName) {
    return Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8(commonName))));
  }

  private static byte[] alternativeNames(String... names) {
    List<byte[]> entries = new ArrayList<>();
    for (String name : names) {
      if (isIpLiteral(name)) {
        try {
          entries.add(Der.context(7, false, InetAddress.getByName(name).getAddress()));
        } catch (UnknownHostException e) {
          throw new IllegalArgumentException("not an IP address: " + name, e);
        }
      } else {
        entries.add(Der.context(2, false, name.getBytes(StandardCharsets.US_ASCII)));
      }
    }
    return Der.sequence(entries.toArray(new byte[0][]));
  }

  private static boolean isIpLiteral(String name) {
    return name.indexOf(':') >= 0 || name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }

  private static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK cannot generate P-256 keys", e);
    }
  }

  private SSLContext context(PrivateKey key, X509Certificate certificate) {
    try {
      char[] password = "test".toCharArray();
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("ca", this.certificate);
      TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trustManagers.init(trust);
      KeyManagerFactory keyManagers = null;
      if (key != null) {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry("key", key, password, new Certificate[] {certificate, this.certificate});
        keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keyStore, password);
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers == null ? null : keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("cannot build a TLS context from test certificates", e);
    }
  }

  private static byte[] encoded(Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }

  /** A certificate this CA issued, with its private key. */
  public static final class Issued {
    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    private final TestCertificateAuthority issuer;

    private Issued(PrivateKey privateKey, X509Certificate certificate, TestCertificateAuthority issuer) {
      this.privateKey = privateKey;
      this.certificate = certificate;
      this.issuer = issuer;
    }

    /** The certificate. */
    public X509Certificate certificate() {
      return certificate;
    }

    /** Its private key. */
    public PrivateKey privateKey() {
      return privateKey;
    }

    /** The certificate and then the CA's, as PEM: a chain as servers and clients present it. */
    public String certificateChainPem() {
      return pem("CERTIFICATE", encoded(certificate)) + issuer.certificatePem();
    }

    /** The private key as unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). */
    public String privateKeyPem() {
      return pem("PRIVATE KEY", privateKey.getEncoded());
    }

    /**
     * A context that presents this certificate (with the CA's) and trusts the CA: for a server (which then also
     * accepts clients the CA issued, when it asks for client certificates), or for a client with a certificate.
     */
    public SSLContext sslContext() {
      return issuer.context(privateKey, certificate);
    }

    @Override
    public String toString() {
      return "Issued{" + certificate.getSubjectX500Principal().getName() + "}";
    }
  }
}
