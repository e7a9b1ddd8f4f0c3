package io.typedclient.runtime.conformance;

import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.UrlConnectionTransport;
import java.time.Duration;

/** {@link UrlConnectionTransport} against the transport conformance suite. */
final class UrlConnectionTransportConformanceTest extends HttpTransportConformanceTest {
  @Override
  public HttpTransport newTransport(Duration connectTimeout) {
    return UrlConnectionTransport.builder().connectTimeout(connectTimeout).build();
  }

  /** The JDK's HttpURLConnection refuses PATCH; Android's sends it (AndroidUrlConnectionTransportConformanceTest). */
  @Override
  public boolean sendsPatch() {
    return false;
  }
}
