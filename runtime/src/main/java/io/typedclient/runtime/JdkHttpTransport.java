package io.typedclient.runtime;

import io.typedclient.runtime.internal.Futures;
import java.io.IOException;
import java.net.ProtocolException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
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
 * <p>Cancelling a future from {@link #executeAsync} abandons the response body at once; on Java 16 and later
 * it also aborts an exchange still waiting for headers (on 11 to 15 that exchange ends at its timeout).
 */
// The one transport exempt from the Android API check (runtime/ and client/ are checked against Android 8.0,
// API 26): java.net.http does not exist on Android, where ClientRuntime falls back to UrlConnectionTransport.
@IgnoreJRERequirement
public final class JdkHttpTransport implements HttpTransport {
  /** Stateless, so one serves every body-less request. */
  private static final BodyPublisher NO_BODY = BodyPublishers.noBody();

  /** For {@link JdkExchange}: the body needs no deadline of its own (the async path bounds the whole future). */
  private static final long NO_DEADLINE = Long.MIN_VALUE;

  private final Duration connectTimeout;
  private final Deadlines bodyDeadlines = new Deadlines("typedclient-body-deadlines");
  /** Null once closed: dropping the last reference lets the client's selector thread and pool wind down. */
  private volatile @Nullable HttpClient client;

  private JdkHttpTransport(Builder builder) {
    this.connectTimeout = builder.connectTimeout;
    HttpClient.Builder client =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(builder.connectTimeout);
    if (builder.executor != null) {
      client.executor(builder.executor);
    }
    this.client = client.build();
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
    JdkExchange exchange = new JdkExchange(request, connectTimeout, deadline, bodyDeadlines);
    java.net.http.HttpRequest jdkRequest = toJdk(request);
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
    return exchange.toResponse(response);
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    JdkExchange exchange;
    CompletableFuture<java.net.http.HttpResponse<byte[]>> future;
    try {
      HttpClient client = open(request);
      exchange = new JdkExchange(request, connectTimeout, NO_DEADLINE, null);
      future = client.sendAsync(toJdk(request), exchange);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    exchange.started(future);
    future.orTimeout(Durations.nanos(request.timeout()), TimeUnit.NANOSECONDS).whenComplete(exchange);
    return exchange;
  }

  /** Idempotent. Exchanges already started run to their end; new calls fail with {@link ClientClosedException}. */
  @Override
  public void close() {
    client = null;
  }

  @Override
  public String toString() {
    return "JdkHttpTransport{connectTimeout=" + connectTimeout + (client == null ? ", closed}" : "}");
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

  private static java.net.http.HttpRequest toJdk(HttpRequest request) {
    java.net.http.HttpRequest.Builder builder =
        java.net.http.HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
    if (!"https".equalsIgnoreCase(request.uri().getScheme())) {
      // Cleartext is allowed for loopback only. Left at its default (HTTP/2), the JDK sends every such request
      // with an h2c upgrade offer (Connection: Upgrade, HTTP2-Settings, Upgrade: h2c) that
      // servers ignore and that costs headers to build, send and parse on every call.
      builder.version(HttpClient.Version.HTTP_1_1);
    }
    HttpHeaders headers = request.headers();
    for (int i = 0, size = headers.size(); i < size; i++) {
      String name = headers.name(i);
      RestrictedHeaders.check(name);
      String value = headers.value(i);
      checkAscii(name, value);
      try {
        builder.header(name, value);
      } catch (IllegalArgumentException e) {
        // The JDK's own message may quote the value, which can be a secret: name the header only.
        throw new IllegalArgumentException("header \"" + name + "\" cannot be sent by java.net.http on this JVM", null);
      }
    }
    byte[] body = request.bodyUnsafe();
    // ofByteArray wraps the array without copying; HttpRequest never hands it out for writing.
    return builder
        .method(request.method(), body == null ? NO_BODY : BodyPublishers.ofByteArray(body))
        .build();
  }

  /**
   * Refuses a value with a character above U+007F. {@link HttpHeaders} accepts the Latin-1 range (RFC 9110's
   * obs-text), but java.net.http writes header values as US-ASCII and would send each such character as
   * {@code ?}: a silently different value, such as a cookie that no longer matches.
   */
  private static void checkAscii(String name, String value) {
    for (int i = 0, length = value.length(); i < length; i++) {
      if (value.charAt(i) > 0x7f) {
        // The value itself is never quoted: it may be a token or a cookie.
        throw new IllegalArgumentException("value of header " + name + " has a non-ASCII character at index " + i
            + ", which java.net.http cannot send (it would go out as '?'); encode it first, or use"
            + " UrlConnectionTransport, which sends Latin-1", null);
      }
    }
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
    private volatile @Nullable CappedBody body;
    /** Set when the response's framing is broken (a malformed {@code Content-Length}): the call's failure. */
    private volatile @Nullable TransportException framing;
    private volatile @Nullable CompletableFuture<?> exchange;

    JdkExchange(HttpRequest request, Duration connectTimeout, long bodyDeadline, @Nullable Deadlines bodyDeadlines) {
      this.request = request;
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
        return refused.forJdk();
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
      return subscriber.forJdk();
    }

    /** Completion of the asynchronous exchange. */
    @Override
    public void accept(java.net.http.HttpResponse<byte[]> response, Throwable failure) {
      if (failure == null) {
        complete(toResponse(response));
        return;
      }
      if (Futures.unwrap(failure) instanceof TimeoutException) {
        RequestTimeoutException timeout = new RequestTimeoutException(request, request.timeout(), null);
        abort(timeout);
        completeExceptionally(timeout);
      } else {
        completeExceptionally(failure(failure));
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

    HttpResponse toResponse(java.net.http.HttpResponse<byte[]> response) {
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
        return TransportException.of(request, cause);
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

  /**
   * Collects a body into one array, counting as it arrives, and cancels the subscription as soon as the count
   * crosses the limit. The array grows with the bytes that arrive, never ahead of them by more than
   * {@link #INITIAL_CAPACITY} or double what came: a server that declares a length and then stalls costs what it
   * sent, not what it declared. A body declared at up to {@link #INITIAL_CAPACITY} bytes (every Okta answer) is
   * allocated once at its final size, so its bytes are copied exactly once.
   *
   * <p>The JDK gets it wrapped by {@link BodySubscribers#fromSubscriber} ({@link #forJdk()}): a body subscriber of
   * the JDK's own is completed inline, where the JDK treats any other as possibly blocking and completes it through
   * its executor, one more thread hand-off per call (benchmarks/FINDINGS.md, change 5).
   * Every way the body can end therefore goes through that wrapper: the publisher's {@code onComplete} and
   * {@code onError}, and {@link #abort}, which fails it with {@code onError}.
   */
  @IgnoreJRERequirement // animal-sniffer does not carry the outer class's exemption to nested classes
  private static final class CappedBody implements Flow.Subscriber<List<ByteBuffer>>, Deadlines.Entry {
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    /** The most allocated before the bytes have come. */
    static final int INITIAL_CAPACITY = UrlConnectionBody.INITIAL_CAPACITY;
    private static final AtomicIntegerFieldUpdater<CappedBody> OVER =
        AtomicIntegerFieldUpdater.newUpdater(CappedBody.class, "over");

    private final BodySubscriber<byte[]> forJdk = BodySubscribers.fromSubscriber(this, CappedBody::bytes);
    private final HttpRequest request;
    private final int status;
    private final long limit;
    /** The declared length, or the limit when none was declared: the array never grows beyond it. */
    private final long expected;
    private volatile Flow.@Nullable Subscription subscription;
    /** 1 once the body has ended, one way or another; then nothing more is read. */
    private volatile int over;
    private long deadline;
    /** Set while the body is watched for its deadline. */
    private volatile @Nullable Deadlines watchedBy;
    // Touched only by onNext / onComplete and then the finisher, which the publisher calls one at a time.
    private byte[] bytes;
    private int count;

    /** A body of at most {@code limit} bytes; {@code declaredLength} is {@code -1} when the response declared none. */
    CappedBody(HttpRequest request, int status, long limit, long declaredLength) {
      this.request = request;
      this.status = status;
      // One array holds the body, so no limit can reach beyond the largest array.
      this.limit = Math.min(limit, MAX_ARRAY);
      this.expected = declaredLength >= 0 && declaredLength <= this.limit ? declaredLength : this.limit;
      this.bytes = new byte[declaredLength > 0 ? (int) Math.min(expected, INITIAL_CAPACITY) : 0];
    }

    /** What the JDK subscribes and takes the body from. */
    BodySubscriber<byte[]> forJdk() {
      return forJdk;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      if (this.subscription != null) {
        subscription.cancel();
        return;
      }
      this.subscription = subscription;
      if (over != 0) {
        subscription.cancel();
      } else {
        subscription.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (over != 0) {
        return;
      }
      for (int i = 0, size = buffers.size(); i < size; i++) {
        ByteBuffer buffer = buffers.get(i);
        int n = buffer.remaining();
        if ((long) count + n > limit) {
          abort(new ResponseTooLargeException(request, status, limit));
          return;
        }
        if (count + n > bytes.length) {
          // Grow by doubling, never beyond the declared length (or the limit): to what came, plus that much again.
          long doubled = Math.max(2L * bytes.length, INITIAL_CAPACITY);
          long grown = Math.max((long) count + n, Math.min(expected, doubled));
          bytes = Arrays.copyOf(bytes, (int) grown);
        }
        buffer.get(bytes, count, n);
        count += n;
      }
    }

    /** From the publisher, or from {@link #abort} through the wrapper, which then fails the body. */
    @Override
    public void onError(Throwable failure) {
      over = 1;
      unwatch();
    }

    /** The wrapper then completes the body with {@link #bytes}, unless it has already failed. */
    @Override
    public void onComplete() {
      over = 1;
      unwatch();
    }

    private byte[] bytes() {
      return count == bytes.length ? bytes : Arrays.copyOf(bytes, count);
    }

    /**
     * Fails the body with {@link RequestTimeoutException} if it is not complete by {@code deadline}
     * ({@code System.nanoTime()}): {@code deadlines} watches it until it completes.
     */
    void boundBy(long deadline, Deadlines deadlines) {
      if (deadline - System.nanoTime() <= 0) {
        expire();
        return;
      }
      this.deadline = deadline;
      watchedBy = deadlines;
      deadlines.watch(this);
      if (over != 0) {
        // Ended before it was watched: it must not stay in the set.
        unwatch();
      }
    }

    @Override
    public long deadline() {
      return deadline;
    }

    @Override
    public void expire() {
      abort(new RequestTimeoutException(request, request.timeout(), null));
    }

    private void unwatch() {
      Deadlines deadlines = watchedBy;
      if (deadlines != null) {
        deadlines.unwatch(this);
      }
    }

    /** Fails the body with {@code why} and stops the transfer; the connection is dropped, not drained. */
    void abort(RuntimeException why) {
      if (OVER.compareAndSet(this, 0, 1)) {
        // The wrapper's onError fails the body the JDK waits for; a later onComplete cannot undo that.
        forJdk.onError(why);
        Flow.Subscription current = subscription;
        if (current != null) {
          current.cancel();
        }
      }
    }
  }

  /** Builds a {@link JdkHttpTransport}. */
  public static final class Builder {
    private Duration connectTimeout = ClientConfig.DEFAULT_CONNECT_TIMEOUT;
    private @Nullable Executor executor;

    private Builder() {}

    /** Time allowed to open a connection; positive. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Durations.positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** The executor for the HttpClient's asynchronous work; defaults to the HttpClient's own. */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** The transport. */
    public JdkHttpTransport build() {
      return new JdkHttpTransport(this);
    }
  }
}
