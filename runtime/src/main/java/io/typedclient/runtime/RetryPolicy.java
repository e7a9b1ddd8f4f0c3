package io.typedclient.runtime;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * When to retry a call, how long to wait first, and what to send then: decisions only, no waiting and no I/O, so
 * a policy is tested without a server or a clock ({@link Attempt#responded}, {@link Attempt#failed}). Set one with
 * {@link ClientConfig.Builder#retryPolicy}; {@link #standard()} is the one most clients want.
 *
 * <p>The runtime's retry loop runs the call's attempts and does the waiting: blocking calls on the calling thread
 * ({@link Scheduler#sleep}), asynchronous calls on the scheduler's timer ({@link Scheduler#delay}), which holds no
 * thread. After each attempt it hands back at once a 2xx response, a response whose status
 * {@link #retryableStatus} turns away, and any failure other than a {@link TransportException} (a bug, a closed
 * client, a cancelled call); for anything else it asks {@link #delayBeforeRetry}. Cancelling an asynchronous call
 * cancels the wait or attempt in progress and starts no other; an interrupted blocking call retries no more and
 * keeps the interrupt. A policy is shared by every call of a client, from many threads: keep no per-call state in
 * fields (a retry carries what it needs in its request, see {@link #retryRequest}).
 */
public interface RetryPolicy {

  /**
   * How long to wait before retrying the call after {@code attempt}, or {@code null} to stop and hand the
   * attempt's response or failure to the caller. The policy enforces its own bounds (number of retries, total
   * time): the loop waits whatever is returned, and a negative wait counts as none.
   */
  @Nullable Duration delayBeforeRetry(Attempt attempt);

  /**
   * Whether a response with {@code status} can ever be retried. The loop asks this first, so that a response no
   * policy would retry costs no clock reading and no {@link Attempt}. By default every status but 2xx, which the
   * loop never retries anyway.
   */
  default boolean retryableStatus(int status) {
    return status < 200 || status > 299;
  }

  /**
   * The request of the retry that follows {@code previous}: by default {@code original}, the call's request as it
   * reached the loop, unchanged. A policy that marks its retries (a retry count header, say) builds on
   * {@code original}; what it learned from earlier attempts it can read back from {@code previous.request()}.
   */
  default HttpRequest retryRequest(HttpRequest original, Attempt previous) {
    return original;
  }

  /** {@link StandardRetryPolicy} with its defaults; {@link StandardRetryPolicy#builder()} changes them. */
  static StandardRetryPolicy standard() {
    return StandardRetryPolicy.builder().build();
  }
}
