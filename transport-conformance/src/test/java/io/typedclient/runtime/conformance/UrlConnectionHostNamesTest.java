package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.ProxyConfig;
import io.typedclient.runtime.TransportException;
import io.typedclient.runtime.UrlConnectionTransport;
import java.time.Duration;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import org.junit.jupiter.api.Test;

/**
 * {@link UrlConnectionTransport} with a TLS or proxy configuration verifies host names in the TLS layer, so an
 * application's process-wide {@link HostnameVerifier} that accepts anything cannot turn verification off for it.
 */
final class UrlConnectionHostNamesTest {
  @Test
  void aProcessWideVerifierThatAcceptsAnythingDoesNotTurnVerificationOff() throws Exception {
    HostnameVerifier before = HttpsURLConnection.getDefaultHostnameVerifier();
    HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> true);
    try (TlsOrigin origin = TlsOrigin.start("other.test", "origin.test");
        RecordingProxy proxy = RecordingProxy.builder().mapHost("origin.test", "127.0.0.1").start();
        HttpTransport direct = UrlConnectionTransport.builder().tls(origin.trust()).build();
        HttpTransport tunnelled = UrlConnectionTransport.builder().tls(origin.trust())
            .proxy(ProxyConfig.builder(proxy.host(), proxy.port()).proxyLoopback().build()).build()) {
      HttpRequest wrongName =
          HttpRequest.builder("GET", origin.url("localhost", "/x")).timeout(Duration.ofSeconds(5)).build();

      assertThrows(TransportException.class, () -> direct.execute(wrongName));
      assertThrows(TransportException.class, () -> tunnelled.execute(wrongName));

      origin.server().enqueue(new mockwebserver3.MockResponse.Builder().body("right name").build());
      HttpRequest rightName =
          HttpRequest.builder("GET", origin.url("origin.test", "/x")).timeout(Duration.ofSeconds(5)).build();
      assertThat(tunnelled.execute(rightName).bodyString()).isEqualTo("right name");
      assertThat(origin.server().getRequestCount()).isEqualTo(1);
    } finally {
      HttpsURLConnection.setDefaultHostnameVerifier(before);
    }
  }
}
