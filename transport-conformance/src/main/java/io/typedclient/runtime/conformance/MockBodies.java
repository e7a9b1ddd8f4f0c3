package io.typedclient.runtime.conformance;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/** Response bodies for tests that must prove a client stops reading. */
final class MockBodies {
  private MockBodies() {}

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
            Arrays.fill(chunk, (byte) 'x');
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

  /**
   * Headers that declare {@code declaredLength} bytes, then a body of one byte every {@code pause} (never
   * reaching that length) until the client drops the connection.
   */
  static MockResponse declaredButStalled(long declaredLength, CountDownLatch clientGone, Duration pause) {
    return trickleThenStall(declaredLength, clientGone, pause, Integer.MAX_VALUE, new CountDownLatch(0));
  }

  /**
   * Headers that declare {@code declaredLength} bytes, then {@code bytes} single bytes {@code pause} apart, then
   * nothing until {@code release} opens, then single bytes again until the client drops the connection.
   */
  static MockResponse trickleThenStall(
      long declaredLength, CountDownLatch clientGone, Duration pause, int bytes, CountDownLatch release) {
    MockResponseBody body =
        new MockResponseBody() {
          @Override
          public long getContentLength() {
            return declaredLength;
          }

          @Override
          public void writeTo(BufferedSink sink) throws IOException {
            try {
              for (int sent = 0; ; sent++) {
                sink.writeUtf8("x").flush();
                if (sent + 1 == bytes && !release.await(30, TimeUnit.SECONDS)) {
                  throw new IOException("never released");
                }
                Thread.sleep(pause.toMillis());
              }
            } catch (IOException e) {
              clientGone.countDown();
              throw e;
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IOException("server stopping", e);
            }
          }
        };
    return new MockResponse.Builder()
        .code(200)
        .body(body)
        .setHeader("Content-Length", Long.toString(declaredLength))
        .build();
  }
}
