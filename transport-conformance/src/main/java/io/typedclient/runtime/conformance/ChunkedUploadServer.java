package io.typedclient.runtime.conformance;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback server for one chunked upload that says when the first {@code mark} body bytes have arrived (before the
 * body ends, which MockWebServer cannot say), reads the rest, and answers {@code 200 ok}.
 */
final class ChunkedUploadServer implements AutoCloseable {
  private final ServerSocket listener;
  private final Thread thread;
  private final AtomicLong received = new AtomicLong();

  ChunkedUploadServer(long mark, CountDownLatch markArrived) throws IOException {
    listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    thread = new Thread(() -> serve(mark, markArrived), "chunked-upload-server");
    thread.setDaemon(true);
    thread.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/upload");
  }

  /** Body bytes received once the upload ended. */
  long received() throws InterruptedException {
    thread.join(10_000);
    return received.get();
  }

  private void serve(long mark, CountDownLatch markArrived) {
    try (Socket socket = listener.accept()) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      while (!line(in).isEmpty()) {
        // request line and headers
      }
      long count = 0;
      for (long size; (size = Long.parseLong(line(in).split(";")[0].trim(), 16)) > 0; ) {
        for (long i = 0; i < size; i++) {
          if (in.read() < 0) {
            return;
          }
          if (++count == mark) {
            markArrived.countDown();
          }
        }
        line(in); // the CRLF after the chunk
      }
      while (!line(in).isEmpty()) {
        // trailers
      }
      received.set(count);
      OutputStream out = socket.getOutputStream();
      out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    } catch (IOException | NumberFormatException e) {
      // The client went away: received() stays 0 and the case fails on it.
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b; (b = in.read()) >= 0 && b != '\n'; ) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
