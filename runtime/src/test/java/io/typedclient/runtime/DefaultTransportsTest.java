package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.internal.DefaultTransports;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Which transport a client makes for itself, in a JVM with the JDK's default networking properties, where
 * {@code jdk.http.auth.tunneling.disabledSchemes} lists Basic (the conformance suite's basic-tunneling execution
 * covers the other case).
 */
final class DefaultTransportsTest {
  private static final String PASSWORD = "PROXYpassword-1";
  private static final ProxyConfig WITH_CREDENTIALS =
      ProxyConfig.builder("proxy.corp.test", 3128).credentials("svc", PASSWORD).build();

  @Test
  void thisJvmKeepsBasicOutOfJavaNetHttpTunnels() {
    assertThat(System.getProperty("jdk.http.auth.tunneling.disabledSchemes")).isNull();
    assertThat(JdkHttpTransport.sendsProxyCredentialsInTunnels()).isFalse();
  }

  @Test
  void javaNetHttpUnlessProxyCredentialsNeedTheTunnelOpenedByTheTransport() {
    try (HttpTransport plain = DefaultTransports.create(Duration.ofSeconds(3), null, null);
        HttpTransport proxied = DefaultTransports.create(Duration.ofSeconds(3), ProxyConfig.of("proxy.corp.test", 3128), null);
        HttpTransport authenticated = DefaultTransports.create(Duration.ofSeconds(3), WITH_CREDENTIALS, null)) {
      assertThat(plain).isInstanceOf(JdkHttpTransport.class);
      assertThat(proxied).isInstanceOf(JdkHttpTransport.class);
      assertThat(authenticated).isInstanceOf(UrlConnectionTransport.class);
      assertThat(authenticated.toString()).contains("user=svc, password=***");
      assertThat(authenticated.toString()).doesNotContain(PASSWORD);
    }
  }

  @Test
  void aClientRuntimeWithProxyCredentialsNeverPrintsThePassword() {
    ClientConfig config = ClientConfig.builder().baseUrl("https://example.okta.com").proxy(WITH_CREDENTIALS).build();

    try (ClientRuntime runtime = new ClientRuntime(config)) {
      assertThat(runtime.toString()).doesNotContain(PASSWORD);
    }
    assertThat(ClientConfig.builder().baseUrl("https://example.okta.com").build().proxy()).isNull();
  }

  @Test
  void jdkHttpTransportRefusesCredentialsItWouldNotSendAndSaysWhatToSet() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> JdkHttpTransport.builder().proxy(WITH_CREDENTIALS).build());

    assertThat(e).hasMessageThat().contains("proxy.corp.test:3128");
    assertThat(e).hasMessageThat().contains("-Djdk.http.auth.tunneling.disabledSchemes=");
    assertThat(e).hasMessageThat().contains("UrlConnectionTransport");
    assertThat(e).hasMessageThat().doesNotContain(PASSWORD);
  }
}
