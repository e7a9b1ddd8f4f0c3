package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;

import java.time.Duration;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@link JdkHttpTransport} against the transport conformance suite. */
final class JdkHttpTransportTest extends HttpTransportConformanceTest {

  @Override
  HttpTransport newTransport(Duration connectTimeout) {
    return JdkHttpTransport.builder().connectTimeout(connectTimeout).build();
  }

  @Override
  boolean sendsPatch() {
    return true;
  }

  @Test
  void sendsPlainHttp11OverCleartextWithoutAnH2cUpgradeOffer() throws Exception {
    server.enqueue(ok("a"));
    server.enqueue(ok("b"));

    transport.execute(request("GET", "/first").build());
    transport.execute(request("GET", "/second").build());

    for (int i = 0; i < 2; i++) {
      RecordedRequest recorded = server.takeRequest(5, SECONDS);
      assertThat(recorded.getHeaders().get("Upgrade")).isNull();
      assertThat(recorded.getHeaders().get("HTTP2-Settings")).isNull();
    }
  }
}
