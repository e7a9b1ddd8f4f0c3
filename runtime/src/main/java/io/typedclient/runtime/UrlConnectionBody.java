package io.typedclient.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A streamed response body of {@link UrlConnectionTransport}: the connection's stream, read as the caller reads
 * it, within the request's deadline (checked after every read; the transport's watchdog disconnects a read that
 * stalls past it). Failures are unchecked, as {@link StreamingResponse} says. Closing it at the end of the body
 * returns the connection to the pool; closing it before drops the connection rather than reading the rest.
 */
final class UrlConnectionBody extends InputStream {
  private final UrlConnectionExchange exchange;
  private final HttpRequest request;
  /** Null for a response without a body. */
  private final InputStream in;
  private boolean ended;
  private final AtomicBoolean closed = new AtomicBoolean();

  UrlConnectionBody(UrlConnectionExchange exchange, InputStream in) {
    this.exchange = exchange;
    this.request = exchange.request();
    this.in = in;
    this.ended = in == null;
    if (in == null) {
      exchange.unwatch();
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (closed.get()) {
      throw new IOException("the body of " + request + " is closed");
    }
    if (ended) {
      return -1;
    }
    int n;
    try {
      n = in.read(into, offset, length);
    } catch (IOException e) {
      close();
      throw exchange.timedOut() || System.nanoTime() - exchange.deadline() > 0
          ? new RequestTimeoutException(request, request.timeout(), e)
          : TransportException.of(request, e);
    }
    if (System.nanoTime() - exchange.deadline() > 0) {
      close();
      throw new RequestTimeoutException(request, request.timeout(), null);
    }
    if (n < 0) {
      ended = true;
      exchange.unwatch();
    }
    return n;
  }

  @Override
  public int available() throws IOException {
    return ended || closed.get() ? 0 : in.available();
  }

  /** At the end: back to the pool. Before it: the connection is dropped. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    exchange.unwatch();
    if (!ended) {
      exchange.drop();
    }
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // dropped either way
      }
    }
  }
}
