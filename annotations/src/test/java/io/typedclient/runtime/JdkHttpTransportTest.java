package io.typedclient.runtime;

import java.time.Duration;

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
}
