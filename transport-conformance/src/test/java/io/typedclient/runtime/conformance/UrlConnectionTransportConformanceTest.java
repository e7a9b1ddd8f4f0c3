package io.typedclient.runtime.conformance;

import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.ProxyConfig;
import io.typedclient.runtime.TlsConfig;
import io.typedclient.runtime.UrlConnectionTransport;
import java.time.Duration;

/** {@link UrlConnectionTransport} against the transport conformance suite. */
final class UrlConnectionTransportConformanceTest extends HttpTransportConformanceTest {
  @Override
  public HttpTransport newTransport(Duration connectTimeout) {
    return UrlConnectionTransport.builder().connectTimeout(connectTimeout).build();
  }

  @Override
  public HttpTransport newTransport(Duration connectTimeout, ProxyConfig proxy, TlsConfig tls) {
    UrlConnectionTransport.Builder builder = UrlConnectionTransport.builder().connectTimeout(connectTimeout);
    if (proxy != null) {
      builder.proxy(proxy);
    }
    if (tls != null) {
      builder.tls(tls);
    }
    return builder.build();
  }

  /** The JDK's HttpURLConnection refuses PATCH (Android's sends it: AndroidUrlConnectionTransportConformanceTest). */
  @Override
  public boolean sendsPatch() {
    return false;
  }
}
