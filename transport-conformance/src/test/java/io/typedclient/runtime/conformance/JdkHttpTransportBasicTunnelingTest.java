package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertWithMessage;
import static java.util.concurrent.TimeUnit.SECONDS;

import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.JdkHttpTransport;
import io.typedclient.runtime.ProxyConfig;
import io.typedclient.runtime.TlsConfig;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/**
 * The proxy cases for {@link JdkHttpTransport} in a JVM started with
 * {@code -Djdk.http.auth.tunneling.disabledSchemes=} (this module's {@code basic-tunneling} Surefire execution, and
 * only it, runs this class): there {@code java.net.http} puts the transport's Basic {@code Proxy-Authorization} in
 * the {@code CONNECT} of an https request, and the credential cases run in full.
 */
@Timeout(value = 20, unit = SECONDS)
final class JdkHttpTransportBasicTunnelingTest implements ProxyCases {
  @StartStop private final MockWebServer server = new MockWebServer();
  private HttpTransport transport;

  @BeforeAll
  static void startedWithBasicAllowedInTunnels() {
    assertWithMessage("this class runs in the basic-tunneling execution, with -Djdk.http.auth.tunneling.disabledSchemes=")
        .that(JdkHttpTransport.sendsProxyCredentialsInTunnels()).isTrue();
  }

  @BeforeEach
  void createTransport() {
    transport = newTransport(Duration.ofSeconds(5));
  }

  @AfterEach
  void closeTransport() {
    transport.close();
  }

  @Override
  public MockWebServer server() {
    return server;
  }

  @Override
  public HttpTransport transport() {
    return transport;
  }

  @Override
  public HttpTransport newTransport(Duration connectTimeout) {
    return JdkHttpTransport.builder().connectTimeout(connectTimeout).build();
  }

  @Override
  public HttpTransport newTransport(Duration connectTimeout, ProxyConfig proxy, TlsConfig tls) {
    return JdkHttpTransportConformanceTest.configure(JdkHttpTransport.builder().connectTimeout(connectTimeout), proxy, tls)
        .build();
  }

  @Override
  public boolean sendsProxyCredentials() {
    return true;
  }

  @Override
  public boolean sendsPatch() {
    return true;
  }
}
