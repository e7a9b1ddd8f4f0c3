package io.typedclient.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * One request of an {@link UrlConnectionTransport} and its response: the future its caller waits on, and the work
 * that fills it.
 *
 * <p>The JDK's {@code HttpURLConnection} cannot abort a read in progress: its {@code disconnect()} waits for the
 * read's lock, and a chunked body can keep one read going without end, trailer after trailer. So no caller ever
 * waits inside such a read. A blocking call ({@link #execute}) connects, sends and reads the headers on its own
 * thread, where closing the socket ends whatever it waits for, and reads the body there as far as it has arrived;
 * only when a read would wait for the network does the rest move to one of the transport's threads, the caller
 * waiting on this future. An asynchronous call ({@link #run}) runs on one of those threads from the start. The
 * future ends as soon as one of these happens: the response is read, the exchange fails, its deadline passes
 * ({@link #expire}, from the transport's {@link Deadlines}), the caller cancels it, or the blocking caller's thread
 * is interrupted ({@link #poll}, or the wait on this future). Ending it early never waits for the network; whatever
 * a transport thread is still reading goes on without the caller.
 *
 * <p>What an early end does to the connection depends on how far the exchange got, and is decided under
 * {@link #lock} together with the exchange's own steps, so that nothing is sent once {@link #abort} has returned:
 * before the body, {@code disconnect()} closes the socket at once (the JDK's, which then holds no stream, and
 * Android's, which always does); while the body is read, {@code disconnect()} runs on a thread of its own, because
 * on the JDK it waits for the read in progress.
 */
final class UrlConnectionExchange extends CompletableFuture<HttpResponse> implements Runnable, Deadlines.Entry {
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
  /** The client's proxy configuration, or null (the JVM's settings): to name the proxy when something fails. */
  private final @Nullable ProxyConfig proxy;
  private final Object lock = new Object();
  /** Guarded by {@link #lock}. */
  private int step = CONFIGURED;
  /** Guarded by {@link #lock}: set once the exchange has been ended from outside. */
  private boolean aborted;
  /** Set by {@link #stream}: the response is returned at its headers, its body read by a {@link UrlConnectionStream}. */
  private boolean streaming;
  /** The thread of a blocking call while it runs the exchange itself, for {@link #poll}; null otherwise. */
  private volatile @Nullable Thread caller;

  private UrlConnectionExchange(
      HttpRequest request,
      HttpURLConnection connection,
      Duration connectTimeout,
      Deadlines deadlines,
      UrlConnectionTransport transport,
      @Nullable ProxyConfig proxy) {
    this.request = request;
    this.connection = connection;
    this.proxy = proxy;
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
      UrlConnectionTransport transport,
      @Nullable ProxyConfig proxy) {
    String method = request.method();
    if (request.hasBody() && (method.equals("GET") || method.equals("HEAD"))) {
      throw new UnsupportedOperationException(
          method + " with a body cannot be sent by HttpURLConnection, which would turn it into a POST; " + request);
    }
    HttpURLConnection connection = UrlConnectionSetup.open(request, connectionFactory, noAuthenticator);
    return new UrlConnectionExchange(request, connection, connectTimeout, deadlines, transport, proxy);
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

  /**
   * Whether the deadline has passed, checked by the reader of the body; if it has, the exchange ends with the
   * timeout now, so that the call fails with it even when the {@link Deadlines} thread has not come round yet.
   */
  private boolean expiredNow() {
    if (System.nanoTime() - deadline > 0) {
      expire();
      return true;
    }
    return false;
  }

  /** From the transport's {@link Deadlines}: a blocking caller interrupted while it runs the exchange ends it. */
  @Override
  public void poll() {
    Thread thread = caller;
    if (thread != null && thread.isInterrupted()) {
      abort(TransportException.interrupted(request, new InterruptedException()));
    }
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
        // No stream is open yet: the JDK's disconnect() closes the socket and returns, and what the exchange is
        // writing or waiting for fails. Under the lock, so that its next step sees `aborted`.
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

  /**
   * A blocking call, on the caller's thread, which the transport has already set to be watched: see the class
   * comment. Returns the response or throws what the exchange failed with.
   */
  HttpResponse execute(Executor threads) {
    caller = Thread.currentThread();
    UrlConnectionBody rest = null;
    try {
      Object outcome = exchange(false);
      if (outcome instanceof HttpResponse) {
        complete((HttpResponse) outcome);
      } else {
        rest = (UrlConnectionBody) outcome;
      }
    } catch (RuntimeException e) {
      completeExceptionally(e);
    } finally {
      caller = null;
    }
    if (rest != null && !isDone()) {
      UrlConnectionBody body = rest;
      try {
        threads.execute(() -> finishBody(body));
      } catch (RejectedExecutionException e) {
        abort(transport.isClosed() ? new ClientClosedException(request) : TransportException.of(request, e));
      }
    } else {
      deadlines.unwatch(this);
    }
    return await();
  }

  /**
   * A streaming call, on the calling thread, which the transport has already set to be watched: connects, sends
   * and reads the headers as {@link #execute} does, then returns with the body to be read through an
   * {@link UrlConnectionStream}, on a transport thread. The exchange stays watched until the body ends or is
   * closed.
   */
  StreamingResponse stream(Executor threads) {
    caller = Thread.currentThread();
    streaming = true;
    try {
      StreamingResponse response = (StreamingResponse) exchange(false);
      ((UrlConnectionStream) response.body()).start(threads);
      return response;
    } catch (RuntimeException e) {
      deadlines.unwatch(this);
      // Ended from outside first (the deadline, an interrupt), the exchange says why; else e does.
      abort(e);
      throw endedWith(e);
    } finally {
      caller = null;
    }
  }

  /** What the exchange ended with, or {@code fallback} when that is not an unchecked exception. */
  private RuntimeException endedWith(RuntimeException fallback) {
    try {
      getNow(null);
      return fallback;
    } catch (CompletionException e) {
      return e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : fallback;
    } catch (CancellationException e) {
      return e;
    }
  }

  /** The body ended, or its reader closed it: the exchange is over. */
  void streamEnded(boolean early) {
    deadlines.unwatch(this);
    if (early) {
      abort(new CancellationException("the body was closed before its end"));
    } else {
      complete(null);
    }
  }

  /** The deadline, {@code System.nanoTime()}. */
  long deadlineNanos() {
    return deadline;
  }

  /** Waits for the outcome; an interrupt ends the exchange and the wait. */
  private HttpResponse await() {
    try {
      return get();
    } catch (InterruptedException e) {
      TransportException interrupted = TransportException.interrupted(request, e);
      abort(interrupted);
      Thread.currentThread().interrupt();
      throw interrupted;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw TransportException.of(request, cause);
    }
  }

  /** An asynchronous call, on one of the transport's threads (or the caller's executor). */
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
      complete((HttpResponse) exchange(true));
    } catch (RuntimeException e) {
      completeExceptionally(e);
    } catch (Error e) {
      completeExceptionally(e);
      throw e;
    } finally {
      deadlines.unwatch(this);
    }
  }

  /** On one of the transport's threads: the rest of a blocking call's body. */
  private void finishBody(UrlConnectionBody body) {
    try {
      complete(finish(body, true));
    } catch (IOException e) {
      completeExceptionally(failure(e));
    } catch (RuntimeException e) {
      disconnectQuietly();
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

  /**
   * Connects, sends, reads the headers and the body: the response; or, when {@code mayBlock} is false and the
   * body has not all arrived, the body as far as it has been read.
   */
  private Object exchange(boolean mayBlock) {
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
      } else if (request.bodySource() != null) {
        UrlConnectionStream.send(request, c);
      } else if (c.getDoOutput()) {
        c.getOutputStream().close();
      }
      int status = c.getResponseCode();
      enter(READING_BODY);
      return readResponse(c, status, mayBlock);
    } catch (SocketTimeoutException e) {
      disconnectQuietly();
      throw connected
          ? new RequestTimeoutException(request, request.timeout(), e)
          : new RequestTimeoutException(request, connectTimeout, e);
    } catch (IOException e) {
      throw failure(e);
    } catch (RuntimeException e) {
      disconnectQuietly();
      throw e;
    }
  }

  /** The failure for an I/O error; the connection is dropped. */
  private RuntimeException failure(IOException e) {
    disconnectQuietly();
    if (isDone()) {
      // Ended from outside (deadline, cancel, interrupt); the caller already has why.
      return new CancellationException("ended before it finished");
    }
    if (e instanceof SocketTimeoutException) {
      return new RequestTimeoutException(request, request.timeout(), e);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TunnelSocket.TunnelRefusedException) {
        TunnelSocket.TunnelRefusedException refused = (TunnelSocket.TunnelRefusedException) t;
        if (refused.status == 407) {
          return new ProxyAuthenticationException(request, refused.proxy, refused.credentialsSent, refused.scheme);
        }
        return new TransportException(
            "the proxy " + refused.proxy + " answered " + refused.status + " to the tunnel for " + request, request, e);
      }
    }
    ProxyRoute route = route();
    return TransportException.of(request, e, route == null ? null : route.proxy);
  }

  /** The configured proxy this request went through, or null. */
  private @Nullable ProxyRoute route() {
    try {
      return ProxyRoute.of(proxy, request);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private long remainingMillis() {
    long nanos = deadline - System.nanoTime();
    if (nanos <= 0) {
      throw new RequestTimeoutException(request, request.timeout(), null);
    }
    return Math.max(1, Math.min(nanos / 1_000_000, Integer.MAX_VALUE));
  }

  private Object readResponse(HttpURLConnection c, int status, boolean mayBlock) throws IOException {
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
    ProxyRoute route = status == 407 ? route() : null;
    if (route != null) {
      // A 407 through the configured proxy is the proxy's (RFC 9110): ours to report, not an answer to return.
      disconnectQuietly();
      throw route.refused(request, headers.first("Proxy-Authenticate"));
    }
    boolean bodyless = request.method().equals("HEAD") || status == 204 || status == 304;
    long declared = bodyless ? -1 : ContentLength.parse(headers.all("Content-Length"));
    // getErrorStream is null when there is no body (or when the JDK already discarded it).
    InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
    if (in == null || bodyless) {
      closeQuietly(in);
      return streaming
          ? UrlConnectionStream.response(this, status, headers, null)
          : HttpResponse.ownedBody(request, status, headers, null);
    }
    if (streaming) {
      return UrlConnectionStream.response(this, status, headers, in);
    }
    long limit = request.maxResponseBytes();
    if (declared > limit) {
      closeQuietly(in);
      throw new ResponseTooLargeException(request, status, limit);
    }
    UrlConnectionBody body = new UrlConnectionBody(
        request, status, headers, in, declared, limit, () -> isDone() || expiredNow());
    if (!mayBlock && !body.read(false)) {
      return body;
    }
    return finish(body, mayBlock);
  }

  /** Reads the rest of {@code body} (to the end, when {@code mayBlock}) and makes the response. */
  private HttpResponse finish(UrlConnectionBody body, boolean mayBlock) throws IOException {
    InputStream in = body.stream();
    try {
      if (mayBlock) {
        body.read(true);
      }
      in.close(); // read to the end: the connection goes back to the pool
      return body.response();
    } catch (IOException | RuntimeException e) {
      // Dropped, not drained: reading the rest is what the limit and the deadline are there to prevent.
      disconnectQuietly();
      closeQuietly(in);
      throw e;
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
