package io.typedclient.runtime;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * One request of an {@link UrlConnectionTransport} and its response: the future its caller waits on, and the work
 * that fills it on one of the transport's threads.
 *
 * <p>The caller's thread configures the {@link HttpURLConnection} ({@link #prepare}: nothing is sent, and what it
 * cannot send faithfully is refused there), then waits; a thread of the transport connects, sends and reads
 * ({@link #run}). The future ends as soon as one of these happens: the response is read, the exchange fails, its
 * deadline passes ({@link #expire}, from the transport's {@link Deadlines}), the caller cancels it or is
 * interrupted ({@link #abort}). Ending it early never waits for the network: the JDK's {@code HttpURLConnection}
 * cannot abort a read in progress (its {@code disconnect()} waits for the read, and a chunked body can keep a read
 * going without end, trailer after trailer), so whatever the thread is still doing goes on without the caller.
 *
 * <p>What an early end does to the connection depends on how far the exchange got, and is decided under
 * {@link #lock} together with the exchange's own steps, so that nothing is sent once {@link #abort} has returned:
 * before the body, {@code disconnect()} closes the socket at once (the JDK's, which then holds no stream, and
 * Android's, which always does); while the body is read, {@code disconnect()} runs on a thread of its own, because
 * on the JDK it waits for the read in progress.
 */
final class UrlConnectionExchange extends CompletableFuture<HttpResponse> implements Runnable, Deadlines.Entry {
  /** The most allocated for a body before its bytes have come; a body declared at up to this is allocated once. */
  static final int INITIAL_CAPACITY = 8192;

  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  /** Steps of the exchange, in order: what {@link #abort} may do to the connection without waiting. */
  private static final int CONFIGURED = 0;
  private static final int CONNECTING = 1;
  private static final int EXCHANGING = 2;
  private static final int READING_BODY = 3;

  private final HttpRequest request;
  private final HttpURLConnection connection;
  private final Duration connectTimeout;
  private final int connectTimeoutMillis;
  private final long deadline;
  private final Deadlines deadlines;
  private final UrlConnectionTransport transport;
  private final Object lock = new Object();
  /** Guarded by {@link #lock}. */
  private int step = CONFIGURED;
  /** Guarded by {@link #lock}: set once the exchange has been ended from outside. */
  private boolean aborted;

  private UrlConnectionExchange(
      HttpRequest request,
      HttpURLConnection connection,
      Duration connectTimeout,
      Deadlines deadlines,
      UrlConnectionTransport transport) {
    this.request = request;
    this.connection = connection;
    this.connectTimeout = connectTimeout;
    this.connectTimeoutMillis = toMillis(connectTimeout);
    this.deadlines = deadlines;
    this.transport = transport;
    this.deadline = System.nanoTime() + Math.min(Durations.nanos(request.timeout()), Long.MAX_VALUE / 4);
  }

  /**
   * The exchange for {@code request}, with its connection opened and configured but not connected; throws, on
   * the caller's thread, what makes the request impossible to send faithfully.
   */
  static UrlConnectionExchange prepare(
      HttpRequest request,
      UrlConnectionTransport.ConnectionFactory connectionFactory,
      NoAuthenticator noAuthenticator,
      Duration connectTimeout,
      Deadlines deadlines,
      UrlConnectionTransport transport) {
    String method = request.method();
    if (request.bodyUnsafe() != null && (method.equals("GET") || method.equals("HEAD"))) {
      throw new UnsupportedOperationException(
          method + " with a body cannot be sent by HttpURLConnection, which would turn it into a POST; " + request);
    }
    HttpURLConnection connection = UrlConnectionSetup.open(request, connectionFactory, noAuthenticator);
    return new UrlConnectionExchange(request, connection, connectTimeout, deadlines, transport);
  }

  /** The request this exchange sends. */
  HttpRequest request() {
    return request;
  }

  @Override
  public long deadline() {
    return deadline;
  }

  /** From the transport's {@link Deadlines}: the deadline passed with the exchange still running. */
  @Override
  public void expire() {
    abort(new RequestTimeoutException(request, request.timeout(), null));
  }

  /** Cancelling the caller's future ends the exchange. */
  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    if (cancelled) {
      stopConnection();
    }
    return cancelled;
  }

  /** Ends the exchange with {@code why}, at once; see the class comment for what happens to the connection. */
  void abort(RuntimeException why) {
    if (completeExceptionally(why)) {
      stopConnection();
    }
  }

  private void stopConnection() {
    deadlines.unwatch(this);
    synchronized (lock) {
      if (aborted) {
        return;
      }
      aborted = true;
      if (step < READING_BODY) {
        // No stream is open yet: the JDK's disconnect() closes the socket and returns, and what the exchange's
        // thread is writing or waiting for fails. Under the lock, so that its next step sees `aborted`.
        disconnectQuietly();
        return;
      }
    }
    // A body is being read: on the JDK, disconnect() waits for that read to end, which a hostile server can put
    // off for ever. The caller and the deadline thread must not wait with it.
    Thread disconnecting = new Thread(this::disconnectQuietly, "typedclient-urlconnection-abort");
    disconnecting.setDaemon(true);
    disconnecting.start();
  }

  private void disconnectQuietly() {
    try {
      connection.disconnect();
    } catch (RuntimeException e) {
      // The exchange is over either way.
    }
  }

  /** On one of the transport's threads: sends the request and reads the response into this future. */
  @Override
  public void run() {
    if (isDone()) {
      deadlines.unwatch(this);
      return; // ended while waiting for a thread
    }
    if (transport.isClosed()) {
      abort(new ClientClosedException(request));
      return;
    }
    try {
      complete(send());
    } catch (RuntimeException e) {
      completeExceptionally(e);
    } catch (Error e) {
      completeExceptionally(e);
      throw e;
    } finally {
      deadlines.unwatch(this);
    }
  }

  /** Moves to {@code next}, unless the exchange has been ended from outside. */
  private void enter(int next) throws InterruptedIOException {
    synchronized (lock) {
      if (aborted) {
        throw new InterruptedIOException("the exchange was ended before it finished");
      }
      step = next;
    }
  }

  private HttpResponse send() {
    byte[] body = request.bodyUnsafe();
    HttpURLConnection c = connection;
    boolean connected = false;
    try {
      long remaining = remainingMillis();
      c.setConnectTimeout((int) Math.min(connectTimeoutMillis, remaining));
      c.setReadTimeout((int) remaining);
      enter(CONNECTING);
      c.connect();
      connected = true;
      enter(EXCHANGING);
      if (body != null) {
        try (OutputStream out = c.getOutputStream()) {
          out.write(body);
        }
      } else if (c.getDoOutput()) {
        c.getOutputStream().close();
      }
      int status = c.getResponseCode();
      enter(READING_BODY);
      return readResponse(c, status);
    } catch (SocketTimeoutException e) {
      disconnectQuietly();
      throw connected
          ? new RequestTimeoutException(request, request.timeout(), e)
          : new RequestTimeoutException(request, connectTimeout, e);
    } catch (IOException e) {
      disconnectQuietly();
      if (isDone()) {
        // Ended from outside (deadline, cancel, interrupt); the caller already has why.
        throw new CancellationException("ended before it finished");
      }
      throw TransportException.of(request, e);
    } catch (RuntimeException e) {
      disconnectQuietly();
      throw e;
    }
  }

  private long remainingMillis() {
    long nanos = deadline - System.nanoTime();
    if (nanos <= 0) {
      throw new RequestTimeoutException(request, request.timeout(), null);
    }
    return Math.max(1, Math.min(nanos / 1_000_000, Integer.MAX_VALUE));
  }

  private HttpResponse readResponse(HttpURLConnection c, int status) throws IOException {
    if (status < 100 || status > 999) {
      throw new TransportException("the server's answer to " + request + " is not a valid HTTP response", request, null);
    }
    if (status < 200) {
      // HttpURLConnection skips 100 Continue only: a 102 or 103 would be taken for the answer, and the real one
      // read as the body or as the answer to the next request on this connection, which is dropped instead.
      throw TransportException.of(request, new ProtocolException(
          "the server sent the interim response " + status + " where the final response was expected"));
    }
    HttpHeaders headers = UrlConnectionSetup.headers(c);
    boolean bodyless = request.method().equals("HEAD") || status == 204 || status == 304;
    long declared = bodyless ? -1 : ContentLength.parse(headers.all("Content-Length"));
    // getErrorStream is null when there is no body (or when the JDK already discarded it).
    InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
    if (in == null || bodyless) {
      closeQuietly(in);
      return HttpResponse.ownedBody(request, status, headers, null);
    }
    try {
      long limit = request.maxResponseBytes();
      if (declared > limit) {
        throw new ResponseTooLargeException(request, status, limit);
      }
      byte[] bytes = readCapped(in, limit, declared, status);
      in.close(); // read to the end: the connection goes back to the pool
      return HttpResponse.ownedBody(request, status, headers, bytes);
    } catch (IOException | RuntimeException e) {
      // Dropped, not drained: reading the rest is what the limit and the deadline are there to prevent.
      disconnectQuietly();
      closeQuietly(in);
      throw e;
    }
  }

  /**
   * The body, at most {@code limit} bytes. The buffer grows with the bytes that arrive (from
   * {@link #INITIAL_CAPACITY}, doubling, never beyond the declared length), so a server that declares a length and
   * stalls costs what it sent, not what it declared.
   */
  private byte[] readCapped(InputStream in, long limit, long declared, int status) throws IOException {
    long cap = Math.min(limit, MAX_ARRAY);
    long expected = declared >= 0 ? declared : cap;
    byte[] buffer = new byte[(int) Math.min(expected, INITIAL_CAPACITY)];
    int count = 0;
    while (true) {
      if (count == buffer.length) {
        if (declared >= 0 && count == declared) {
          return buffer;
        }
        if (count < expected) {
          buffer = Arrays.copyOf(buffer, (int) Math.min(expected, Math.max(2L * count, INITIAL_CAPACITY)));
          continue;
        }
        // At the cap with no declared length: one more byte says whether the body is over the limit.
        int next = in.read();
        checkStillWanted();
        if (next < 0) {
          return buffer;
        }
        throw new ResponseTooLargeException(request, status, cap);
      }
      int n = in.read(buffer, count, buffer.length - count);
      checkStillWanted();
      if (n < 0) {
        if (declared >= 0 && count < declared) {
          // The JDK's HttpURLConnection reports a fixed-length body cut short as a normal end.
          throw new EOFException("the connection closed after " + count + " of " + declared + " body bytes");
        }
        return count == buffer.length ? buffer : Arrays.copyOf(buffer, count);
      }
      count += n;
    }
  }

  /** Stops reading once the exchange has been ended from outside; the read timeout is the backstop. */
  private void checkStillWanted() throws InterruptedIOException {
    if (isDone() || System.nanoTime() - deadline > 0) {
      throw new InterruptedIOException("the exchange was ended before its body was read");
    }
  }

  private static int toMillis(Duration duration) {
    long millis = Math.max(1, Durations.nanos(duration) / 1_000_000);
    return (int) Math.min(millis, Integer.MAX_VALUE);
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // the exchange is over either way
      }
    }
  }
}
