package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.ClientConfig;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.Interceptor;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Where the org URL and token come from, and what the builder refuses. No network. */
class ConfigurationTest {
  private final Map<String, String> properties = new HashMap<>();
  private final Map<String, String> environment = new HashMap<>();

  private OktaSessions.Builder builder() {
    return OktaSessions.builder().environment(properties::get, environment::get);
  }

  /** The Authorization header the configured client would send on a call by session id. */
  private static String authorizationOf(ClientConfig config) {
    HttpRequest request = TestRequests.getSession("abc123");
    for (Interceptor interceptor : config.interceptors()) {
      if (interceptor instanceof AuthInterceptor) {
        return ((AuthInterceptor) interceptor).rewrite(request).headers().first("Authorization");
      }
    }
    throw new AssertionError("no AuthInterceptor in " + config.interceptors());
  }

  @Test
  void builderWinsOverSystemPropertiesWhichWinOverEnvironment() {
    properties.put("okta.client.orgUrl", "https://from-property.okta.com");
    properties.put("okta.client.token", "property-token");
    environment.put("OKTA_CLIENT_ORGURL", "https://from-environment.okta.com");
    environment.put("OKTA_CLIENT_TOKEN", "environment-token");

    ClientConfig fromBuilder = builder().orgUrl("https://from-builder.okta.com").apiToken("builder-token").clientConfig();
    ClientConfig fromProperties = builder().clientConfig();
    properties.clear();
    ClientConfig fromEnvironment = builder().clientConfig();

    assertThat(fromBuilder.baseUrl()).isEqualTo(URI.create("https://from-builder.okta.com"));
    assertThat(authorizationOf(fromBuilder)).isEqualTo("SSWS builder-token");
    assertThat(fromProperties.baseUrl()).isEqualTo(URI.create("https://from-property.okta.com"));
    assertThat(authorizationOf(fromProperties)).isEqualTo("SSWS property-token");
    assertThat(fromEnvironment.baseUrl()).isEqualTo(URI.create("https://from-environment.okta.com"));
    assertThat(authorizationOf(fromEnvironment)).isEqualTo("SSWS environment-token");
  }

  @Test
  void orgUrlAndTokenAreResolvedIndependently() {
    properties.put("okta.client.token", "property-token");
    environment.put("OKTA_CLIENT_ORGURL", "https://from-environment.okta.com");

    ClientConfig config = builder().clientConfig();

    assertThat(config.baseUrl()).isEqualTo(URI.create("https://from-environment.okta.com"));
    assertThat(authorizationOf(config)).isEqualTo("SSWS property-token");
  }

  @Test
  void accessTokenFromTheBuilderWinsOverAConfiguredApiToken() {
    properties.put("okta.client.token", "property-token");
    ClientConfig config = builder().orgUrl("https://x.okta.com").accessToken(() -> "bearer-token").clientConfig();
    assertThat(authorizationOf(config)).isEqualTo("Bearer bearer-token");
  }

  @Test
  void blankValuesCountAsUnset() {
    properties.put("okta.client.orgUrl", "   ");
    properties.put("okta.client.token", "");
    environment.put("OKTA_CLIENT_ORGURL", "https://from-environment.okta.com");
    environment.put("OKTA_CLIENT_TOKEN", "environment-token");

    ClientConfig config = builder().clientConfig();

    assertThat(config.baseUrl()).isEqualTo(URI.create("https://from-environment.okta.com"));
    assertThat(authorizationOf(config)).isEqualTo("SSWS environment-token");
  }

