package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.ClientConfig;
import io.typedclient.runtime.ProxyConfig;
import io.typedclient.runtime.TlsConfig;
import io.typedclient.runtime.UrlConnectionTransport;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The proxy of an Okta client from Okta's conventions ({@code okta.client.proxy.*}, {@code OKTA_CLIENT_PROXY_*}),
 * and what the builder refuses. No network: FakeOkta through a real proxy is in reliability-tests' ProxyEndToEndTest.
 */
class ProxyConfigurationTest {
  private static final String PASSWORD = "proxy-PASSWORD-from-config";
  private static final URI OKTA = URI.create("https://dev-123456.okta.com/api/v1/sessions/x");

  private final Map<String, String> properties = new HashMap<>();
  private final Map<String, String> environment = new HashMap<>();

  private OktaSessions.Builder builder() {
    return OktaSessions.builder().environment(properties::get, environment::get)
        .orgUrl("https://dev-123456.okta.com").apiToken("00token");
  }

  @Test
  void hostAndPortAloneMakeAProxyWithoutCredentials() {
    environment.put("OKTA_CLIENT_PROXY_HOST", "proxy.corp.test");
    environment.put("OKTA_CLIENT_PROXY_PORT", "3128");

    ProxyConfig proxy = builder().clientConfig().proxy();

    assertThat(proxy.proxyFor(OKTA)).isEqualTo(InetSocketAddress.createUnresolved("proxy.corp.test", 3128));
    assertThat(proxy.hasCredentials()).isFalse();
  }

  @Test
  void systemPropertiesWinOverVariablesSettingBySetting() {
    properties.put("okta.client.proxy.host", "property-proxy.test");
    environment.put("OKTA_CLIENT_PROXY_HOST", "variable-proxy.test");
    environment.put("OKTA_CLIENT_PROXY_PORT", "8080");
    environment.put("OKTA_CLIENT_PROXY_USERNAME", "svc-okta");
    properties.put("okta.client.proxy.password", PASSWORD);

    ProxyConfig proxy = builder().clientConfig().proxy();

    assertThat(proxy.proxyFor(OKTA)).isEqualTo(InetSocketAddress.createUnresolved("property-proxy.test", 8080));
    assertThat(proxy.username()).isEqualTo("svc-okta");
    assertThat(proxy.hasCredentials()).isTrue();
    assertThat(proxy.toString()).doesNotContain(PASSWORD);
  }

  @Test
  void theBuildersProxyWinsAndNothingConfiguredMeansTheJvmSettings() {
    environment.put("OKTA_CLIENT_PROXY_HOST", "variable-proxy.test");
    environment.put("OKTA_CLIENT_PROXY_PORT", "8080");
    ProxyConfig given = ProxyConfig.of("given-proxy.test", 3128);
    TlsConfig tls = TlsConfig.builder().build();

    ClientConfig config = builder().proxy(given).tls(tls).clientConfig();
    environment.clear();

    assertThat(config.proxy()).isSameInstanceAs(given);
    assertThat(config.tls()).isSameInstanceAs(tls);
    assertThat(builder().clientConfig().proxy()).isNull();
    assertThat(builder().clientConfig().tls()).isNull();
  }

  @Test
  void incompleteSettingsSayWhatIsMissingAndNeverShowThePassword() {
    assertThat(refusal("OKTA_CLIENT_PROXY_HOST", "proxy.test"))
        .contains("the environment variable OKTA_CLIENT_PROXY_HOST names a proxy but no port is set");
    assertThat(refusal("OKTA_CLIENT_PROXY_PORT", "3128"))
        .contains("the environment variable OKTA_CLIENT_PROXY_PORT is set but no proxy host is");
    environment.put("OKTA_CLIENT_PROXY_PORT", "31x8");
    assertThat(refusal("OKTA_CLIENT_PROXY_HOST", "proxy.test"))
        .contains("OKTA_CLIENT_PROXY_PORT must be a port number from 1 to 65535, not \"31x8\"");
    environment.put("OKTA_CLIENT_PROXY_PORT", "3128");
    environment.put("OKTA_CLIENT_PROXY_PASSWORD", PASSWORD);
    String noUser = refusal("OKTA_CLIENT_PROXY_HOST", "proxy.test");
    assertThat(noUser).contains("OKTA_CLIENT_PROXY_PASSWORD is set but no proxy user name is");
    assertThat(noUser).doesNotContain(PASSWORD);
    environment.remove("OKTA_CLIENT_PROXY_PASSWORD");
    environment.put("OKTA_CLIENT_PROXY_USERNAME", "svc-okta");
    assertThat(refusal("OKTA_CLIENT_PROXY_HOST", "proxy.test"))
        .contains("OKTA_CLIENT_PROXY_USERNAME is set but no proxy password is");
    environment.remove("OKTA_CLIENT_PROXY_USERNAME");
    assertThat(refusal("OKTA_CLIENT_PROXY_HOST", "http://proxy.test"))
        .contains("the proxy settings (the environment variable OKTA_CLIENT_PROXY_HOST and the rest) are not valid");
  }

  @Test
  void aConfiguredProxyNextToATransportPassedInIsRefusedNotIgnored() {
    properties.put("okta.client.proxy.host", "proxy.test");
    properties.put("okta.client.proxy.port", "3128");

    try (UrlConnectionTransport transport = UrlConnectionTransport.create()) {
      OktaConfigurationException fromProperties =
          assertThrows(OktaConfigurationException.class, () -> builder().transport(transport).clientConfig());
      IllegalStateException fromBuilder = assertThrows(IllegalStateException.class,
          () -> OktaSessions.builder().environment(name -> null, name -> null).orgUrl("https://dev-123456.okta.com")
              .apiToken("00token").transport(transport).proxy(ProxyConfig.of("proxy.test", 3128)).clientConfig());

      assertThat(fromProperties).hasMessageThat().contains("okta.client.proxy.host (or OKTA_CLIENT_PROXY_HOST) "
          + "configures a proxy, but a transport was passed to transport(...)");
      assertThat(fromBuilder).hasMessageThat().contains("proxy and tls apply to the default transport only");
    }
  }

  @Test
  void proxyFromReadsTheSameConventionsForATransportBuiltByTheCaller() {
    environment.put("OKTA_CLIENT_PROXY_HOST", "proxy.test");
    environment.put("OKTA_CLIENT_PROXY_PORT", "3128");

    ProxyConfig proxy = OktaSessions.proxyFrom(properties::get, environment::get);

    assertThat(proxy.proxyFor(OKTA)).isEqualTo(InetSocketAddress.createUnresolved("proxy.test", 3128));
    assertThat(OktaSessions.proxyFrom(name -> null, name -> null)).isNull();
  }

  private String refusal(String variable, String value) {
    environment.put(variable, value);
    try {
      return assertThrows(OktaConfigurationException.class, () -> builder().clientConfig()).getMessage();
    } finally {
      environment.remove(variable);
    }
  }
}
