package io.typedclient.runtime;

import io.typedclient.runtime.internal.Futures;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Flow;
import java.util.function.Function;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;
import org.jspecify.annotations.Nullable;

/**
 * A streamed response body of {@link JdkHttpTransport}: the JDK's body subscriber and the caller's
 * {@link InputStream} in one. The body is available as soon as the headers are ({@link #getBody()} is complete
 * at once); one list of buffers is requested at a time, so memory holds what the caller has not read yet of two
 * deliveries at most, whatever the body's length. A read waits for data no later than the request's deadline and
 * then fails with {@link RequestTimeoutException}; closing the stream cancels the subscription, which drops the
 * connection.
 */
@IgnoreJRERequirement // java.net.http: the JDK transport only, never on Android
final class JdkStreamedBody extends BulkInputStream implements BodySubscriber<InputStream>, Deadlines.Entry {
  private static final Object END = new Object();

  private final HttpRequest request;
  private final long deadline;
  private final Deadlines deadlines;
  /** The configured proxy the request goes through, or null. */
  private final @Nullable ProxyRoute route;
  private final LinkedBlockingQueue<Object> deliveries = new LinkedBlockingQueue<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile Flow.@Nullable Subscription subscription;
  // Touched by the reading thread only.
  private @Nullable List<ByteBuffer> buffers;
  private int next;
  private boolean ended;

  /**
   * A body of {@code request}, which must end by the request's deadline, counted from now; {@code deadlines}
   * cuts it off then if it is still open. {@code route} is the configured proxy the request goes through, or null.
   */
  JdkStreamedBody(HttpRequest request, Deadlines deadlines, @Nullable ProxyRoute route) {
    this.request = request;
    this.route = route;
    this.deadline = System.nanoTime() + Math.min(Durations.nanos(request.timeout()), Long.MAX_VALUE / 4);
    this.deadlines = deadlines;
    deadlines.watch(this);
  }

  @Override
  public long deadline() {
    return deadline;
  }

  /** The deadline passed with the body still open: the transfer stops, and the next read fails. Never blocks. */
  @Override
  public void expire() {
    Flow.Subscription current = subscription;
    if (current != null) {
      current.cancel();
    }
    deliveries.add(new RequestTimeoutException(request, request.timeout(), null));
  }

  /**
   * The response whose body this is; a 407 through the configured proxy is the proxy's (RFC 9110), so it is thrown
   * as ours and the body closed.
   */
  StreamingResponse response(java.net.http.HttpResponse<InputStream> response) {
    if (response.statusCode() == 407 && route != null) {
      close();
      throw route.refused(request, response.headers().firstValue("Proxy-Authenticate").orElse(null));
    }
    return StreamingResponse.of(
        request, response.statusCode(), HttpHeaders.fromResponse(response.headers().map()), this);
  }

  /**
   * The caller's future of an asynchronous exchange: completes with the response once the headers are in (or
   * fails with {@code failures} of what the JDK failed with, or at the deadline); cancelling it cancels the
   * exchange and closes the body. It completes on {@code completions}, never on the thread that delivers the
   * headers (the client's selector thread with a direct executor), so that no callback of the caller runs there.
   */
  CompletableFuture<StreamingResponse> await(
      CompletableFuture<java.net.http.HttpResponse<InputStream>> exchange,
      Function<Throwable, RuntimeException> failures, Executor completions) {
    CompletableFuture<StreamingResponse> result = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        exchange.cancel(true);
        close();
        return super.cancel(mayInterruptIfRunning);
      }
    };
    long timeout = deadline - System.nanoTime();
    exchange.orTimeout(timeout, TimeUnit.NANOSECONDS).whenCompleteAsync((response, failure) -> {
      if (failure == null) {
        StreamingResponse streamed;
        try {
          streamed = response(response);
        } catch (RuntimeException e) {
          result.completeExceptionally(e);
          return;
        }
        if (!result.complete(streamed)) {
          close(); // cancelled meanwhile: nobody will read it
        }
        return;
      }
      close();
      result.completeExceptionally(Futures.unwrap(failure) instanceof TimeoutException
          ? new RequestTimeoutException(request, request.timeout(), null)
          : failures.apply(failure));
    }, completions);
    return result;
  }

  @Override
  public CompletionStage<InputStream> getBody() {
    return CompletableFuture.completedFuture(this);
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    if (this.subscription != null || closed.get()) {
      subscription.cancel();
      return;
    }
    this.subscription = subscription;
    subscription.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    deliveries.add(item);
  }

  @Override
  public void onError(Throwable failure) {
    deliveries.add(failure);
    deadlines.unwatch(this);
  }

  @Override
  public void onComplete() {
    deliveries.add(END);
    deadlines.unwatch(this);
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (closed.get()) {
      throw new IOException("the body of " + request + " is closed");
    }
    if (System.nanoTime() - deadline > 0 && !ended) {
      close();
      throw new RequestTimeoutException(request, request.timeout(), null);
    }
    if (length == 0) {
      return 0;
    }
    ByteBuffer current = current();
    if (current == null) {
      return -1;
    }
    int n = Math.min(length, current.remaining());
    current.get(into, offset, n);
    return n;
  }

  @Override
  public int available() {
    List<ByteBuffer> list = buffers;
    return list != null && next < list.size() ? list.get(next).remaining() : 0;
  }

  /** The buffer with bytes left, waiting for the next delivery until the deadline; {@code null} at the end. */
  private @Nullable ByteBuffer current() {
    while (true) {
      if (buffers != null) {
        while (next < buffers.size()) {
          if (buffers.get(next).hasRemaining()) {
            return buffers.get(next);
          }
          next++;
        }
        buffers = null;
        Flow.Subscription delivering = subscription;
        if (delivering != null) {
          delivering.request(1);
        }
      }
      if (ended) {
        return null;
      }
      Object delivery = take();
      if (delivery == END) {
        ended = true;
      } else if (delivery instanceof Throwable) {
        close();
        Throwable failure = (Throwable) delivery;
        throw failure instanceof TypedClientException
            ? (TypedClientException) failure
            : TransportException.of(request, failure);
      } else {
        @SuppressWarnings("unchecked") // onNext is the only other source of deliveries
        List<ByteBuffer> list = (List<ByteBuffer>) delivery;
        buffers = list;
        next = 0;
      }
    }
  }

  private Object take() {
    long remaining = deadline - System.nanoTime();
    Object delivery;
    try {
      delivery = remaining > 0 ? deliveries.poll(remaining, TimeUnit.NANOSECONDS) : null;
    } catch (InterruptedException e) {
      close();
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while reading the body of " + request, request, e);
    }
    if (delivery == null) {
      close();
      throw new RequestTimeoutException(request, request.timeout(), null);
    }
    return delivery;
  }

  /** Cancels the subscription: the JDK drops the connection instead of reading the rest. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      deadlines.unwatch(this);
      Flow.Subscription current = subscription;
      if (current != null) {
        current.cancel();
      }
      deliveries.clear();
    }
  }
}
