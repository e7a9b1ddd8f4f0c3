package io.typedclient.runtime;

import io.typedclient.runtime.internal.Futures;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

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
 * {@code Accept} asks for {@code *}{@code /*}, rather than the platform's own defaults. A streamed body
 * ({@link HttpRequest#bodySource()}) is sent in chunked streaming mode; a streamed response
 * ({@link #executeStreaming}) reads the connection's stream as the caller does, and closing it early disconnects. A process-wide
 * {@link java.net.CookieHandler}, if an application installs one, applies to these connections.
 */
public final class UrlConnectionTransport implements HttpTransport {
  /** Threads in the pool the transport creates when no executor is given. */
  public static final int DEFAULT_THREADS = 4;

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
    return newExchange(request).send();
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    return async(request, UrlConnectionExchange::send);
  }

  /** The body is the connection's stream, read as the caller reads it, within the request's deadline. */
  @Override
  public StreamingResponse executeStreaming(HttpRequest request) {
    Objects.requireNonNull(request, "request");
    checkOpen(request);
    return newExchange(request).sendStreaming();
  }

  @Override
  public CompletableFuture<StreamingResponse> executeStreamingAsync(HttpRequest request) {
    return async(request, UrlConnectionExchange::sendStreaming);
  }

  private <R> CompletableFuture<R> async(HttpRequest request, Function<UrlConnectionExchange, R> send) {
    Objects.requireNonNull(request, "request");
    if (closed.get()) {
      return Futures.failed(new ClientClosedException(request));
    }
    AsyncExchange<R> call = new AsyncExchange<>(newExchange(request), send);
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

  private UrlConnectionExchange newExchange(HttpRequest request) {
    return new UrlConnectionExchange(request, connectionFactory, connectTimeout, watchdog);
  }

  private void checkOpen(HttpRequest request) {
    if (closed.get()) {
      throw new ClientClosedException(request);
    }
  }

  /** An asynchronous call: runs its exchange on the executor, and disconnects it when cancelled. */
  private final class AsyncExchange<R> extends CompletableFuture<R> implements Runnable {
    private final UrlConnectionExchange exchange;
    private final Function<UrlConnectionExchange, R> send;

    AsyncExchange(UrlConnectionExchange exchange, Function<UrlConnectionExchange, R> send) {
      this.exchange = exchange;
      this.send = send;
    }

    @Override
    public void run() {
      if (isDone()) {
        return; // cancelled while waiting for a thread
      }
      if (closed.get()) {
        completeExceptionally(new ClientClosedException(exchange.request()));
        return;
      }
      try {
        R result = send.apply(exchange);
        if (!complete(result) && result instanceof StreamingResponse) {
          ((StreamingResponse) result).close(); // cancelled meanwhile: nobody will read it
        }
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
