package io.typedclient.it.transport;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.ProxyConfig;
import io.typedclient.runtime.TlsConfig;
import io.typedclient.runtime.UrlConnectionTransport;
import io.typedclient.runtime.conformance.HttpTransportConformanceTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A third transport, from another package, checked by the published conformance suite exactly as a user's
 * transport would be: this class and {@link MeteredTransport} are all it takes (and a test dependency on
 * {@code typedclient-transport-conformance}).
 */
final class MeteredTransportConformanceTest extends HttpTransportConformanceTest {
  @Override
  public HttpTransport newTransport(Duration connectTimeout) {
    return new MeteredTransport(connectTimeout);
  }

  /** Its proxy and TLS configuration is its delegate's: the suite's proxy and TLS cases run for it too. */
  @Override
  public HttpTransport newTransport(Duration connectTimeout, ProxyConfig proxy, TlsConfig tls) {
    UrlConnectionTransport.Builder delegate = UrlConnectionTransport.builder().connectTimeout(connectTimeout);
    if (proxy != null) {
      delegate.proxy(proxy);
    }
    if (tls != null) {
      delegate.tls(tls);
    }
    return new MeteredTransport(delegate);
  }

  /** It sends through the JDK's HttpURLConnection, which refuses PATCH. */
  @Override
  public boolean sendsPatch() {
    return false;
  }

  @Test
  void countsWhatItSendsAndNotWhatItRefuses() {
    MeteredTransport metered = (MeteredTransport) transport();
    server().enqueue(ok("counted"));

    metered.execute(request("GET", "/a").build());
    assertThrows(IllegalArgumentException.class, () -> metered.execute(request("GET", "/b").header("Host", "x").build()));

    assertThat(metered.started()).isEqualTo(1);
    assertThat(server().getRequestCount()).isEqualTo(1);
  }
}
