package io.typedclient.runtime.conformance;

import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.JdkHttpTransport;
import io.typedclient.runtime.ProxyConfig;
import io.typedclient.runtime.TlsConfig;
import java.time.Duration;

/**
 * {@link JdkHttpTransport} against the transport conformance suite, in a JVM with the JDK's default networking
 * properties: {@code jdk.http.auth.tunneling.disabledSchemes} lists Basic, so proxy credentials are refused when the
 * transport is built ({@link JdkHttpTransportBasicTunnelingTest} runs the proxy cases with it allowed).
 */
final class JdkHttpTransportConformanceTest extends HttpTransportConformanceTest {
  @Override
  public HttpTransport newTransport(Duration connectTimeout) {
    return JdkHttpTransport.builder().connectTimeout(connectTimeout).build();
  }

  @Override
  public HttpTransport newTransport(Duration connectTimeout, ProxyConfig proxy, TlsConfig tls) {
    return configure(JdkHttpTransport.builder().connectTimeout(connectTimeout), proxy, tls).build();
  }

  @Override
  public boolean sendsProxyCredentials() {
    return JdkHttpTransport.sendsProxyCredentialsInTunnels();
  }

  static JdkHttpTransport.Builder configure(JdkHttpTransport.Builder builder, ProxyConfig proxy, TlsConfig tls) {
    if (proxy != null) {
      builder.proxy(proxy);
    }
    if (tls != null) {
      builder.tls(tls);
    }
    return builder;
  }
}