  @Test
  void missingOrgUrlNamesEveryWayToProvideIt() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> builder().apiToken("t").clientConfig());
    assertThat(e).hasMessageThat().contains("orgUrl(");
    assertThat(e).hasMessageThat().contains("okta.client.orgUrl");
    assertThat(e).hasMessageThat().contains("OKTA_CLIENT_ORGURL");
  }

  @Test
  void missingTokenNamesEveryWayToProvideIt() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> builder().orgUrl("https://x.okta.com").clientConfig());
    assertThat(e).hasMessageThat().contains("apiToken(");
    assertThat(e).hasMessageThat().contains("accessToken(");
    assertThat(e).hasMessageThat().contains("okta.client.token");
    assertThat(e).hasMessageThat().contains("OKTA_CLIENT_TOKEN");
  }

  @Test
  void badOrgUrlFromTheEnvironmentNamesTheVariable() {
    environment.put("OKTA_CLIENT_ORGURL", "https://{yourOktaDomain}");
    environment.put("OKTA_CLIENT_TOKEN", "t");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder().clientConfig());
    assertThat(e).hasMessageThat().contains("environment variable OKTA_CLIENT_ORGURL");
    assertThat(e).hasMessageThat().contains("{yourOktaDomain}");
  }

  @Test
  void bothTokensAreRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> builder().orgUrl("https://x.okta.com").apiToken("a").accessToken(() -> "b").clientConfig());
    assertThat(e).hasMessageThat().contains("use one");
  }

  @Test
  void tokenPastedWithItsSchemeIsRefusedWithoutBeingRepeated() {
    IllegalArgumentException fromBuilder =
        assertThrows(IllegalArgumentException.class, () -> builder().apiToken("SSWS 00abcSECRETtoken"));
    properties.put("okta.client.token", "Bearer eyJSECRETtoken");
    IllegalArgumentException fromProperty = assertThrows(IllegalArgumentException.class,
        () -> builder().orgUrl("https://x.okta.com").clientConfig());

    assertThat(fromBuilder).hasMessageThat().contains("pass the token alone");
    assertThat(fromBuilder).hasMessageThat().doesNotContain("SECRET");
    assertThat(fromProperty).hasMessageThat().contains("system property okta.client.token");
    assertThat(fromProperty).hasMessageThat().doesNotContain("SECRET");
  }

  @Test
  void interceptorsRunUserAgentThenRetriesThenAuthentication() {
    ClientConfig config = builder().orgUrl("https://x.okta.com").apiToken("t").clientConfig();
    assertThat(config.interceptors()).hasSize(3);
    assertThat(config.interceptors().get(0)).isInstanceOf(UserAgentInterceptor.class);
    assertThat(config.interceptors().get(1)).isInstanceOf(RetryInterceptor.class);
    assertThat(config.interceptors().get(2)).isInstanceOf(AuthInterceptor.class);
    assertThat(config.errorMapper()).isInstanceOf(OktaErrorMapper.class);
  }

  @Test
  void retriesTimeoutsAndSchedulerArePassedOn() {
    FakeScheduler scheduler = FakeScheduler.autoAdvancing(java.time.Instant.EPOCH);
    ClientConfig config = builder()
        .orgUrl("https://x.okta.com")
        .apiToken("t")
        .maxRetries(7)
        .maxElapsedTime(Duration.ofSeconds(9))
        .connectTimeout(Duration.ofSeconds(3))
        .requestTimeout(Duration.ofSeconds(4))
        .scheduler(scheduler)
        .clientConfig();

    assertThat(config.interceptors().get(1).toString()).contains("maxRetries=7, maxElapsed=PT9S");
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(4));
    assertThat(config.scheduler()).isSameInstanceAs(scheduler);
  }

  @Test
  void transportIsPassedOnAndCannotBeCombinedWithAConnectTimeout() {
    HttpTransport transport = new HttpTransport() {
      @Override
      public HttpResponse execute(HttpRequest request) {
        throw new AssertionError();
      }

      @Override
      public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
        throw new AssertionError();
      }
    };
    assertThat(builder().orgUrl("https://x.okta.com").apiToken("t").transport(transport).clientConfig().transport())
        .isSameInstanceAs(transport);
    assertThrows(IllegalStateException.class, () -> builder()
        .orgUrl("https://x.okta.com").apiToken("t").transport(transport).connectTimeout(Duration.ofSeconds(1))
        .clientConfig());
  }

  @Test
  void badRetryBoundsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> builder().maxRetries(-1));
    assertThrows(IllegalArgumentException.class, () -> builder().maxElapsedTime(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class,
        () -> builder().orgUrl("https://x.okta.com").apiToken("t").requestTimeout(Duration.ZERO).clientConfig());
  }

  @Test
  void configurationNeverPrintsTheToken() {
    ClientConfig config = builder().orgUrl("https://x.okta.com").apiToken("00-very-secret-token").clientConfig();
    StringBuilder printed = new StringBuilder(config.toString());
    for (Interceptor interceptor : config.interceptors()) {
      printed.append(interceptor);
    }
    assertThat(printed.toString()).doesNotContain("00-very-secret-token");
  }
}
