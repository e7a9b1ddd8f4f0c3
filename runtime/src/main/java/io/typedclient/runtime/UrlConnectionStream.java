package io.typedclient.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A streamed response body of {@link UrlConnectionTransport}, and its streamed request bodies.
 *
 * <p>The JDK's {@code HttpURLConnection} cannot abort a read in progress (see {@link UrlConnectionExchange}), so the
 * caller never reads the connection itself: one of the transport's threads does, a chunk at a time, into a queue of a
 * few chunks, and waits while the queue is full; the caller takes from the queue, waiting no later than the request's
 * deadline. Memory holds what the caller has not read of a few chunks, whatever the body's length. The exchange stays
 * watched by the transport's {@link Deadlines} until the body ends or is closed, so a body nobody reads is cut off at
 * the deadline; closing it before its end ends the exchange, which drops the connection rather than reading the rest.
 * Failures are unchecked, as {@link StreamingResponse} says.
 */
final class UrlConnectionStream extends BulkInputStream {
  private static final Object END = new Object();
  private static final int CHUNK = 16 * 1024;

  private final UrlConnectionExchange exchange;
  private final HttpRequest request;
  /** Null for a response without a body. */
  private final @Nullable InputStream in;
  private final ArrayBlockingQueue<Object> chunks = new ArrayBlockingQueue<>(4);
  private final AtomicBoolean closed = new AtomicBoolean();
  // Touched by the reading thread only.
  private byte @Nullable [] current;
  private int position;
  private boolean ended;

  private UrlConnectionStream(UrlConnectionExchange exchange, @Nullable InputStream in) {
    this.exchange = exchange;
    this.request = exchange.request();
    this.in = in;
  }

  /** The response of {@code exchange} at its headers, its body read from {@code in} (null for none). */
  static StreamingResponse response(
      UrlConnectionExchange exchange, int status, HttpHeaders headers, @Nullable InputStream in) {
    return StreamingResponse.of(exchange.request(), status, headers, new UrlConnectionStream(exchange, in));
  }

  /** Copies a streamed request body to the connection, chunked; the transport's deadline bounds a write that stalls. */
  static void send(HttpRequest request, HttpURLConnection connection) throws IOException {
    BodySource body = request.bodySource();
    if (body == null) {
      throw new IllegalStateException(request + " has no streamed body");
    }
    try (OutputStream out = connection.getOutputStream(); InputStream source = body.open()) {
      if (source == null) {
        throw new IOException("the BodySource of " + request + " opened no stream");
      }
      byte[] buffer = new byte[8192];
      for (int n; (n = source.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
      }
    }
  }

  /** Starts reading the body on one of {@code threads}. */
  void start(Executor threads) {
    InputStream in = this.in;
    if (in == null) {
      chunks.add(END);
      exchange.streamEnded(false);
      return;
    }
    try {
      threads.execute(() -> pump(in));
    } catch (RejectedExecutionException e) {
      exchange.streamEnded(true);
      throw new ClientClosedException(request);
    }
  }

  /** On a transport thread: the connection's bytes into the queue, until the end, a failure or the reader leaves. */
  private void pump(InputStream in) {
    try {
      while (!closed.get()) {
        byte[] buffer = new byte[CHUNK];
        int n = in.read(buffer);
        if (n < 0) {
          in.close(); // read to the end: the connection goes back to the pool
          exchange.streamEnded(false);
          hand(END);
          return;
        }
        hand(n == CHUNK ? buffer : Arrays.copyOf(buffer, n));
      }
    } catch (IOException | RuntimeException e) {
      hand(e);
    }
  }

  /** Queues {@code item}, waiting while the queue is full, unless the reader has closed the body. */
  private void hand(Object item) {
    try {
      while (!closed.get()) {
        if (chunks.offer(item, 100, TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (closed.get()) {
      throw new IOException("the body of " + request + " is closed");
    }
    if (ended) {
      return -1;
    }
    if (System.nanoTime() - exchange.deadlineNanos() > 0) {
      throw timedOut();
    }
    if (length == 0) {
      return 0;
    }
    while (current == null || position == current.length) {
      Object next = take();
      if (next == END) {
        ended = true;
        return -1;
      }
      if (next instanceof Throwable) {
        Throwable failure = (Throwable) next;
        close();
        if (System.nanoTime() - exchange.deadlineNanos() > 0) {
          throw new RequestTimeoutException(request, request.timeout(), failure);
        }
        throw failure instanceof TypedClientException
            ? (TypedClientException) failure
            : TransportException.of(request, failure);
      }
      current = (byte[]) next;
      position = 0;
    }
    int n = Math.min(length, current.length - position);
    System.arraycopy(current, position, into, offset, n);
    position += n;
    return n;
  }

  private Object take() {
    long remaining = exchange.deadlineNanos() - System.nanoTime();
    Object next;
    try {
      next = remaining > 0 ? chunks.poll(remaining, TimeUnit.NANOSECONDS) : null;
    } catch (InterruptedException e) {
      close();
      Thread.currentThread().interrupt();
      throw TransportException.interrupted(request, e);
    }
    if (next == null) {
      throw timedOut();
    }
    return next;
  }

  private RequestTimeoutException timedOut() {
    close();
    return new RequestTimeoutException(request, request.timeout(), null);
  }

  @Override
  public int available() {
    return current == null || closed.get() ? 0 : current.length - position;
  }

  /** Before the end, ends the exchange: the connection is dropped, not drained. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      if (!ended) {
        exchange.streamEnded(true);
      }
      chunks.clear();
    }
  }
}
