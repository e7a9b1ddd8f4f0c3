package io.typedclient.runtime;

import io.typedclient.runtime.internal.Futures;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link HttpTransport} over {@link HttpURLConnection}, for Android, which has no {@code java.net.http}. It
 * uses nothing from {@code java.net.http} and behaves as {@link HttpTransport} requires: redirects are never
 * followed, nothing is cached, the body is counted while it is read and the connection dropped as soon as it
 * crosses {@link HttpRequest#maxResponseBytes()} (or before reading, when {@code Content-Length} says so),
 * error bodies come from {@link HttpURLConnection#getErrorStream()}, and {@link HttpRequest#timeout()} covers
 * the whole exchange: a body that trickles in fails at the deadline (the body is checked between reads, and a
 * watchdog disconnects the exchange). One limit of the JDK's {@code HttpURLConnection}: it cannot abort a read
 * in progress, and its read timeout is fixed when it connects, so a body that stalls completely just before
 * the deadline fails by that read timeout, up to one timeout later (Android's {@code HttpURLConnection} aborts
 * at once). Bodies are read to the end and closed, so connections are reused. The time an asynchronous call
 * waits for a free thread counts against its timeout.
 *
 * <p>Asynchronous calls run on an executor: by default a pool of {@value #DEFAULT_THREADS} daemon threads that
 * this transport owns and shuts down on {@link #close()}; {@link Builder#executor} supplies one the caller owns.
 * Cancelling a future disconnects its exchange.
 *
 * <p>Limits of {@code HttpURLConnection}, refused rather than worked around:
 * <ul>
 *   <li><b>PATCH</b> (and any method but GET, POST, HEAD, OPTIONS, PUT, DELETE and TRACE): Android's
 *       {@code HttpURLConnection} sends PATCH, and so does this transport there. The JDK's refuses it and has no
 *       supported way to send it (only reflection into its internals, or {@code X-HTTP-Method-Override}, which
 *       changes what the server sees); on the JVM such a request fails with
 *       {@link UnsupportedOperationException} before anything is sent. Use {@link JdkHttpTransport} on the JVM.
 *   <li>A body on GET or HEAD: {@code HttpURLConnection} would silently turn such a GET into a POST, so it is
 *       refused with {@link UnsupportedOperationException}.
 *   <li>Headers it would drop without a word ({@code Origin}, {@code Via}, {@code Access-Control-Request-*},
 *       {@code Content-Transfer-Encoding} on the JVM) are refused with {@link IllegalArgumentException}, like the
 *       headers every transport owns ({@code Host}, {@code Content-Length}, {@code Connection}...).
 * </ul>
 * Requests that carry a body, and body-less POST, PUT and PATCH (sent with {@code Content-Length: 0}), are
 * streamed, which stops the JDK's {@code HttpURLConnection} from silently sending a POST a second time after a
 * dropped connection. Two consequences on the JVM only: a {@code 401} to such a request arrives without its
 * body (status and headers are kept), and a body-less POST is labelled
 * {@code application/x-www-form-urlencoded} unless the request sets a {@code Content-Type}. A request body
 * without a {@code Content-Type} is sent as {@code application/octet-stream}, and a request without
 * {@code Accept} asks for {@code *}{@code /*}, rather than the platform's own defaults. A process-wide
 * {@link java.net.CookieHandler}, if an application installs one, applies to these connections.
 */
public final class UrlConnectionTransport implements HttpTransport {
  /** Threads in the pool the transport creates when no executor is given. */
  public static final int DEFAULT_THREADS = 4;

  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final int connectTimeoutMillis;
  private final Duration connectTimeout;
  private final ConnectionFactory connectionFactory;
  private final Executor executor;
  /** The default pool, or null when the caller gave the executor (and keeps it). */
  private final ExecutorService ownedExecutor;
  private final ScheduledThreadPoolExecutor watchdog;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** Opens the connection for a URL; lets a caller configure TLS or a proxy, or use another implementation. */
  @FunctionalInterface
  public interface ConnectionFactory {
    /** A new, unconnected connection to {@code url}; the transport sets its method, headers and timeouts. */
    HttpURLConnection open(URL url) throws IOException;
  }

  private UrlConnectionTransport(Builder builder) {
    this.connectTimeout = builder.connectTimeout;
    this.connectTimeoutMillis = toMillis(builder.connectTimeout);
    this.connectionFactory = builder.connectionFactory;
    AtomicInteger threads = new AtomicInteger();
    ThreadFactory daemons = task -> {
      Thread thread = new Thread(task, "typedclient-urlconnection-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    if (builder.executor != null) {
      this.executor = builder.executor;
      this.ownedExecutor = null;
    } else {
      ThreadPoolExecutor pool =
          new ThreadPoolExecutor(DEFAULT_THREADS, DEFAULT_THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemons);
      pool.allowCoreThreadTimeOut(true);
      this.executor = pool;
      this.ownedExecutor = pool;
    }
    // Threads start on first use and end when idle: a transport that is never used holds none.
    this.watchdog = new ScheduledThreadPoolExecutor(1, daemons);
    watchdog.setRemoveOnCancelPolicy(true);
    watchdog.setKeepAliveTime(30, TimeUnit.SECONDS);
    watchdog.allowCoreThreadTimeOut(true);
  }

  /** A transport with default settings. */
  public static UrlConnectionTransport create() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    Objects.requireNonNull(request, "request");
    checkOpen(request);
    return new Exchange(request).send();
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    Objects.requireNonNull(request, "request");
    if (closed.get()) {
      return Futures.failed(new ClientClosedException(request));
    }
    AsyncExchange call = new AsyncExchange(new Exchange(request));
    try {
      executor.execute(call);
    } catch (RejectedExecutionException e) {
      call.completeExceptionally(closed.get() ? new ClientClosedException(request) : TransportException.of(request, e));
    }
    return call;
  }

  /**
   * Idempotent. Shuts down the threads this transport owns once the exchanges in flight end; new calls, and
   * calls still waiting for a thread, fail with {@link ClientClosedException}. An executor passed to
   * {@link Builder#executor} is left running.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      if (ownedExecutor != null) {
        ownedExecutor.shutdown();
      }
      // Deadlines already scheduled still fire, so exchanges in flight stay bounded.
      watchdog.shutdown();
    }
  }

  @Override
  public String toString() {
    return "UrlConnectionTransport{connectTimeout=" + connectTimeout + (closed.get() ? ", closed}" : "}");
  }

  private void checkOpen(HttpRequest request) {
    if (closed.get()) {
      throw new ClientClosedException(request);
    }
  }

  private static int toMillis(Duration duration) {
    long millis = Math.max(1, Durations.nanos(duration) / 1_000_000);
    return (int) Math.min(millis, Integer.MAX_VALUE);
  }

  /** An asynchronous call: runs its exchange on the executor, and disconnects it when cancelled. */
  private final class AsyncExchange extends CompletableFuture<HttpResponse> implements Runnable {
    private final Exchange exchange;

    AsyncExchange(Exchange exchange) {
      this.exchange = exchange;
    }

    @Override
    public void run() {
      if (isDone()) {
        return; // cancelled while waiting for a thread
      }
      if (closed.get()) {
        completeExceptionally(new ClientClosedException(exchange.request));
        return;
      }
      try {
        complete(exchange.send());
      } catch (RuntimeException e) {
        completeExceptionally(e);
      } catch (Error e) {
        completeExceptionally(e);
        throw e;
      }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      if (cancelled) {
        exchange.abort();
      }
      return cancelled;
    }
  }

  /** One request and its response, on the calling thread. */
  private final class Exchange implements Runnable {
    final HttpRequest request;
    private final long deadline;
    private volatile HttpURLConnection connection;
    private volatile boolean timedOut;
    private volatile boolean aborted;

    Exchange(HttpRequest request) {
      this.request = request;
      this.deadline = System.nanoTime() + Math.min(Durations.nanos(request.timeout()), Long.MAX_VALUE / 4);
    }

    /** The watchdog: the deadline passed with the exchange still running. */
    @Override
    public void run() {
      timedOut = true;
      disconnect();
    }

    /** Cancelled by the caller. */
    void abort() {
      aborted = true;
      disconnect();
    }

    private void disconnect() {
      HttpURLConnection current = connection;
      if (current != null) {
        current.disconnect();
      }
    }

    HttpResponse send() {
      String method = request.method();
      byte[] body = request.bodyUnsafe();
      if (body != null && (method.equals("GET") || method.equals("HEAD"))) {
        throw new UnsupportedOperationException(
            method + " with a body cannot be sent by HttpURLConnection, which would turn it into a POST; " + request);
      }
      HttpURLConnection c = open();
      ScheduledFuture<?> watch = null;
      boolean connected = false;
      try {
        long remaining = remainingMillis();
        c.setConnectTimeout((int) Math.min(connectTimeoutMillis, remaining));
        c.setReadTimeout((int) remaining);
        try {
          watch = watchdog.schedule(this, deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
          throw new ClientClosedException(request);
        }
        if (aborted) {
          throw new CancellationException("cancelled by the caller");
        }
        c.connect();
        connected = true;
        if (body != null) {
          try (OutputStream out = c.getOutputStream()) {
            out.write(body);
          }
        } else if (c.getDoOutput()) {
          c.getOutputStream().close();
        }
        return readResponse(c);
      } catch (SocketTimeoutException e) {
        disconnect();
        throw connected || timedOut
            ? new RequestTimeoutException(request, request.timeout(), e)
            : new RequestTimeoutException(request, connectTimeout, e);
      } catch (IOException e) {
        disconnect();
        if (timedOut) {
          throw new RequestTimeoutException(request, request.timeout(), e);
        }
        if (aborted) {
          throw new CancellationException("cancelled by the caller");
        }
        throw TransportException.of(request, e);
      } catch (RuntimeException e) {
        disconnect();
        throw e;
      } finally {
        if (watch != null) {
          watch.cancel(false);
        }
      }
    }

    private long remainingMillis() {
      long nanos = deadline - System.nanoTime();
      if (nanos <= 0) {
        throw new RequestTimeoutException(request, request.timeout(), null);
      }
      return Math.max(1, Math.min(nanos / 1_000_000, Integer.MAX_VALUE));
    }

    /** A configured, unconnected connection; throws before anything is sent when the request cannot be. */
    private HttpURLConnection open() {
      HttpURLConnection c;
      try {
        c = connectionFactory.open(request.uri().toURL());
      } catch (IOException e) {
        throw TransportException.of(request, e);
      }
      c.setInstanceFollowRedirects(false);
      c.setUseCaches(false);
      c.setAllowUserInteraction(false);
      c.setDoInput(true);
      String method = request.method();
      try {
        c.setRequestMethod(method);
      } catch (ProtocolException e) {
        throw new UnsupportedOperationException(
            method + " cannot be sent by this platform's HttpURLConnection, which refuses it (" + e.getMessage()
                + ") and has no supported way to send it; use JdkHttpTransport on the JVM (Android's "
                + "HttpURLConnection sends " + method + ")", e);
      }
      HttpHeaders headers = request.headers();
      boolean hasAccept = false;
      boolean hasContentType = false;
      for (int i = 0, size = headers.size(); i < size; i++) {
        String name = headers.name(i);
        RestrictedHeaders.check(name);
        c.addRequestProperty(name, headers.value(i));
        if (isDroppedSilently(name) && c.getRequestProperty(name) == null) {
          throw new IllegalArgumentException(
              "header \"" + name + "\" cannot be set on a request: this platform's HttpURLConnection drops it");
        }
        hasAccept |= name.equalsIgnoreCase("Accept");
        hasContentType |= name.equalsIgnoreCase("Content-Type");
      }
      if (!hasAccept) {
        c.setRequestProperty("Accept", "*/*");
      }
      byte[] body = request.bodyUnsafe();
      if (body != null) {
        if (!hasContentType) {
          c.setRequestProperty("Content-Type", "application/octet-stream");
        }
        c.setDoOutput(true);
        c.setFixedLengthStreamingMode(body.length);
      } else if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
        c.setDoOutput(true);
        c.setFixedLengthStreamingMode(0);
      }
      connection = c;
      return c;
    }

    private HttpResponse readResponse(HttpURLConnection c) throws IOException {
      int status = c.getResponseCode();
      if (status < 100 || status > 999) {
        throw new TransportException("the server's answer to " + request + " is not a valid HTTP response", request, null);
      }
      HttpHeaders headers = headers(c);
      boolean bodyless = request.method().equals("HEAD") || status == 204 || status == 304 || status < 200;
      // getErrorStream is null when there is no body (or when the JDK already discarded it).
      InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
      if (in == null || bodyless) {
        closeQuietly(in);
        return HttpResponse.ownedBody(request, status, headers, null);
      }
      try {
        long limit = request.maxResponseBytes();
        long declared = c.getContentLengthLong();
        if (declared > limit) {
          throw new ResponseTooLargeException(request, status, limit);
        }
        byte[] body = readCapped(in, limit, declared, status);
        in.close(); // read to the end: the connection goes back to the pool
        return HttpResponse.ownedBody(request, status, headers, body);
      } catch (IOException | RuntimeException e) {
        // Dropped, not drained: reading the rest is what the limit and the deadline are there to prevent.
        disconnect();
        closeQuietly(in);
        throw e;
      }
    }

    private byte[] readCapped(InputStream in, long limit, long declared, int status) throws IOException {
      long cap = Math.min(limit, MAX_ARRAY);
      byte[] buffer = new byte[declared >= 0 ? (int) Math.min(declared, cap) : (int) Math.min(cap, 8192)];
      int count = 0;
      while (true) {
        if (count == buffer.length) {
          // Full: one more byte either ends the body here (no copy) or needs room.
          int next = in.read();
          if (next < 0) {
            return buffer;
          }
          if (count >= cap) {
            throw new ResponseTooLargeException(request, status, cap);
          }
          buffer = Arrays.copyOf(buffer, (int) Math.min(cap, Math.max(2L * count, 8192)));
          buffer[count++] = (byte) next;
          continue;
        }
        int n = in.read(buffer, count, buffer.length - count);
        if (System.nanoTime() - deadline > 0) {
          timedOut = true;
          throw new SocketTimeoutException("the body did not arrive within the request timeout");
        }
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

    /** Response headers in the order they came; the status line (key {@code null}) is left out. */
    private HttpHeaders headers(HttpURLConnection c) {
      List<String> namesAndValues = new ArrayList<>();
      for (int i = 0; ; i++) {
        String value = c.getHeaderField(i);
        if (value == null) {
          break;
        }
        String name = c.getHeaderFieldKey(i);
        if (name != null) {
          namesAndValues.add(name);
          namesAndValues.add(value);
        }
      }
      return HttpHeaders.fromResponseFields(namesAndValues);
    }
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

  /** Headers the JDK's HttpURLConnection drops without an error unless a system property allows them. */
  private static boolean isDroppedSilently(String name) {
    return name.equalsIgnoreCase("Origin")
        || name.equalsIgnoreCase("Via")
        || name.equalsIgnoreCase("Access-Control-Request-Headers")
        || name.equalsIgnoreCase("Access-Control-Request-Method")
        || name.equalsIgnoreCase("Content-Transfer-Encoding");
  }

  /** Builds an {@link UrlConnectionTransport}. */
  public static final class Builder {
    private Duration connectTimeout = ClientConfig.DEFAULT_CONNECT_TIMEOUT;
    private Executor executor;
    private ConnectionFactory connectionFactory = url -> (HttpURLConnection) url.openConnection();

    private Builder() {}

    /** Time allowed to open a connection; positive. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Durations.positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * The executor that runs asynchronous calls, each holding a thread while its exchange runs. The caller
     * keeps ownership: {@link #close()} does not shut it down. Defaults to a pool of {@value #DEFAULT_THREADS}
     * daemon threads owned by the transport.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** Opens connections; defaults to {@code (HttpURLConnection) url.openConnection()}. */
    public Builder connectionFactory(ConnectionFactory connectionFactory) {
      this.connectionFactory = Objects.requireNonNull(connectionFactory, "connectionFactory");
      return this;
    }

    /** The transport. */
    public UrlConnectionTransport build() {
      return new UrlConnectionTransport(this);
    }
  }
}
