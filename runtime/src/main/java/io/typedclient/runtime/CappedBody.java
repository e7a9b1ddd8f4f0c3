package io.typedclient.runtime;

import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;
import org.jspecify.annotations.Nullable;

/**
 * The response body of a {@link JdkHttpTransport} call: collects it into one array, counting as it arrives, and
 * cancels the subscription as soon as the count crosses the limit. The array grows with the bytes that arrive, never
 * ahead of them by more than {@link #INITIAL_CAPACITY} or double what came: a server that declares a length and then
 * stalls costs what it sent, not what it declared. A body declared at up to {@link #INITIAL_CAPACITY} bytes (every
 * Okta answer) is allocated once at its final size, so its bytes are copied exactly once.
 *
 * <p>It completes its body itself, on the thread that delivers the end of it. The JDK's
 * {@link BodySubscribers#fromSubscriber} wrapper, which saved a hand-off to the client's pool while the client had
 * one (benchmarks/FINDINGS.md, change 5), completes the body through the common pool on Java 25: a hand-off of its
 * own on every call (change 14). With the client's direct executor, a body subscriber of ours is delivered where the
 * bytes arrive. Every way the body can end completes {@link #getBody()}: the publisher's {@code onComplete} and
 * {@code onError}, and {@link #abort}.
 */
@IgnoreJRERequirement // java.net.http: JdkHttpTransport's side of the Android API check
final class CappedBody implements BodySubscriber<byte[]>, Deadlines.Entry {
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
  /** The most allocated before the bytes have come. */
  static final int INITIAL_CAPACITY = UrlConnectionBody.INITIAL_CAPACITY;
  private static final AtomicIntegerFieldUpdater<CappedBody> OVER =
      AtomicIntegerFieldUpdater.newUpdater(CappedBody.class, "over");

  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
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
  // Touched only by onNext and onComplete, which the publisher calls one at a time.
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

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
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

  /** From the publisher. */
  @Override
  public void onError(Throwable failure) {
    over = 1;
    unwatch();
    body.completeExceptionally(failure);
  }

  /** Completes the body with what came, unless it has already failed. */
  @Override
  public void onComplete() {
    over = 1;
    unwatch();
    body.complete(bytes());
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
      // Fails the body the JDK waits for; a later onComplete cannot undo that.
      unwatch();
      body.completeExceptionally(why);
      Flow.Subscription current = subscription;
      if (current != null) {
        current.cancel();
      }
    }
  }
}
