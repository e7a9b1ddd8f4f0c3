package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What TlsConfig refuses, and how it says so. Certificates that work are the conformance suite's TlsCases, which
 * has a CA to make them.
 */
final class TlsConfigTest {
  @TempDir Path dir;

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("missing-ca.pem");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TlsConfig.builder().trustPem(missing));

    assertThat(e).hasMessageThat().contains("CA certificate file " + missing + " cannot be read");
  }

  @Test
  void textWithoutACertificateIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TlsConfig.builder().trustPem("just some text\n", "corp-ca.pem"));

    assertThat(e).hasMessageThat().isEqualTo("corp-ca.pem holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
  }

  @Test
  void aBlockThatIsNotACertificateIsNamed() {
    String pem = "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n";

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TlsConfig.builder().trustPem(pem, "corp-ca.pem"));

    assertThat(e).hasMessageThat().startsWith("block 1 of corp-ca.pem is not a valid X.509 certificate");
  }

  @Test
  void aBlockWithoutItsEndIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TlsConfig.builder().trustPem("-----BEGIN CERTIFICATE-----\nMIIB\n", "corp-ca.pem"));

    assertThat(e).hasMessageThat().contains("without its END line");
  }

  @Test
  void replacingTheDefaultTrustWithNothingIsRefused() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> TlsConfig.builder().replaceDefaultTrust().build());

    assertThat(e).hasMessageThat().contains("would trust nothing");
  }

  @Test
  void aClientCertificateThatCannotBeReadIsNamedAndTheKeyNeverQuoted() throws Exception {
    String keyMaterial = "c2VjcmV0LWtleS1tYXRlcmlhbA==";
    Path chain = write("chain.pem", "-----BEGIN CERTIFICATE-----\nbm90\n-----END CERTIFICATE-----\n");
    Path key = write("key.pem", "-----BEGIN PRIVATE KEY-----\n" + keyMaterial + "\n-----END PRIVATE KEY-----\n");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TlsConfig.builder().clientCertificate(chain, key));

    assertThat(e).hasMessageThat().startsWith("block 1 of " + chain + " is not a valid X.509 certificate");
    assertThat(e).hasMessageThat().doesNotContain(keyMaterial);
  }

  @Test
  void keyMessagesNameTheProblem() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> Pem.privateKey(
        "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n", "rsa.pem")))
        .hasMessageThat().contains("openssl pkcs8 -topk8 -nocrypt");
    assertThat(assertThrows(IllegalArgumentException.class, () -> Pem.privateKey(
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n", "enc.pem")))
        .hasMessageThat().contains("encrypted private key");
    assertThat(assertThrows(IllegalArgumentException.class, () -> Pem.privateKey(
        "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", "bad.pem")))
        .hasMessageThat().isEqualTo("the private key in bad.pem is neither an RSA nor an EC PKCS#8 key");
    assertThat(assertThrows(IllegalArgumentException.class, () -> Pem.privateKey("text", "none.pem")))
        .hasMessageThat().contains("none.pem holds no PEM private key");
  }

  @Test
  void aCallersContextIsUsedAsGiven() throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, null, null);

    TlsConfig tls = TlsConfig.of(context);

    assertThat(tls.sslContext()).isSameInstanceAs(context);
    assertThat(tls.toString()).startsWith("TlsConfig{sslContext=TLS from ");
    assertThat(TlsConfig.builder().build().toString()).isEqualTo("TlsConfig{trust=default}");
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, text.getBytes(StandardCharsets.US_ASCII));
    return file;
  }
}
