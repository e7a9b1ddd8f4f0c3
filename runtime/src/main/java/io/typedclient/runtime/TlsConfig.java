package io.typedclient.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * Which servers one client trusts, and the certificate it shows, instead of the JVM's defaults: an
 * {@link SSLContext} of the caller's, or CA certificates from PEM added to the default trust (or replacing it), and
 * optionally a client certificate and key for mutual TLS. Give it to {@link JdkHttpTransport.Builder#tls},
 * {@link UrlConnectionTransport.Builder#tls} or (for the default transport) {@link ClientConfig.Builder#tls}.
 *
 * <pre>
 * TlsConfig tls = TlsConfig.builder()
 *     .trustPem(Path.of("/etc/corp/ca-bundle.pem"))   // the company's TLS-inspecting proxy CA
 *     .build();
 * </pre>
 *
 * <p>Host names are always verified, against the request's host, whatever the trust: there is no setting that
 * turns verification off and no "trust all". The default trust is the JVM's ({@code javax.net.ssl.trustStore} when
 * set, else the JDK's {@code cacerts}; the system store on Android). Files are read and checked as they are
 * given to the builder, and a problem is an {@link IllegalArgumentException} naming the file. Immutable and thread-safe; {@link #toString()}
 * names the sources, never key material.
 */
public final class TlsConfig {
  private final SSLContext sslContext;
  private final String description;

  private TlsConfig(SSLContext sslContext, String description) {
    this.sslContext = sslContext;
    this.description = description;
  }

  /**
   * Uses {@code sslContext} as it is, already initialised. Host names are still verified: the transports ask for
   * it on every connection.
   */
  public static TlsConfig of(SSLContext sslContext) {
    return new TlsConfig(Objects.requireNonNull(sslContext, "sslContext"),
        "sslContext=" + sslContext.getProtocol() + " from " + sslContext.getProvider().getName());
  }

  /** A builder: the default trust, until told otherwise. */
  public static Builder builder() {
    return new Builder();
  }

  /** The context the transports connect with. */
  public SSLContext sslContext() {
    return sslContext;
  }

  @Override
  public String toString() {
    return "TlsConfig{" + description + "}";
  }

  /** Builds a {@link TlsConfig}; not thread-safe. */
  public static final class Builder {
    private final List<X509Certificate> trusted = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private boolean replaceDefaultTrust;
    private @Nullable List<X509Certificate> clientChain;
    private @Nullable PrivateKey clientKey;
    private @Nullable String clientSource;

    private Builder() {}

    /**
     * Trusts the CA certificates of a PEM file (one or more {@code -----BEGIN CERTIFICATE-----} blocks; other text
     * is skipped), in addition to the default trust unless {@link #replaceDefaultTrust()}.
     *
     * @throws IllegalArgumentException if the file cannot be read or holds no usable certificate
     */
    public Builder trustPem(Path file) {
      Objects.requireNonNull(file, "file");
      return trustPem(read(file, "CA certificate file"), file.toString());
    }

    /**
     * As {@link #trustPem(Path)}, with the PEM text; {@code source} names it in messages.
     *
     * @throws IllegalArgumentException if the text holds no usable certificate
     */
    public Builder trustPem(String pem, String source) {
      Objects.requireNonNull(pem, "pem");
      Objects.requireNonNull(source, "source");
      trusted.addAll(Pem.certificates(pem, source));
      sources.add(source);
      return this;
    }

    /** Trusts only the certificates given to {@link #trustPem}, not the default trust as well. */
    public Builder replaceDefaultTrust() {
      this.replaceDefaultTrust = true;
      return this;
    }

    /**
     * Shows this certificate chain (PEM, the client's certificate first) and its private key (PEM, unencrypted
     * PKCS#8 {@code -----BEGIN PRIVATE KEY-----}, RSA or EC) to servers that ask for one: mutual TLS.
     *
     * @throws IllegalArgumentException if a file cannot be read, or holds no usable certificate or key
     */
    public Builder clientCertificate(Path certificateChain, Path privateKey) {
      Objects.requireNonNull(certificateChain, "certificateChain");
      Objects.requireNonNull(privateKey, "privateKey");
      this.clientChain = Pem.certificates(read(certificateChain, "client certificate file"), certificateChain.toString());
      this.clientKey = Pem.privateKey(read(privateKey, "client key file"), privateKey.toString());
      this.clientSource = certificateChain.toString();
      return this;
    }

    /**
     * The configuration, with its {@link SSLContext} built now.
     *
     * @throws IllegalStateException if {@link #replaceDefaultTrust()} was asked with no certificate to trust, or
     *     the platform refuses the certificates or key
     */
    public TlsConfig build() {
      if (replaceDefaultTrust && trusted.isEmpty()) {
        throw new IllegalStateException("replaceDefaultTrust() with no certificate from trustPem(...) would trust nothing");
      }
      try {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers(), trustManagers(), null);
        return new TlsConfig(context, description());
      } catch (GeneralSecurityException | IOException e) {
        throw new IllegalStateException("cannot build the TLS configuration (" + description() + "): " + e, e);
      }
    }

    private String description() {
      String trust = trusted.isEmpty() ? "default"
          : (replaceDefaultTrust ? "" : "default + ") + trusted.size() + " certificate" + (trusted.size() == 1 ? "" : "s")
              + " from " + String.join(", ", sources);
      return "trust=" + trust + (clientSource == null ? "" : ", client certificate from " + clientSource);
    }

    private TrustManager @Nullable [] trustManagers() throws GeneralSecurityException, IOException {
      if (trusted.isEmpty()) {
        return null; // the platform's default trust managers
      }
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int n = 0;
      if (!replaceDefaultTrust) {
        TrustManagerFactory platform = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        platform.init((KeyStore) null);
        for (TrustManager manager : platform.getTrustManagers()) {
          if (manager instanceof X509TrustManager) {
            for (X509Certificate anchor : ((X509TrustManager) manager).getAcceptedIssuers()) {
              store.setCertificateEntry("default-" + n++, anchor);
            }
          }
        }
      }
      for (X509Certificate certificate : trusted) {
        store.setCertificateEntry("configured-" + n++, certificate);
      }
      TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      return factory.getTrustManagers();
    }

    private KeyManager @Nullable [] keyManagers() throws GeneralSecurityException, IOException {
      PrivateKey key = clientKey;
      List<X509Certificate> chain = clientChain;
      if (key == null || chain == null) {
        return null;
      }
      // Only in memory, for the KeyManagerFactory's API: some key stores refuse an empty password.
      char[] password = "typedclient".toCharArray();
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      store.setKeyEntry("client", key, password, chain.toArray(new Certificate[0]));
      KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(store, password);
      return factory.getKeyManagers();
    }

    private static String read(Path file, String what) {
      try {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      } catch (IOException e) {
        throw new IllegalArgumentException(what + " " + file + " cannot be read: " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
      }
    }
  }
}
