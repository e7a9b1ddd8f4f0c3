package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.HttpsURLConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the JDK itself does with Basic proxy credentials for https in a JVM with its default networking properties
 * ({@code jdk.http.auth.tunneling.disabledSchemes=Basic}), without typedclient: the facts that made
 * {@code JdkHttpTransport} refuse credentials there, and {@code UrlConnectionTransport} open its tunnels itself.
 * If a JDK ever changes this, these tests say so.
 */
@Timeout(value = 20, unit = SECONDS)
final class JdkTunnelingFactsTest {
  private static final String USER = "svc";
  private static final String PASSWORD = "proxy-secret";
  private static final String BASIC =
      "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

  @Test
  void javaNetHttpLeavesABasicProxyAuthorizationHeaderOutOfTheConnect() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("origin.test");
        RecordingProxy proxy = authenticatingProxy()) {
      HttpClient client = HttpClient.newBuilder()
          .proxy(ProxySelector.of(new InetSocketAddress(proxy.host(), proxy.port())))
          .sslContext(origin.ca().trustingContext())
          .build();

      HttpResponse<Void> response = client.send(HttpRequest.newBuilder(origin.url("origin.test", "/x"))
          .header("Proxy-Authorization", BASIC).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());

      assertThat(response.statusCode()).isEqualTo(407);
      assertThat(proxy.connects()).hasSize(1);
      assertThat(proxy.connects().get(0).header("Proxy-Authorization")).isNull();
    }
  }

  @Test
  void javaNetHttpDoesNotAnswerTheProxysChallengeFromItsOwnAuthenticatorEither() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("origin.test");
        RecordingProxy proxy = authenticatingProxy()) {
      HttpClient client = HttpClient.newBuilder()
          .proxy(ProxySelector.of(new InetSocketAddress(proxy.host(), proxy.port())))
          .authenticator(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(USER, PASSWORD.toCharArray());
            }
          })
          .sslContext(origin.ca().trustingContext())
          .build();

      HttpResponse<Void> response = client.send(HttpRequest.newBuilder(origin.url("origin.test", "/x"))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());

      assertThat(response.statusCode()).isEqualTo(407);
      for (RecordingProxy.Connect connect : proxy.connects()) {
        assertThat(connect.header("Proxy-Authorization")).isNull();
      }
    }
  }

  @Test
  void httpUrlConnectionsOwnTunnelLeavesARequestHeaderOutOfTheConnect() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("origin.test");
        RecordingProxy proxy = authenticatingProxy()) {
      HttpsURLConnection connection = (HttpsURLConnection) origin.url("origin.test", "/x").toURL()
          .openConnection(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(proxy.host(), proxy.port())));
      connection.setSSLSocketFactory(origin.ca().trustingContext().getSocketFactory());
      connection.setRequestProperty("Proxy-Authorization", BASIC);
      connection.setConnectTimeout(5_000);
      connection.setReadTimeout(5_000);

      int status;
      try {
        status = connection.getResponseCode();
      } finally {
        connection.disconnect();
      }

      assertThat(status).isEqualTo(407);
      assertThat(proxy.connects()).isNotEmpty();
      assertThat(proxy.connects().get(0).header("Proxy-Authorization")).isNull();
    }
  }

  private static RecordingProxy authenticatingProxy() {
    return RecordingProxy.builder().requireCredentials(USER, PASSWORD).mapHost("origin.test", "127.0.0.1").start();
  }

}
