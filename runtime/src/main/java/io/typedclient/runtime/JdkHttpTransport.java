package io.typedclient.runtime;

import io.typedclient.runtime.internal.Futures;
import java.io.IOException;
import java.net.ProtocolException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link HttpTransport}, over {@code java.net.http.HttpClient} (Java 11+). Not available on
 * Android, which has no {@code java.net.http}: use {@link UrlConnectionTransport} there.
 *
 * <p>Behaviour, as {@link HttpTransport} requires: redirects are never followed; no cookie handler, no
 * authenticator and no response cache are installed; {@link HttpRequest#timeout()} covers the whole exchange,
 * body included (the JDK's own request timeout stops at the response headers, so a body that trickles in is cut
 * off here); the body is counted while it arrives and the exchange is abandoned as soon as it crosses
 * {@link HttpRequest#maxResponseBytes()}, or before reading when {@code Content-Length} already says so.
 * Headers the transport owns ({@code Host}, {@code Content-Length}, {@code Connection}, {@code Expect},
 * {@code Upgrade}, ...) are refused with an {@link IllegalArgumentException} naming the header, and so are header
 * values with a character above U+007F, which java.net.http would send as {@code ?}.
 *
 * <p>Without {@link Builder#proxy} and {@link Builder#tls}, the JVM's settings apply: its default
 * {@code ProxySelector} ({@code https.proxyHost}, {@code http.nonProxyHosts}) and {@code SSLContext}
 * ({@code javax.net.ssl.trustStore}).
 *
 * <p>Cancelling a future from {@link #executeAsync} abandons the response body at once; on Java 16 and later
 * it also aborts an exchange still waiting for headers (on 11 to 15 that exchange ends at its timeout).
 *
 * <p><b>Threads.</b> Unless {@link Builder#executor} gives it one, the {@code HttpClient} runs its own work (reading
 * and parsing responses, TLS) on its selector thread and on the threads of the calls, with no pool in between: a
 * pool costs one thread hand-off per call, which halved the calls per second of blocking calls
 * (benchmarks/FINDINGS.md, change 12). Nothing of the caller's ever runs on that selector thread: the futures of
 * {@link #executeAsync} complete on a thread of the transport (a pool of daemon threads that start when needed and
 * end after 30 idle seconds), so a callback that blocks, or that makes a blocking call with this transport, holds
 * only its own thread. With {@link Builder#executor}, the {@code HttpClient} and the completions use that executor.
 */
// The one transport exempt from the Android API check (runtime/ and client/ are checked against Android 8.0,
// API 26): java.net.http does not exist on Android, where ClientRuntime falls back to UrlConnectionTransport.
@IgnoreJRERequirement
public final class JdkHttpTransport implements HttpTransport {
  /** For {@link JdkExchange}: the body needs no deadline of its own (the async path bounds the whole future). */
  private static final long NO_DEADLINE = Long.MIN_VALUE;

  private final Duration connectTimeout;
  private final @Nullable ProxyConfig proxy;
  private final @Nullable TlsConfig tls;
  private final Deadlines bodyDeadlines = new Deadlines("typedclient-body-deadlines");
  /** Where the futures of {@link #executeAsync} complete: never the client's selector thread. */
  private final Executor completions;
  /** {@link #handOver} as an executor, made once: what every asynchronous call completes on. */
  private final Executor handingOver = this::handOver;
  /** The transport's own completion threads, shut down by {@link #close()}; null with a caller's executor. */
  private final @Nullable ExecutorService ownCompletions;
  /**
   * The authorities ({@code host:port}) whose TLS handshake chose HTTP/1.1 over the h2 we offered: asked for
   * HTTP/1.1 from then on. The JDK remembers the same for its client, but asking it for h2 still sends every request
   * through its h2 connection lookup (a lock, two futures) before it falls back, and it never offers h2 to that
   * authority again either (benchmarks/FINDINGS.md, change 13).
   */
  private final Set<String> http1Only = ConcurrentHashMap.newKeySet();
  /** Null once closed: dropping the last reference lets the client's selector thread and pool wind down. */
  private volatile @Nullable HttpClient client;

  private JdkHttpTransport(Builder builder) {
    this.connectTimeout = builder.connectTimeout;
    this.proxy = builder.proxy;
    this.tls = builder.tls;
    this.client = JdkClients.newClient(connectTimeout, builder.executor, proxy, tls);
    Executor executor = builder.executor;
    if (executor == null) {
      ExecutorService own = completionThreads();
      this.ownCompletions = own;
      this.completions = own;
    } else {
      this.ownCompletions = null;
      this.completions = executor;
    }
  }

  /** As many threads as completions in flight, each ending after 30 idle seconds: an idle transport holds none. */
  private static ExecutorService completionThreads() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory daemons = task -> {
      Thread thread = new Thread(task, "typedclient-jdk-async-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), daemons);
  }

  /** A transport with default settings. */
  public static JdkHttpTransport create() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    HttpClient client = open(request);
    long timeout = Durations.nanos(request.timeout());
    long now = System.nanoTime();
    // A deadline past the end of the nanoTime range means "no deadline" for the body.
    long deadline = timeout > Long.MAX_VALUE / 2 ? NO_DEADLINE : now + timeout;
    ProxyRoute route = ProxyRoute.of(proxy, request);
    JdkExchange exchange = new JdkExchange(request, connectTimeout, deadline, bodyDeadlines, route, null, null);
    java.net.http.HttpRequest jdkRequest = JdkRequests.toJdk(request, route, http1Only);
    java.net.http.HttpResponse<byte[]> response;
    try {
      // send(), not sendAsync().get(): the JDK completes a sendAsync future through the common pool, one more
      // thread hop per call (benchmarks/FINDINGS.md, change 3). send()'s own timeout stops at the response
      // headers; Deadlines bounds the rest.
      response = client.send(jdkRequest, exchange);
    } catch (InterruptedException e) {
      TransportException interrupted = TransportException.interrupted(request, e);
      exchange.abort(interrupted);
      Thread.currentThread().interrupt();
      throw interrupted;
    } catch (IOException | RuntimeException e) {
      throw exchange.failure(e);
    }
    JdkRequests.learnVersion(http1Only, request, response);
    return exchange.toResponse(response);
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    JdkExchange exchange;
    CompletableFuture<java.net.http.HttpResponse<byte[]>> future;
    try {
      HttpClient client = open(request);
      ProxyRoute route = ProxyRoute.of(proxy, request);
      exchange = new JdkExchange(request, connectTimeout, NO_DEADLINE, null, route, handingOver, http1Only);
      future = client.sendAsync(JdkRequests.toJdk(request, route, http1Only), exchange);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    exchange.started(future);
    future.orTimeout(Durations.nanos(request.timeout()), TimeUnit.NANOSECONDS).whenComplete(exchange);
    return exchange;
  }

  /** Returns once the headers are in; the body is read as it arrives, until the request's deadline. */
  @Override
  public StreamingResponse executeStreaming(HttpRequest request) {
    HttpClient client = open(request);
    ProxyRoute route = ProxyRoute.of(proxy, request);
    JdkStreamedBody body = new JdkStreamedBody(request, bodyDeadlines, route);
    try {
      return body.response(client.send(JdkRequests.toJdk(request, route, http1Only), info -> body));
    } catch (InterruptedException e) {
      body.close();
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while waiting for the response to " + request, request, e);
    } catch (IOException e) {
      body.close();
      throw new JdkExchange(request, connectTimeout, NO_DEADLINE, null, route, null, null).failure(e);
    } catch (RuntimeException e) {
      body.close();
      throw e;
    }
  }

  @Override
  public CompletableFuture<StreamingResponse> executeStreamingAsync(HttpRequest request) {
    JdkStreamedBody body = null;
    try {
      HttpClient client = open(request);
      ProxyRoute route = ProxyRoute.of(proxy, request);
      JdkStreamedBody streamed = new JdkStreamedBody(request, bodyDeadlines, route);
      body = streamed;
      return streamed.await(client.sendAsync(JdkRequests.toJdk(request, route, http1Only), info -> streamed),
          new JdkExchange(request, connectTimeout, NO_DEADLINE, null, route, null, null)::failure, handingOver);
    } catch (RuntimeException e) {
      if (body != null) {
        body.close();
      }
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Completes an asynchronous call: runs {@code completion} on {@link #completions}, or here if they refuse it (the
   * transport was closed, or the caller's executor refused): the call still gets its outcome.
   */
  private void handOver(Runnable completion) {
    try {
      completions.execute(completion);
    } catch (RejectedExecutionException e) {
      completion.run();
    }
  }

  /** Idempotent. Exchanges already started run to their end; new calls fail with {@link ClientClosedException}. */
  @Override
  public void close() {
    client = null;
    if (ownCompletions != null) {
      // Completions already handed over still run; a later one completes on the thread that has it.
      ownCompletions.shutdown();
    }
  }

  @Override
  public String toString() {
    return "JdkHttpTransport{connectTimeout=" + connectTimeout + (proxy == null ? "" : ", " + proxy)
        + (tls == null ? "" : ", " + tls) + (client == null ? ", closed}" : "}");
  }

  /**
   * Whether {@code java.net.http} in this JVM sends Basic proxy credentials in the {@code CONNECT} of an https
   * request, which a {@link Builder#proxy} with credentials needs: only when the system property
   * {@code jdk.http.auth.tunneling.disabledSchemes} does not list {@code Basic} (the JDK's default lists it).
   */
  public static boolean sendsProxyCredentialsInTunnels() {
    return JdkClients.basicAllowedInTunnels();
  }

  /** Response bodies of blocking calls being watched for their deadline now; for tests. */
  int bodiesWatched() {
    return bodyDeadlines.watching();
  }

  private HttpClient open(HttpRequest request) {
    Objects.requireNonNull(request, "request");
    HttpClient current = client;
    if (current == null) {
      throw new ClientClosedException(request);
    }
    return current;
  }

  /**
   * One call: the body handler for its response and, for {@link #executeAsync}, the future the caller holds.
   * One object per call rather than several, because this is the hot path.
   */
  @IgnoreJRERequirement // animal-sniffer does not carry the outer class's exemption to nested classes
  private static final class JdkExchange extends CompletableFuture<HttpResponse>
      implements BodyHandler<byte[]>, BiConsumer<java.net.http.HttpResponse<byte[]>, Throwable> {
    private final HttpRequest request;
    private final Duration connectTimeout;
    /** {@code System.nanoTime()} by which the body must be complete, or {@link #NO_DEADLINE}. */
    private final long bodyDeadline;
    private final @Nullable Deadlines bodyDeadlines;
    /** The configured proxy this call goes through, or null. */
    private final @Nullable ProxyRoute route;
    /** Where the caller's future of an asynchronous call completes; null for a blocking call. */
    private final @Nullable Executor completions;
    /** The transport's HTTP/1.1-only authorities, which an asynchronous call adds to; null for a blocking call. */
    private final @Nullable Set<String> http1Only;
    private volatile @Nullable CappedBody body;
    /** Set when the response's framing is broken (a malformed {@code Content-Length}): the call's failure. */
    private volatile @Nullable TransportException framing;
    private volatile @Nullable CompletableFuture<?> exchange;

    JdkExchange(HttpRequest request, Duration connectTimeout, long bodyDeadline, @Nullable Deadlines bodyDeadlines,
        @Nullable ProxyRoute route, @Nullable Executor completions, @Nullable Set<String> http1Only) {
      this.request = request;
      this.route = route;
      this.completions = completions;
      this.http1Only = http1Only;
      this.connectTimeout = connectTimeout;
      this.bodyDeadline = bodyDeadline;
      this.bodyDeadlines = bodyDeadlines;
    }

    void started(CompletableFuture<?> exchange) {
      this.exchange = exchange;
    }

    @Override
    public BodySubscriber<byte[]> apply(ResponseInfo info) {
      int status = info.statusCode();
      boolean bodyless =
          request.method().equals("HEAD") || status == 204 || status == 304 || (status >= 100 && status < 200);
      long declared;
      try {
        declared = bodyless ? -1 : ContentLength.parse(info.headers().allValues("Content-Length"));
      } catch (ProtocolException e) {
        // java.net.http would throw NumberFormatException at some of these, and read others as it likes.
        framing = TransportException.of(request, e);
        CappedBody refused = new CappedBody(request, status, 0, -1);
        body = refused;
        refused.abort(framing);
        return refused;
      }
      long limit = request.maxResponseBytes();
      CappedBody subscriber = new CappedBody(request, status, limit, declared > limit ? -1 : declared);
      body = subscriber;
      if (declared > limit) {
        // Refused before reading a byte: the subscription is cancelled as soon as it arrives.
        subscriber.abort(new ResponseTooLargeException(request, status, limit));
      } else if (bodyDeadline != NO_DEADLINE && bodyDeadlines != null) {
        subscriber.boundBy(bodyDeadline, bodyDeadlines);
      }
      return subscriber;
    }

    /**
     * Completion of the asynchronous exchange, on whatever thread the JDK (or the timeout's timer) uses: the caller's
     * future is completed on {@link #completions}, so that no callback of the caller runs there.
     */
    @Override
    public void accept(java.net.http.HttpResponse<byte[]> response, Throwable failure) {
      if (failure == null) {
        Set<String> learning = http1Only;
        if (learning != null) {
          JdkRequests.learnVersion(learning, request, response);
        }
        HttpResponse ours;
        try {
          ours = toResponse(response);
        } catch (RuntimeException e) {
          handOver(() -> completeExceptionally(e));
          return;
        }
        handOver(() -> complete(ours));
        return;
      }
      RuntimeException error;
      if (Futures.unwrap(failure) instanceof TimeoutException) {
        RequestTimeoutException timeout = new RequestTimeoutException(request, request.timeout(), null);
        abort(timeout);
        error = timeout;
      } else {
        error = failure(failure);
      }
      handOver(() -> completeExceptionally(error));
    }

    private void handOver(Runnable completion) {
      Executor executor = completions;
      if (executor == null) {
        completion.run();
      } else {
        executor.execute(completion);
      }
    }

    /** Cancelling the caller's future abandons the exchange. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      if (cancelled) {
        abort(new CancellationException("cancelled by the caller"));
      }
      return cancelled;
    }

    /** Stops reading the body, if it has started, and cancels the exchange. */
    void abort(RuntimeException why) {
      CappedBody subscriber = body;
      if (subscriber != null) {
        subscriber.abort(why);
      }
      CompletableFuture<?> started = exchange;
      if (started != null) {
        started.cancel(true);
      }
    }

    /** The response; a 407 through the configured proxy is the proxy's (RFC 9110), so it is thrown as ours. */
    HttpResponse toResponse(java.net.http.HttpResponse<byte[]> response) {
      if (response.statusCode() == 407 && route != null) {
        throw route.refused(request, response.headers().firstValue("Proxy-Authenticate").orElse(null));
      }
      return HttpResponse.ownedBody(
          request, response.statusCode(), HttpHeaders.fromResponse(response.headers().map()), response.body());
    }

    /** Our exception for a failed exchange; the JDK may wrap what the body subscriber failed with. */
    RuntimeException failure(Throwable failure) {
      TransportException badFraming = framing;
      if (badFraming != null) {
        // Whatever the JDK made of the same header (a NumberFormatException, say), this says what was wrong.
        return badFraming;
      }
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof TypedClientException) {
          return (TypedClientException) t;
        }
      }
      Throwable cause = Futures.unwrap(failure);
      if (cause instanceof HttpConnectTimeoutException) {
        return new RequestTimeoutException(request, connectTimeout, cause);
      }
      if (cause instanceof HttpTimeoutException) {
        return new RequestTimeoutException(request, request.timeout(), cause);
      }
      if (cause instanceof IOException) {
        return TransportException.of(request, cause, route == null ? null : route.proxy);
      }
      if (cause instanceof IllegalArgumentException) {
        // The request was valid when it was sent (toJdk checked it), so java.net.http choked on the response: a
        // NumberFormatException from a header it parses itself. Its message would quote the server's text.
        return new TransportException(
            "the response to " + request + " could not be parsed (" + cause.getClass().getSimpleName() + ")",
            request, SecretScrubber.cause(request, cause));
      }
      if (cause instanceof RuntimeException) {
        return (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      return TransportException.of(request, cause);
    }
  }

  /** Builds a {@link JdkHttpTransport}. */
  public static final class Builder {
    private Duration connectTimeout = ClientConfig.DEFAULT_CONNECT_TIMEOUT;
    private @Nullable Executor executor;
    private @Nullable ProxyConfig proxy;
    private @Nullable TlsConfig tls;

    private Builder() {}

    /** Time allowed to open a connection; positive. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Durations.positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * The executor for the HttpClient's own work and for completing the futures of {@link #executeAsync}. By
     * default the client's work runs on its selector thread and the callers' threads, and the futures complete on
     * threads of the transport (see the class comment). An executor that runs tasks on the calling thread would run
     * the caller's callbacks on the client's selector thread, where one that blocks stalls every call of the client.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Sends every request through this proxy, or directly, as {@code proxy} decides, instead of by the JVM's proxy
     * settings. Credentials need {@link #sendsProxyCredentialsInTunnels()}: without it {@link #build()} refuses them
     * and says what to set (or use {@link UrlConnectionTransport}, which needs nothing).
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
     * @throws IllegalStateException if the proxy has credentials that {@code java.net.http} would not send in this
     *     JVM (see {@link #sendsProxyCredentialsInTunnels()}); the message says what to set
     */
    public JdkHttpTransport build() {
      return new JdkHttpTransport(this);
    }
  }
}
