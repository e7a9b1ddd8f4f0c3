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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * An {@link HttpTransport} over {@link HttpURLConnection}, for Android, which has no {@code java.net.http}. It
 * uses nothing from {@code java.net.http} and behaves as {@link HttpTransport} requires: redirects are never
 * followed, nothing is cached, the body is counted while it is read and the connection dropped as soon as it
 * crosses {@link HttpRequest#maxResponseBytes()} (or before reading, when {@code Content-Length} says so), and
 * error bodies come from {@link HttpURLConnection#getErrorStream()}. Bodies are read to the end and closed, so
 * connections are reused.
 *
 * <p><b>Deadlines, cancellation, interrupts.</b> {@link HttpRequest#timeout()} bounds the whole exchange as the
 * caller sees it: connecting, sending, the headers, the body and its trailers, however a server drips them. The
 * call ends at its deadline, when its future is cancelled, or when its blocking caller is interrupted (with a
 * {@link TransportException} caused by an {@link java.io.InterruptedIOException}, the interrupt flag set again), and
 * none of these waits for the network: a deadline thread per transport watches every exchange (and looks at least
 * every 50 ms for an interrupted caller), and {@link #close()} returns at once. The connection is dropped at the
 * same moment when the exchange had not reached its body yet (no byte of a cancelled request is sent once
 * {@code cancel()} has returned). The JDK's {@code HttpURLConnection} cannot abort a read in progress, so no caller
 * waits inside one: a blocking call connects, sends and reads the headers on its own thread (closing the socket
 * ends whatever it waits for there) and reads the body there as far as it has arrived, and only a read that would
 * wait for the network moves to a thread of the transport; an asynchronous call runs on such a thread from the
 * start. A read in progress on such a thread, and its connection, stay until the read ends, by its read timeout
 * (the request's timeout) or, for a server that keeps a chunked read going with trailers or a dripping chunk
 * header, when the server stops; on Android, whose {@code HttpURLConnection} closes the socket on
 * {@code disconnect()}, at once. The caller does not wait for them.
 *
 * <p><b>Proxy and TLS.</b> {@link Builder#proxy} and {@link Builder#tls} give the transport a proxy and TLS trust
 * of its own; without them the JVM's settings apply (its default {@code ProxySelector} and
 * {@code SSLSocketFactory}).
 *
 * <p><b>Threads.</b> The transport owns a pool of daemon threads that start when needed and end after 30 idle
 * seconds: the bodies of blocking calls that must wait for the network are read there, and asynchronous calls run
 * there unless {@link Builder#executor} supplies the executor they run on (the caller's, which the transport never
 * shuts down; a bounded one makes calls wait for a thread, and that wait counts against their timeout).
 *
 * <p><b>Credentials.</b> On the JVM each connection gets an authenticator without credentials, so a process-wide
 * {@link java.net.Authenticator#setDefault default authenticator} never answers a {@code 401} challenge: the
 * caller gets the {@code 401}; and a proxy's {@code 407} is answered only with the credentials of a configured
 * {@link ProxyConfig}, in the {@code CONNECT} the transport sends itself. Android's {@code HttpURLConnection} has no per-connection authenticator; it asks
 * the default authenticator for {@code Basic} challenges to a {@code GET}, {@code DELETE} or {@code HEAD} and
 * resends the request with what it returns, so an Android application that installs a default authenticator must
 * make it answer only for the hosts it is meant for ({@link java.net.Authenticator#getRequestingHost()}). A
 * process-wide {@link java.net.CookieHandler}, if an application installs one, applies to these connections on
 * both platforms.
 *
 * <p><b>Android's {@code HttpURLConnection} is not the JDK's.</b> Android's (OkHttp inside the platform) asks for
 * gzip by itself, decodes the answer while it is read and then removes {@code Content-Encoding} and
 * {@code Content-Length}, so the length is unknown; it accepts {@code PATCH}; and, like the JDK's, it follows
 * redirects unless told not to. So this transport turns redirects off on every connection, sets no
 * {@code Accept-Encoding} (one set by the transport would turn Android's decoding off and hand the caller gzip),
 * reads no {@code Content-Encoding}, and takes {@code Content-Length} only to refuse a body declared over the cap
 * before reading it: the cap is counted on the bytes as they are read, so a body of unknown length, or a small
 * compressed one that inflates, is refused as soon as it crosses it. A caller that sets {@code Accept-Encoding}
 * itself gets the bytes as they came, {@code Content-Encoding} included, on both platforms. The transport
 * conformance suite runs this transport over a double of Android's connection that does all of the above.
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
 *   <li>Header values with a character outside ASCII are refused with {@link IllegalArgumentException} naming the
 *       header: both platforms' {@code HttpURLConnection} write them as UTF-8, where HTTP reads octets
 *       (ISO-8859-1), so the server would see other text. {@link JdkHttpTransport} sends them as octets.
 *   <li>Interim responses: {@code HttpURLConnection} skips {@code 100 Continue} but takes {@code 102} or
 *       {@code 103} for the answer; such a response fails with a {@link TransportException} naming it, and its
 *       connection is dropped.
 * </ul>
 * Requests that carry a body, and body-less POST, PUT and PATCH (sent with {@code Content-Length: 0}), are
 * streamed, which stops the JDK's {@code HttpURLConnection} from silently sending a POST a second time after a
 * dropped connection; on the JVM a {@code 401} to such a request arrives without its body (status and headers are
 * kept). A request body without a {@code Content-Type} is sent as {@code application/octet-stream}, and a request
 * without {@code Accept} asks for {@code *}{@code /*}, rather than the platform's own defaults. A request without a
 * body or a {@code Content-Type} may still be labelled {@code application/x-www-form-urlencoded} by the platform:
 * a POST on the JVM, and on Android every method that may carry a body (POST, PUT, PATCH, DELETE, OPTIONS).
 */
public final class UrlConnectionTransport implements HttpTransport {
  private final Duration connectTimeout;
  private final ConnectionFactory connectionFactory;
  private final @Nullable ProxyConfig proxy;
  private final @Nullable TlsConfig tls;
  /** Runs blocking calls, and asynchronous ones unless the caller gave an executor. */
  private final ExecutorService threads;
  private final Executor asyncExecutor;
  /** Watches every exchange's deadline, and polls blocking callers for an interrupt. */
  private final Deadlines deadlines =
      new Deadlines("typedclient-urlconnection-deadlines", TimeUnit.SECONDS.toNanos(1), TimeUnit.MILLISECONDS.toNanos(50));
  private final NoAuthenticator noAuthenticator = new NoAuthenticator();
  private final AtomicBoolean closed = new AtomicBoolean();

  /** Opens the connection for a URL; lets a caller configure TLS or a proxy, or use another implementation. */
  @FunctionalInterface
  public interface ConnectionFactory {
    /** A new, unconnected connection to {@code url}; the transport sets its method, headers and timeouts. */
    HttpURLConnection open(URL url) throws IOException;
  }

  private UrlConnectionTransport(Builder builder) {
    this.connectTimeout = builder.connectTimeout;
    this.proxy = builder.proxy;
    this.tls = builder.tls;
    this.connectionFactory = proxy != null || tls != null ? new ConfiguredConnections(proxy, tls) : builder.connectionFactory;
    AtomicInteger count = new AtomicInteger();
    ThreadFactory daemons = task -> {
      Thread thread = new Thread(task, "typedclient-urlconnection-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    // As many threads as exchanges in flight, each ending after 30 idle seconds: a transport that is never used
    // holds none, and an exchange the JDK keeps reading after its deadline holds one, not a place in a queue.
    this.threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), daemons);
    this.asyncExecutor = builder.executor != null ? builder.executor : threads;
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
    return watched(request).execute(threads);
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    Objects.requireNonNull(request, "request");
    UrlConnectionExchange exchange;
    try {
      exchange = open(request);
    } catch (RuntimeException e) {
      return Futures.failed(e);
    }
    start(exchange, asyncExecutor);
    return exchange;
  }

  /**
   * Connects, sends and reads the headers on the calling thread, as {@link #execute} does; the body is read on one
   * of the transport's threads into a few chunks that the caller takes, within the request's deadline (see
   * {@link StreamingResponse}).
   */
  @Override
  public StreamingResponse executeStreaming(HttpRequest request) {
    return watched(request).stream(threads);
  }

  @Override
  public CompletableFuture<StreamingResponse> executeStreamingAsync(HttpRequest request) {
    Objects.requireNonNull(request, "request");
    UrlConnectionExchange exchange;
    try {
      exchange = open(request);
    } catch (RuntimeException e) {
      return Futures.failed(e);
    }
    CompletableFuture<StreamingResponse> result = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        exchange.cancel(mayInterruptIfRunning);
        return cancelled;
      }
    };
    deadlines.watch(exchange);
    try {
      asyncExecutor.execute(() -> {
        try {
          StreamingResponse response = exchange.stream(threads);
          if (!result.complete(response)) {
            response.close(); // cancelled meanwhile: nobody will read it
          }
        } catch (RuntimeException e) {
          result.completeExceptionally(e);
        }
      });
    } catch (RejectedExecutionException e) {
      exchange.abort(closed.get() ? new ClientClosedException(request) : TransportException.of(request, e));
      return Futures.failed(closed.get() ? new ClientClosedException(request) : TransportException.of(request, e));
    }
    return result;
  }

  /** The exchange of a blocking call, watched for its deadline from now. */
  private UrlConnectionExchange watched(HttpRequest request) {
    Objects.requireNonNull(request, "request");
    UrlConnectionExchange exchange = open(request);
    deadlines.watch(exchange);
    return exchange;
  }

  /** The exchange of {@code request}, not started; refused once the transport is closed. */
  private UrlConnectionExchange open(HttpRequest request) {
    if (closed.get()) {
      throw new ClientClosedException(request);
    }
    return UrlConnectionExchange.prepare(
        request, connectionFactory, noAuthenticator, connectTimeout, deadlines, this, proxy);
  }

  private void start(UrlConnectionExchange exchange, Executor executor) {
    deadlines.watch(exchange);
    try {
      executor.execute(exchange);
    } catch (RejectedExecutionException e) {
      HttpRequest request = exchange.request();
      exchange.abort(closed.get() ? new ClientClosedException(request) : TransportException.of(request, e));
    }
  }

  /**
   * Idempotent, and returns at once. New calls, and calls still waiting for a thread, fail with
   * {@link ClientClosedException}; exchanges in flight end as they would have, by their deadline at the latest.
   * The transport's threads end once they are idle; an executor passed to {@link Builder#executor} is left running.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      threads.shutdown();
    }
  }

  /** Whether {@link #close()} was called. */
  boolean isClosed() {
    return closed.get();
  }

  /** The thread that ends exchanges at their deadlines; for tests. */
  Deadlines deadlines() {
    return deadlines;
  }

  @Override
  public String toString() {
    return "UrlConnectionTransport{connectTimeout=" + connectTimeout + (proxy == null ? "" : ", " + proxy)
        + (tls == null ? "" : ", " + tls) + (closed.get() ? ", closed}" : "}");
  }

  /** Builds an {@link UrlConnectionTransport}. */
  public static final class Builder {
    private Duration connectTimeout = ClientConfig.DEFAULT_CONNECT_TIMEOUT;
    private @Nullable Executor executor;
    private ConnectionFactory connectionFactory = url -> (HttpURLConnection) url.openConnection();
    private boolean connectionFactorySet;
    private @Nullable ProxyConfig proxy;
    private @Nullable TlsConfig tls;

    private Builder() {}

    /** Time allowed to open a connection; positive. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Durations.positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * The executor that runs asynchronous calls, each holding a thread while its exchange runs. The caller
     * keeps ownership: {@link #close()} does not shut it down. Defaults to the transport's own threads, as many as
     * exchanges in flight (see the class comment).
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Opens connections; defaults to {@code (HttpURLConnection) url.openConnection()}. Cannot be combined with
     * {@link #proxy} or {@link #tls}, which decide how connections are opened.
     */
    public Builder connectionFactory(ConnectionFactory connectionFactory) {
      this.connectionFactory = Objects.requireNonNull(connectionFactory, "connectionFactory");
      this.connectionFactorySet = true;
      return this;
    }

    /**
     * Sends every request through this proxy, or directly, as {@code proxy} decides, instead of by the JVM's proxy
     * settings. Https requests go through a {@code CONNECT} tunnel that this transport opens itself, so Basic
     * credentials need no JVM setting (unlike {@link JdkHttpTransport}); this needs the JDK's
     * {@code HttpsURLConnection}, and on a platform whose {@code HttpsURLConnection} makes its own sockets (Android)
     * such a request fails rather than go around the proxy.
     */
    public Builder proxy(ProxyConfig proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy");
      return this;
    }

    /** Connects with this trust (and client certificate) instead of the JVM's defaults; host names are verified. */
    public Builder tls(TlsConfig tls) {
      this.tls = Objects.requireNonNull(tls, "tls");
      return this;
    }

    /**
     * The transport.
     *
     * @throws IllegalStateException if {@link #connectionFactory} was combined with {@link #proxy} or {@link #tls}
     */
    public UrlConnectionTransport build() {
      if (connectionFactorySet && (proxy != null || tls != null)) {
        throw new IllegalStateException("connectionFactory(...) cannot be combined with proxy(...) or tls(...): "
            + "configure the proxy and TLS in the connection factory, or drop it");
      }
      return new UrlConnectionTransport(this);
    }
  }
}
