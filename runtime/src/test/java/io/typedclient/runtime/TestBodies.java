package io.typedclient.runtime;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * A response body for tests that must prove a client stops reading (the transport conformance suite has more,
 * in {@code MockBodies}).
 */
final class TestBodies {
  private TestBodies() {}

  /**
   * A chunked body that never ends: the server writes until the client drops the connection, then counts down
   * {@code clientGone}. A client that read the whole body would never return.
   */
  static MockResponse endless(int status, CountDownLatch clientGone) {
    MockResponseBody body =
        new MockResponseBody() {
          @Override
          public long getContentLength() {
            return -1;
          }

          @Override
          public void writeTo(BufferedSink sink) throws IOException {
            byte[] chunk = new byte[8192];
            java.util.Arrays.fill(chunk, (byte) 'x');
            try {
              while (true) {
                sink.writeUtf8(Integer.toHexString(chunk.length)).writeUtf8("\r\n").write(chunk).writeUtf8("\r\n");
                sink.flush();
              }
            } catch (IOException e) {
              clientGone.countDown();
              throw e;
            }
          }
        };
    return new MockResponse.Builder()
        .code(status)
        .body(body)
        .removeHeader("Content-Length")
        .setHeader("Transfer-Encoding", "chunked")
        .build();
  }
}
