package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.ProxyAuthenticationException;
import io.typedclient.runtime.ProxyConfig;
import io.typedclient.runtime.RequestTimeoutException;
import io.typedclient.runtime.StreamingResponse;
import io.typedclient.runtime.TransportException;
import java.time.Duration;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * A proxy per transport, through a {@link RecordingProxy} that really tunnels to a TLS origin: https goes through a
 * {@code CONNECT} tunnel, also to a name only the proxy can resolve; proxy credentials go in the {@code CONNECT} and
 * nowhere else; a {@code 407} is a {@link ProxyAuthenticationException} naming the proxy, not retried; no-proxy and
 * loopback hosts go directly; a proxy that stalls or drops the tunnel ends the call by its timeouts. Streamed
 * responses take the same route and get the same {@code 407} rule.
 */
interface ProxyCases extends TransportFixture {
  /** What the tests send as the request's own credentials: it must reach the origin and never the proxy. */
  String ORIGIN_TOKEN = "SSWS 00originTOKENsecret0123456789";
  String PROXY_USER = "proxy-user";
  String PROXY_PASSWORD = "proxy-PASSWORD-secret-42";

  @Test
  default void httpsGoesThroughATunnelToAHostOnlyTheProxyCanResolve() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("origin.test");
        RecordingProxy proxy = RecordingProxy.builder().mapHost("origin.test", "127.0.0.1").start();
        HttpTransport transport = configured(ProxyConfig.of(proxy.host(), proxy.port()), origin.trust())) {
      origin.server().enqueue(ok("through the tunnel"));

      HttpResponse response = transport.execute(proxied(origin, "origin.test", "/sessions/secret-path-value"));

      assertThat(response.bodyString()).isEqualTo("through the tunnel");
      assertThat(proxy.connects()).hasSize(1);
      assertThat(proxy.connects().get(0).target()).isEqualTo(origin.authority("origin.test"));
      assertThat(proxy.connects().get(0).header("Proxy-Authorization")).isNull();
      assertThat(proxy.tunnelledBytes()).isGreaterThan(0L);
      // The proxy saw the host and port alone: no path, no header of the request.
      assertThat(proxy.clearText()).doesNotContain("secret-path-value");
      assertThat(proxy.clearText()).doesNotContain("originTOKEN");
      RecordedRequest recorded = origin.server().takeRequest();
      assertThat(recorded.getHeaders().get("Authorization")).isEqualTo(ORIGIN_TOKEN);
    }
  }

  @Test
  default void proxyCredentialsGoInTheConnectAndNeverToTheOrigin() throws Exception {
    ProxyConfig.Builder config;
    try (TlsOrigin origin = TlsOrigin.start("origin.test");
        RecordingProxy proxy = RecordingProxy.builder().requireCredentials(PROXY_USER, PROXY_PASSWORD)
            .mapHost("origin.test", "127.0.0.1").start()) {
      config = ProxyConfig.builder(proxy.host(), proxy.port()).credentials(PROXY_USER, PROXY_PASSWORD);
      if (!sendsProxyCredentials()) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> configured(config.build(), origin.trust()));
        assertThat(e).hasMessageThat().contains(proxy.host() + ":" + proxy.port());
        assertThat(e).hasMessageThat().doesNotContain(PROXY_PASSWORD);
        return;
      }
      try (HttpTransport transport = configured(config.build(), origin.trust())) {
        origin.server().enqueue(ok("authenticated"));
        origin.server().enqueue(ok("async too"));

        HttpResponse response = transport.execute(proxied(origin, "origin.test", "/authenticated"));
        HttpResponse async = transport.executeAsync(proxied(origin, "origin.test", "/async")).get();

        assertThat(response.bodyString()).isEqualTo("authenticated");
        assertThat(async.bodyString()).isEqualTo("async too");
        String basic = "Basic " + Base64.getEncoder().encodeToString(
            (PROXY_USER + ":" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(proxy.connects()).isNotEmpty();
        for (RecordingProxy.Connect connect : proxy.connects()) {
          assertThat(connect.header("Proxy-Authorization")).isEqualTo(basic);
          assertThat(connect.status()).isEqualTo(200);
        }
        for (int i = 0; i < 2; i++) {
          RecordedRequest recorded = origin.server().takeRequest();
          assertThat(recorded.getHeaders().names()).doesNotContain("Proxy-Authorization");
          assertThat(recorded.getHeaders().toString()).doesNotContain(PROXY_PASSWORD);
          assertThat(recorded.getHeaders().toString()).doesNotContain(basic.substring(6));
        }
        assertThat(proxy.clearText()).doesNotContain("originTOKEN");
        assertThat(transport.toString()).doesNotContain(PROXY_PASSWORD);
      }
    }
  }

  @Test
  default void a407WithoutConfiguredCredentialsIsAProxyAuthenticationExceptionNamingTheProxy() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("origin.test");
        RecordingProxy proxy = RecordingProxy.builder().requireCredentials(PROXY_USER, PROXY_PASSWORD)
            .mapHost("origin.test", "127.0.0.1").start();
        HttpTransport transport = configured(ProxyConfig.of(proxy.host(), proxy.port()), origin.trust())) {
      HttpRequest request = proxied(origin, "origin.test", "/needs-credentials");

      ProxyAuthenticationException e = assertThrows(ProxyAuthenticationException.class, () -> transport.execute(request));
      Throwable async = transport.executeAsync(request).handle((r, t) -> t).get();

      assertThat(e.proxy()).isEqualTo(proxy.host() + ":" + proxy.port());
      assertThat(e.credentialsSent()).isFalse();
      assertThat(e).hasMessageThat().contains(proxy.host() + ":" + proxy.port());
      assertThat(e).hasMessageThat().contains("407");
      assertThat(e).hasMessageThat().contains("no proxy credentials are configured");
      assertThat(e.request()).isSameInstanceAs(request);
      assertThat(async).isInstanceOf(ProxyAuthenticationException.class);
      // One CONNECT per call: the transport asks once and does not loop.
      assertThat(proxy.connects()).hasSize(2);
      assertThat(origin.server().getRequestCount()).isEqualTo(0);
    }
  }

  @Test
  default void a407ToWrongCredentialsIsAProxyAuthenticationExceptionThatKeepsThemSecret() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("origin.test");
        RecordingProxy proxy = RecordingProxy.builder().requireCredentials(PROXY_USER, PROXY_PASSWORD)
            .mapHost("origin.test", "127.0.0.1").start()) {
      ProxyConfig wrong = ProxyConfig.builder(proxy.host(), proxy.port()).credentials(PROXY_USER, "wrong-PASSWORD-9")
          .build();
      if (!sendsProxyCredentials()) {
        assertThrows(IllegalStateException.class, () -> configured(wrong, origin.trust()));
        return;
      }
      try (HttpTransport transport = configured(wrong, origin.trust())) {
        ProxyAuthenticationException e = assertThrows(ProxyAuthenticationException.class,
            () -> transport.execute(proxied(origin, "origin.test", "/wrong-credentials")));

        assertThat(e.credentialsSent()).isTrue();
        assertThat(e).hasMessageThat().contains(proxy.host() + ":" + proxy.port());
        assertThat(e).hasMessageThat().contains("refused the proxy credentials");
        assertThat(e).hasMessageThat().doesNotContain("wrong-PASSWORD-9");
        assertThat(e).hasMessageThat().doesNotContain(PROXY_USER);
        assertThat(proxy.connects()).hasSize(1);
      }
    }
  }

  @Test
  default void hostsOnTheNoProxyListGoDirectly() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("localhost", "origin.test");
        RecordingProxy proxy = RecordingProxy.builder().mapHost("origin.test", "127.0.0.1").start();
        HttpTransport transport = configured(
            ProxyConfig.builder(proxy.host(), proxy.port()).proxyLoopback().noProxy("example.com, localhost").build(),
            origin.trust())) {
      origin.server().enqueue(ok("direct"));
      origin.server().enqueue(ok("proxied"));

      assertThat(transport.execute(proxied(origin, "localhost", "/direct")).bodyString()).isEqualTo("direct");
      assertThat(proxy.connects()).isEmpty();
      assertThat(transport.execute(proxied(origin, "origin.test", "/proxied")).bodyString()).isEqualTo("proxied");
      assertThat(proxy.connects()).hasSize(1);
    }
  }

  @Test
  default void loopbackHostsGoDirectlyUnlessAsked() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("localhost", "127.0.0.1");
        RecordingProxy proxy = RecordingProxy.start()) {
      origin.server().enqueue(ok("direct"));
      origin.server().enqueue(ok("proxied"));
      try (HttpTransport transport = configured(ProxyConfig.of(proxy.host(), proxy.port()), origin.trust())) {
        assertThat(transport.execute(proxied(origin, "127.0.0.1", "/direct")).bodyString()).isEqualTo("direct");
        assertThat(proxy.connects()).isEmpty();
      }
      ProxyConfig asked = ProxyConfig.builder(proxy.host(), proxy.port()).proxyLoopback().build();
      try (HttpTransport transport = configured(asked, origin.trust())) {
        assertThat(transport.execute(proxied(origin, "localhost", "/proxied")).bodyString()).isEqualTo("proxied");
        assertThat(proxy.connects()).hasSize(1);
        assertThat(proxy.connects().get(0).target()).isEqualTo(origin.authority("localhost"));
      }
    }
  }

  @Test
  default void aProxyThatNeverAnswersTheConnectEndsTheCallByItsTimeout() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("origin.test");
        RecordingProxy proxy = RecordingProxy.builder().behaviour(RecordingProxy.Behaviour.STALL_BEFORE_ANSWER).start();
        HttpTransport transport = configured(ProxyConfig.of(proxy.host(), proxy.port()), origin.trust())) {
      HttpRequest request =
          proxied(origin, "origin.test", "/stalled").toBuilder().timeout(Duration.ofMillis(800)).build();

      long start = System.nanoTime();
      assertThrows(RequestTimeoutException.class, () -> transport.execute(request));
      long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

      assertThat(elapsedMillis).isLessThan(4_500);
      assertThat(proxy.connects()).hasSize(1);
    }
  }

  @Test
  default void aProxyThatClosesTheTunnelFailsTheCallNamingTheProxy() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("origin.test");
        RecordingProxy proxy = RecordingProxy.builder().behaviour(RecordingProxy.Behaviour.CLOSE_AFTER_ESTABLISHED)
            .mapHost("origin.test", "127.0.0.1").start();
        HttpTransport transport = configured(ProxyConfig.of(proxy.host(), proxy.port()), origin.trust())) {
      HttpRequest request = proxied(origin, "origin.test", "/dropped");

      long start = System.nanoTime();
      TransportException e = assertThrows(TransportException.class, () -> transport.execute(request));
      long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

      assertThat(e).isNotInstanceOf(ProxyAuthenticationException.class);
      assertThat(e).hasMessageThat().contains(proxy.host() + ":" + proxy.port());
      assertThat(elapsedMillis).isLessThan(request.timeout().toMillis());
      assertThat(origin.server().getRequestCount()).isEqualTo(0);
    }
  }

  @Test
  default void aProxyThatStallsInsideTheTunnelEndsTheCallByItsTimeout() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("origin.test");
        RecordingProxy proxy = RecordingProxy.builder().behaviour(RecordingProxy.Behaviour.STALL_AFTER_ESTABLISHED)
            .mapHost("origin.test", "127.0.0.1").start();
        HttpTransport transport = configured(ProxyConfig.of(proxy.host(), proxy.port()), origin.trust())) {
      HttpRequest request =
          proxied(origin, "origin.test", "/stalled-tunnel").toBuilder().timeout(Duration.ofMillis(800)).build();

      long start = System.nanoTime();
      assertThrows(RequestTimeoutException.class, () -> transport.execute(request));
      Throwable async = transport.executeAsync(request).handle((r, t) -> t).get();
      long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

      assertThat(async).isInstanceOf(RequestTimeoutException.class);
      assertThat(elapsedMillis).isLessThan(9_000);
    }
  }

  @Test
  default void aProxyThatRefusesTheTunnelIsATransportExceptionNamingTheProxy() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("origin.test");
        RecordingProxy proxy = RecordingProxy.builder().refuseWith(403).start();
        HttpTransport transport = configured(ProxyConfig.of(proxy.host(), proxy.port()), origin.trust())) {
      TransportException e = assertThrows(TransportException.class,
          () -> transport.execute(proxied(origin, "origin.test", "/forbidden")));

      assertThat(e).isNotInstanceOf(ProxyAuthenticationException.class);
      assertThat(e).hasMessageThat().contains(proxy.host() + ":" + proxy.port());
      assertThat(e).hasMessageThat().contains("403");
    }
  }

  @Test
  default void streamedResponsesGoThroughTheTunnelAndA407StaysTheProxysAnswer() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("origin.test");
        RecordingProxy proxy = RecordingProxy.builder().mapHost("origin.test", "127.0.0.1").start();
        HttpTransport transport = configured(ProxyConfig.of(proxy.host(), proxy.port()), origin.trust())) {
      origin.server().enqueue(ok("streamed through the tunnel"));
      origin.server().enqueue(ok("async too"));

      try (StreamingResponse response = transport.executeStreaming(proxied(origin, "origin.test", "/download"))) {
        assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8))
            .isEqualTo("streamed through the tunnel");
      }
      try (StreamingResponse response =
          transport.executeStreamingAsync(proxied(origin, "origin.test", "/async")).get(10, TimeUnit.SECONDS)) {
        assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("async too");
      }

      assertThat(proxy.connects()).isNotEmpty();
      for (RecordingProxy.Connect connect : proxy.connects()) {
        assertThat(connect.target()).isEqualTo(origin.authority("origin.test"));
      }
      assertThat(origin.server().getRequestCount()).isEqualTo(2);
    }
    try (TlsOrigin origin = TlsOrigin.start("origin.test");
        RecordingProxy proxy = RecordingProxy.builder().requireCredentials(PROXY_USER, PROXY_PASSWORD)
            .mapHost("origin.test", "127.0.0.1").start();
        HttpTransport transport = configured(ProxyConfig.of(proxy.host(), proxy.port()), origin.trust())) {
      HttpRequest request = proxied(origin, "origin.test", "/needs-credentials");

      ProxyAuthenticationException e =
          assertThrows(ProxyAuthenticationException.class, () -> transport.executeStreaming(request).close());
      Throwable async = transport.executeStreamingAsync(request).handle((r, t) -> t).get(10, TimeUnit.SECONDS);

      assertThat(e.proxy()).isEqualTo(proxy.host() + ":" + proxy.port());
      assertThat(e.credentialsSent()).isFalse();
      assertThat(async).isInstanceOf(ProxyAuthenticationException.class);
      assertThat(origin.server().getRequestCount()).isEqualTo(0);
    }
  }

  /** A GET of {@code path} on {@code origin} under the name {@code host}, carrying the origin's credentials. */
  default HttpRequest proxied(TlsOrigin origin, String host, String path) {
    return HttpRequest.builder("GET", origin.url(host, path)).header("Authorization", ORIGIN_TOKEN)
        .timeout(Duration.ofSeconds(5)).build();
  }
}
