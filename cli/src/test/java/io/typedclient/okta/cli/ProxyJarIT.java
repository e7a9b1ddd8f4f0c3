package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.cli.OrgFixture.API_TOKEN;
import static io.typedclient.okta.cli.OrgFixture.USER_ID;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.runtime.conformance.RecordingProxy;
import io.typedclient.runtime.conformance.TestCertificateAuthority;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar behind a proxy and a CA of its own, as an operator runs it: with {@code HTTPS_PROXY} (credentials
 * in the URL) and {@code --ca-cert}, and with nothing but the JVM's {@code -Dhttps.proxyHost} and
 * {@code -Djavax.net.ssl.trustStore}, which still apply when no proxy or CA is given. FakeOkta is at
 * {@code okta.test}, which only the proxy resolves.
 */
@Timeout(120)
class ProxyJarIT {
  private static final String PASSWORD = "jar-PROXY-pass-1357";

  @TempDir Path dir;

  @Test
  void httpsProxyVariableAndCaCertCarryTheCommandThroughTheTunnel() throws Exception {
    TestCertificateAuthority ca = TestCertificateAuthority.create();
    Path caFile = dir.resolve("corp-ca.pem");
    Files.write(caFile, ca.certificatePem().getBytes(StandardCharsets.US_ASCII));
    try (FakeOkta okta = FakeOkta.builder().apiToken(API_TOKEN).tls(ca.issueServer("okta.test").sslContext()).start();
        RecordingProxy proxy = RecordingProxy.builder().requireCredentials("svc", PASSWORD)
            .mapHost("okta.test", "127.0.0.1").start()) {
      FakeSession session = okta.createSession(okta.addUser(USER_ID, "ada@example.com", "Ada Lovelace"));
      Map<String, String> env = Map.of(
          "OKTA_CLIENT_ORGURL", "https://okta.test:" + okta.port(),
          "OKTA_CLIENT_TOKEN", API_TOKEN,
          "HTTPS_PROXY", "http://svc:" + PASSWORD + "@" + proxy.host() + ":" + proxy.port());

      PackagedJar.Run run = PackagedJar.run(env, List.of(), "-v", "--ca-cert", caFile.toString(), "get", session.id());

      assertThat(run.exitCode()).isEqualTo(0);
      assertThat(run.out()).contains("ACTIVE");
      assertThat(run.err()).contains("via " + proxy.host() + ":" + proxy.port());
      assertThat(proxy.connects()).hasSize(1);
      assertThat(proxy.connects().get(0).status()).isEqualTo(200);
      assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
      assertThat(run.out() + run.err()).doesNotContain(API_TOKEN);
    }
  }

  @Test
  void withoutProxyOptionsTheJvmsProxyAndTrustStoreStillApply() throws Exception {
    TestCertificateAuthority ca = TestCertificateAuthority.create();
    Path trustStore = dir.resolve("trust.p12");
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("test-ca", ca.certificate());
    try (OutputStream out = Files.newOutputStream(trustStore)) {
      store.store(out, "changeit".toCharArray());
    }
    try (FakeOkta okta = FakeOkta.builder().apiToken(API_TOKEN).tls(ca.issueServer("okta.test").sslContext()).start();
        RecordingProxy proxy = RecordingProxy.builder().mapHost("okta.test", "127.0.0.1").start()) {
      FakeSession session = okta.createSession(okta.addUser(USER_ID, "ada@example.com", "Ada Lovelace"));

      PackagedJar.Run run = PackagedJar.run(
          Map.of("OKTA_CLIENT_ORGURL", "https://okta.test:" + okta.port(), "OKTA_CLIENT_TOKEN", API_TOKEN),
          List.of("-Dhttps.proxyHost=" + proxy.host(), "-Dhttps.proxyPort=" + proxy.port(),
              "-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStorePassword=changeit"),
          "-v", "get", session.id());

      assertThat(run.exitCode()).isEqualTo(0);
      assertThat(run.err()).contains("via " + proxy.host() + ":" + proxy.port() + " (JVM proxy settings)");
      assertThat(proxy.connects()).hasSize(1);
      assertThat(proxy.connects().get(0).target()).isEqualTo("okta.test:" + okta.port());
    }
  }
}
