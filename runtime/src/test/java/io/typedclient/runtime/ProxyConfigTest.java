package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which proxy a request goes through, credentials, and what a ProxyConfig prints. */
final class ProxyConfigTest {
  private static final String PASSWORD = "s3cret-PROXY-password";

  @Test
  void sendsEveryOtherHostThroughTheProxyAsAnUnresolvedAddress() {
    ProxyConfig proxy = ProxyConfig.of("proxy.corp.test", 3128);

    InetSocketAddress via = proxy.proxyFor(URI.create("https://dev-123456.okta.com/api/v1/sessions/x"));

    assertThat(via.isUnresolved()).isTrue();
    assertThat(via.getHostString()).isEqualTo("proxy.corp.test");
    assertThat(via.getPort()).isEqualTo(3128);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://localhost:8443/x", "http://127.0.0.1:80/x", "https://127.9.9.9/x",
      "https://[::1]:9000/x"})
  void loopbackGoesDirectlyUnlessAsked(String url) {
    URI uri = URI.create(url);

    assertThat(ProxyConfig.of("proxy.corp.test", 3128).proxyFor(uri)).isNull();
    assertThat(ProxyConfig.builder("proxy.corp.test", 3128).proxyLoopback().build().proxyFor(uri)).isNotNull();
  }

  @Test
  void noProxyHostsGoDirectly() {
    ProxyConfig proxy = ProxyConfig.builder("proxy.corp.test", 3128).noProxy(".corp.test", "10.0.0.0/8").build();

    assertThat(proxy.proxyFor(URI.create("https://intranet.corp.test/x"))).isNull();
    assertThat(proxy.proxyFor(URI.create("https://10.2.3.4/x"))).isNull();
    assertThat(proxy.proxyFor(URI.create("https://okta.com/x"))).isNotNull();
    assertThat(proxy.noProxy()).containsExactly(".corp.test", "10.0.0.0/8").inOrder();
  }

  @Test
  void theJavaNetHttpSelectorChoosesExactlyAsProxyForDoes() {
    ProxyConfig proxy = ProxyConfig.builder("proxy.corp.test", 3128).noProxy("direct.test").build();
    ProxySelector selector = proxy.asProxySelector();

    assertThat(selector.select(URI.create("https://direct.test/x"))).containsExactly(Proxy.NO_PROXY);
    assertThat(selector.select(URI.create("https://localhost/x"))).containsExactly(Proxy.NO_PROXY);
    List<Proxy> proxied = selector.select(URI.create("https://okta.test/x"));
    assertThat(proxied).hasSize(1);
    assertThat(proxied.get(0).type()).isEqualTo(Proxy.Type.HTTP);
    assertThat(proxied.get(0).address()).isEqualTo(InetSocketAddress.createUnresolved("proxy.corp.test", 3128));
  }

  @Test
  void credentialsAreBasicInUtf8AndNeverPrinted() {
    ProxyConfig proxy = ProxyConfig.builder("proxy.corp.test", 3128).credentials("svc-okta", PASSWORD + "é").build();

    assertThat(proxy.hasCredentials()).isTrue();
    assertThat(proxy.username()).isEqualTo("svc-okta");
    assertThat(proxy.proxyAuthorization()).isEqualTo("Basic " + Base64.getEncoder()
        .encodeToString(("svc-okta:" + PASSWORD + "é").getBytes(StandardCharsets.UTF_8)));
    assertThat(proxy.toString()).isEqualTo("ProxyConfig{proxy=proxy.corp.test:3128, user=svc-okta, password=***}");
    assertThat(proxy.toBuilder().build().proxyAuthorization()).isEqualTo(proxy.proxyAuthorization());
  }

  @Test
  void withoutCredentialsNothingIsSent() {
    ProxyConfig proxy = ProxyConfig.builder("10.0.0.5", 8080).noProxy("a.test").proxyLoopback().build();

    assertThat(proxy.hasCredentials()).isFalse();
    assertThat(proxy.proxyAuthorization()).isNull();
    assertThat(proxy.toString()).isEqualTo("ProxyConfig{proxy=10.0.0.5:8080, noProxy=[a.test], loopback proxied}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://proxy.test", "user:" + PASSWORD + "@proxy.test", "proxy.test:3128", "proxy.test/x",
      "proxy test", ""})
  void refusesAHostThatIsNotAHostAloneWithoutRepeatingIt(String host) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProxyConfig.builder(host, 3128));

    assertThat(e).hasMessageThat().doesNotContain(PASSWORD);
    assertThat(e).hasMessageThat().contains("proxy host");
  }

  @Test
  void acceptsIpv6LiteralsWithOrWithoutBrackets() {
    assertThat(ProxyConfig.of("[fd00::5]", 3128).toString()).contains("[fd00::5]:3128");
    assertThat(ProxyConfig.of("fd00::5", 3128).proxyFor(URI.create("https://okta.test/")).getHostString())
        .isEqualTo("fd00::5");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 65536})
  void refusesAPortOutOfRange(int port) {
    assertThrows(IllegalArgumentException.class, () -> ProxyConfig.builder("proxy.test", port));
  }

  @Test
  void refusesCredentialsBasicCannotCarry() {
    ProxyConfig.Builder builder = ProxyConfig.builder("proxy.test", 3128);

    assertThrows(IllegalArgumentException.class, () -> builder.credentials("a:b", PASSWORD));
    assertThrows(IllegalArgumentException.class, () -> builder.credentials("", PASSWORD));
    IllegalArgumentException control =
        assertThrows(IllegalArgumentException.class, () -> builder.credentials("user", PASSWORD + "\r\nX: y"));
    assertThat(control).hasMessageThat().doesNotContain(PASSWORD);
  }

  @Test
  void aSelectorChoosesPerRequestAndASocksChoiceFailsInsteadOfGoingDirect() {
    ProxySelector selector = new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        switch (uri.getHost()) {
          case "direct.test":
            return Collections.singletonList(Proxy.NO_PROXY);
          case "socks.test":
            return Collections.singletonList(new Proxy(Proxy.Type.SOCKS, new InetSocketAddress("127.0.0.1", 1080)));
          case "empty.test":
            return Collections.emptyList();
          default:
            return Collections.singletonList(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", 3128)));
        }
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException failure) {}
    };
    ProxyConfig proxy = ProxyConfig.selector(selector);

    assertThat(proxy.proxyFor(URI.create("https://direct.test/"))).isNull();
    assertThat(proxy.proxyFor(URI.create("https://empty.test/"))).isNull();
    assertThat(proxy.proxyFor(URI.create("https://okta.test/")).getPort()).isEqualTo(3128);
    IllegalStateException socks =
        assertThrows(IllegalStateException.class, () -> proxy.proxyFor(URI.create("https://socks.test/")));
    assertThat(socks).hasMessageThat().contains("SOCKS");
    assertThat(proxy.hasCredentials()).isFalse();
    assertThrows(IllegalStateException.class, proxy::toBuilder);
  }
}
