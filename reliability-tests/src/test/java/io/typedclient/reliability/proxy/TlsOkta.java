package io.typedclient.reliability.proxy;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeUser;
import io.typedclient.reliability.secrets.Exposure;
import io.typedclient.runtime.TlsConfig;
import io.typedclient.runtime.conformance.RecordingProxy;
import io.typedclient.runtime.conformance.TestCertificateAuthority;

/**
 * FakeOkta over https with a certificate from a CA made for the run, for {@code okta.test} (a name no resolver knows:
 * only a {@link RecordingProxy} that maps it reaches it, so a call that succeeds went through the proxy),
 * {@code localhost} and {@code 127.0.0.1}. Its API token is registered with the secrets audit.
 */
final class TlsOkta implements AutoCloseable {
  static final String HOST = "okta.test";

  private final TestCertificateAuthority ca = TestCertificateAuthority.create();
  private final FakeOkta okta =
      FakeOkta.builder().tls(ca.issueServer(HOST, "localhost", "127.0.0.1").sslContext()).start();
  private final FakeUser user = okta.addUser("00u1ada0000000000001", "ada@example.com", "Ada Lovelace");

  TlsOkta() {
    Exposure.global().secret(okta.apiToken(), "API token");
  }

  FakeOkta okta() {
    return okta;
  }

  FakeUser user() {
    return user;
  }

  TestCertificateAuthority ca() {
    return ca;
  }

  /** {@code https://okta.test:<port>}. */
  String orgUrl() {
    return "https://" + HOST + ":" + okta.port();
  }

  /** {@code https://<host>:<port>}. */
  String orgUrl(String host) {
    return "https://" + host + ":" + okta.port();
  }

  /** Trust in the run's CA, on top of the JVM's. */
  TlsConfig trust() {
    return TlsConfig.builder().trustPem(ca.certificatePem(), "the test CA").build();
  }

  /** A proxy builder that maps {@link #HOST} to this FakeOkta. */
  RecordingProxy.Builder proxy() {
    return RecordingProxy.builder().mapHost(HOST, "127.0.0.1");
  }

  @Override
  public void close() {
    okta.close();
  }
}
