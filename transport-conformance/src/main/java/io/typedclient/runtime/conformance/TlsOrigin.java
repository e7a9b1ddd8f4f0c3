package io.typedclient.runtime.conformance;

import io.typedclient.runtime.TlsConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import mockwebserver3.MockWebServer;

/**
 * For the TLS and proxy cases: a MockWebServer on loopback that speaks TLS with a certificate from a new
 * {@link TestCertificateAuthority}, for the names the case chooses. Closing it stops the server.
 */
final class TlsOrigin implements AutoCloseable {
  private final TestCertificateAuthority ca;
  private final MockWebServer server = new MockWebServer();

  private TlsOrigin(TestCertificateAuthority ca, TestCertificateAuthority.Issued certificate, boolean clientAuth) {
    this.ca = ca;
    server.useHttps(certificate.sslContext().getSocketFactory());
    if (clientAuth) {
      server.requireClientAuth();
    }
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A server whose certificate names {@code names}, from a CA no trust store knows. */
  static TlsOrigin start(String... names) {
    TestCertificateAuthority ca = TestCertificateAuthority.create();
    return new TlsOrigin(ca, ca.issueServer(names), false);
  }

  /** As {@link #start}, requiring a client certificate that {@link #ca()} issued. */
  static TlsOrigin requiringClientCertificates(String... names) {
    TestCertificateAuthority ca = TestCertificateAuthority.create();
    return new TlsOrigin(ca, ca.issueServer(names), true);
  }

  TestCertificateAuthority ca() {
    return ca;
  }

  MockWebServer server() {
    return server;
  }

  /** Trust in the server's CA, on top of the JVM's. */
  TlsConfig trust() {
    return TlsConfig.builder().trustPem(ca.certificatePem(), "the test CA").build();
  }

  /** {@code https://host:port/path} of this server under the name {@code host}. */
  URI url(String host, String path) {
    return URI.create("https://" + host + ":" + server.getPort() + path);
  }

  /** {@code host:port}, as a proxy is asked to connect to it. */
  String authority(String host) {
    return host + ":" + server.getPort();
  }

  @Override
  public void close() {
    server.close();
  }
}
