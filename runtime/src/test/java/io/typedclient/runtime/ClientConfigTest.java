package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.Moshi;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ClientConfigTest {

  @Test
  void acceptsHttpsAndNormalizesTheBaseUrl() {
    ClientConfig config = ClientConfig.builder().baseUrl("  HTTPS://example.okta.com/base//  ").build();

    assertThat(config.baseUrl()).isEqualTo(URI.create("https://example.okta.com/base"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"http://localhost:8080", "http://127.0.0.1", "http://127.10.0.3:1", "http://[::1]:9000/x",
          "http://LOCALHOST"})
  void acceptsHttpOnlyForLoopbackHosts(String url) {
    assertThat(ClientConfig.builder().baseUrl(url).build().baseUrl().getScheme()).isEqualTo("http");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"http://example.okta.com", "http://10.0.0.1", "http://127.0.0.1.evil.com", "http://localhost.evil.com",
          "http://api.localhost",
          "http://128.0.0.1", "http://[::2]"})
  void refusesHttpForOtherHosts(String url) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClientConfig.builder().baseUrl(url));

    assertThat(e).hasMessageThat().contains("must use https");
    assertThat(e).hasMessageThat().contains("loopback");
  }

  @Test
  void refusesUserInfoQueryAndFragmentWithoutEchoingThem() {
    IllegalArgumentException userInfo =
        assertThrows(
            IllegalArgumentException.class,
            () -> ClientConfig.builder().baseUrl("https://admin:SECRETpassword@example.okta.com"));
    IllegalArgumentException query =
        assertThrows(
            IllegalArgumentException.class,
            () -> ClientConfig.builder().baseUrl("https://example.okta.com/?token=SECRETtoken"));
    IllegalArgumentException fragment =
        assertThrows(IllegalArgumentException.class, () -> ClientConfig.builder().baseUrl("https://example.okta.com/#SECRET"));

    assertThat(userInfo).hasMessageThat().contains("user info");
    assertThat(query).hasMessageThat().contains("query or fragment");
    assertThat(fragment).hasMessageThat().contains("query or fragment");
    for (IllegalArgumentException e : new IllegalArgumentException[] {userInfo, query, fragment}) {
      assertThat(e).hasMessageThat().contains("example.okta.com");
      assertThat(e).hasMessageThat().doesNotContain("SECRET");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.okta.com", "ftp://example.okta.com", "//example.okta.com/x"})
  void refusesOtherSchemes(String url) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClientConfig.builder().baseUrl(url));

    assertThat(e).hasMessageThat().contains("must start with https://");
  }

  @Test
  void explainsUnparsableUrlsAndHostlessOnesWithoutEchoingThem() {
    IllegalArgumentException spaces =
        assertThrows(
            IllegalArgumentException.class, () -> ClientConfig.builder().baseUrl("https://example.okta.com/a b?SECRET"));
    IllegalArgumentException underscore =
        assertThrows(IllegalArgumentException.class, () -> ClientConfig.builder().baseUrl("https://my_org.okta.com"));

    assertThat(spaces).hasMessageThat().contains("not a valid URI");
    assertThat(spaces).hasMessageThat().contains("index");
    assertThat(spaces).hasMessageThat().doesNotContain("SECRET");
    assertThat(underscore).hasMessageThat().contains("no host");
    assertThat(underscore).hasMessageThat().contains("underscore");
  }

  @Test
  void requiresABaseUrlAndPositiveLimits() {
    IllegalStateException missing = assertThrows(IllegalStateException.class, () -> ClientConfig.builder().build());
    assertThat(missing).hasMessageThat().contains("baseUrl is required");

    ClientConfig.Builder builder = ClientConfig.builder();
    assertThat(assertThrows(IllegalArgumentException.class, () -> builder.requestTimeout(Duration.ZERO)))
        .hasMessageThat()
        .contains("requestTimeout must be positive");
    assertThat(assertThrows(IllegalArgumentException.class, () -> builder.connectTimeout(Duration.ofSeconds(-1))))
        .hasMessageThat()
        .contains("connectTimeout must be positive");
    assertThat(assertThrows(IllegalArgumentException.class, () -> builder.maxResponseBodyBytes(0)))
        .hasMessageThat()
        .contains("maxResponseBodyBytes must be positive");
    assertThrows(NullPointerException.class, () -> builder.moshi(null));
  }

  @Test
  void aConnectTimeoutCannotBeCombinedWithACallersTransport() {
    JdkHttpTransport transport = JdkHttpTransport.create();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> ClientConfig.builder()
                .baseUrl("https://example.okta.com")
                .transport(transport)
                .connectTimeout(Duration.ofSeconds(1))
                .build());

    assertThat(e).hasMessageThat().contains("set it on the transport");
    transport.close();
  }

  @Test
  void hasSafeDefaults() {
    ClientConfig config = ClientConfig.builder().baseUrl("https://example.okta.com").build();

    assertThat(config.maxResponseBodyBytes()).isEqualTo(4L * 1024 * 1024);
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.transport()).isNull();
    assertThat(config.errorMapper()).isSameInstanceAs(ErrorMapper.DEFAULT);
    assertThat(config.scheduler()).isSameInstanceAs(Scheduler.system());
    assertThat(config.interceptors()).isEmpty();
  }

  @Test
  void isImmutableAndToBuilderCopiesEverything() {
    Moshi moshi = new Moshi.Builder().build();
    RequestInterceptor auth = request -> request.toBuilder().header("Authorization", "SSWS SECRET").build();
    ClientConfig.Builder builder =
        ClientConfig.builder()
            .baseUrl("https://example.okta.com")
            .moshi(moshi)
            .addInterceptor(auth)
            .requestTimeout(Duration.ofSeconds(3))
            .maxResponseBodyBytes(1234);
    ClientConfig config = builder.build();
    builder.addInterceptor(auth);

    ClientConfig copy = config.toBuilder().build();

    assertThat(config.interceptors()).hasSize(1);
    assertThrows(UnsupportedOperationException.class, () -> config.interceptors().add(auth));
    assertThat(copy.moshi()).isSameInstanceAs(moshi);
    assertThat(copy.interceptors()).containsExactly(auth);
    assertThat(copy.requestTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(copy.maxResponseBodyBytes()).isEqualTo(1234);
    assertThat(config.toString()).contains("https://example.okta.com");
    assertThat(config.toString()).doesNotContain("SECRET");
  }

  @Test
  void proxyAndTlsConfigureTheDefaultTransportOnly() {
    ProxyConfig proxy = ProxyConfig.builder("proxy.corp.test", 3128).credentials("svc", "PROXYpassword1").build();
    TlsConfig tls = TlsConfig.builder().build();

    ClientConfig config = ClientConfig.builder().baseUrl("https://example.okta.com").proxy(proxy).tls(tls).build();
    IllegalStateException withTransport = assertThrows(IllegalStateException.class,
        () -> config.toBuilder().transport(UrlConnectionTransport.create()).build());

    assertThat(config.proxy()).isSameInstanceAs(proxy);
    assertThat(config.tls()).isSameInstanceAs(tls);
    assertThat(config.toBuilder().build().proxy()).isSameInstanceAs(proxy);
    assertThat(config.toString()).contains("proxy=ProxyConfig{proxy=proxy.corp.test:3128, user=svc, password=***}");
    assertThat(config.toString()).doesNotContain("PROXYpassword1");
    assertThat(withTransport).hasMessageThat().contains("proxy and tls apply to the default transport only");
  }
}
