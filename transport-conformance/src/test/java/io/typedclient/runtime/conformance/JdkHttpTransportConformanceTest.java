package io.typedclient.runtime.conformance;

import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.JdkHttpTransport;
import java.time.Duration;

/** {@link JdkHttpTransport} against the transport conformance suite. */
final class JdkHttpTransportConformanceTest extends HttpTransportConformanceTest {
  @Override
  public HttpTransport newTransport(Duration connectTimeout) {
    return JdkHttpTransport.builder().connectTimeout(connectTimeout).build();
  }
}
