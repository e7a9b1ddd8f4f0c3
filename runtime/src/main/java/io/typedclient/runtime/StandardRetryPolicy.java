package io.typedclient.runtime;

import io.typedclient.runtime.internal.RetryAfter;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The retry rules most HTTP APIs want (RFC 9110 and RFC 6585), for any client: turn them on with
 * {@code ClientConfig.builder().retryPolicy(RetryPolicy.standard())}. Immutable and thread-safe.
 *
 * <ul>
 *   <li><b>429 Too Many Requests</b>, whatever the method: the server refused the request without acting on it.
 *   <li><b>408, 500, 502, 503, 504</b> and <b>connection failures</b> ({@link TransportException}, timeouts
 *       included): only for an idempotent request, where sending it again cannot do anything the first did not:
 *       {@code GET}, {@code HEAD}, {@code PUT}, {@code DELETE}, {@code OPTIONS}, or a method the interface marks
 *       {@code @Idempotent} ({@link Invocation#idempotent()}). Never a {@code POST} or {@code PATCH} otherwise:
 *       the server may have acted on it before the answer was lost. Other statuses (501, 505, ...) say that the
 *       request cannot succeed as sent, and are not retried; nor is a {@link ProxyAuthenticationException}: a proxy
 *       that wants other credentials answers every attempt the same.
 *   <li><b>{@code Retry-After}</b> (delay-seconds or an HTTP-date, measured against the response's {@code Date}
 *       when it has one) is waited, never less than {@link Builder#minDelay}. A value longer than
 *       {@link Builder#maxRetryAfter} ends the retries: the server asks the client to come back later, not to hold
 *       the call open, and the caller gets the response with its header. A value that cannot be read (negative,
 *       fractional, text) counts as absent.
 *   <li><b>Backoff</b>, without {@code Retry-After}: exponential with full jitter; retry {@code n} (1-based) waits
 *       uniformly between {@link Builder#minDelay} and {@code min(maxBackoff, initialBackoff * 2^(n-1))}. The
 *       floor keeps it from ever being an instant retry.
 *   <li><b>Budget</b>: at most {@link Builder#maxRetries} retries, and no wait that would end later than
 *       {@link Builder#maxElapsedTime} after the first attempt started: such a wait is not started, and the last
 *       response or failure goes to the caller. Either at zero turns retries off.
 * </ul>
 *
 * <p>A policy of one's own can build on this one: let it decide, and change only what differs, bounding a wait
 * of one's own with {@link #bounded}.
 */
public final class StandardRetryPolicy implements RetryPolicy {
  /** Default {@link Builder#maxRetries}. */
  public static final int DEFAULT_MAX_RETRIES = 4;
  /** Default {@link Builder#maxElapsedTime}. */
  public static final Duration DEFAULT_MAX_ELAPSED_TIME = Duration.ofSeconds(60);
  /** Default {@link Builder#maxRetryAfter}. */
  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(30);
  /** Default {@link Builder#minDelay}. */
  public static final Duration DEFAULT_MIN_DELAY = Duration.ofMillis(250);
  /** Default {@link Builder#initialBackoff}. */
  public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(1);
  /** Default {@link Builder#maxBackoff}. */
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(20);

  private final int maxRetries;
  private final Duration maxElapsedTime;
  private final Duration maxRetryAfter;
  private final Duration minDelay;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final DoubleSupplier random;

  private StandardRetryPolicy(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.maxElapsedTime = builder.maxElapsedTime;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.minDelay = builder.minDelay;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.random = builder.random;
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The most retries of one call. */
  public int maxRetries() {
    return maxRetries;
  }

  /** How long after a call's first attempt started a wait may still end. */
  public Duration maxElapsedTime() {
    return maxElapsedTime;
  }

  /** 408, 429, 500, 502, 503 and 504. */
  @Override
  public boolean retryableStatus(int status) {
    return status == 429 || status == 408 || status == 500 || status == 502 || status == 503 || status == 504;
  }

  @Override
  public @Nullable Duration delayBeforeRetry(Attempt attempt) {
    Duration wait = proposedWait(attempt);
    return wait == null ? null : bounded(attempt, wait);
  }

  /** The wait the rules ask for after {@code attempt}, before the budget is applied; {@code null} for none. */
  private @Nullable Duration proposedWait(Attempt attempt) {
    HttpResponse response = attempt.response();
    if (response == null) {
      if (attempt.failure() instanceof ProxyAuthenticationException) {
        return null; // the proxy wants other credentials: every attempt would get the same 407
      }
      return isIdempotent(attempt.request()) ? backoff(attempt.retryCount()) : null;
    }
    int status = response.status();
    if (!retryableStatus(status) || (status != 429 && !isIdempotent(attempt.request()))) {
      return null;
    }
    Duration asked = RetryAfter.of(response.headers(), attempt.endedAt());
    if (asked == null) {
      return backoff(attempt.retryCount());
    }
    if (asked.compareTo(maxRetryAfter) > 0) {
      return null;
    }
    return asked.compareTo(minDelay) < 0 ? minDelay : asked;
  }

  /**
   * {@code wait} if the budget allows it after {@code attempt}: a retry is left, and the wait ends no later than
   * {@link Builder#maxElapsedTime} after the call started; otherwise {@code null}. For a policy that builds on this
   * one and computes a wait of its own.
   */
  public @Nullable Duration bounded(Attempt attempt, Duration wait) {
    Objects.requireNonNull(wait, "wait");
    if (attempt.retryCount() >= maxRetries || maxElapsedTime.isZero()) {
      return null;
    }
    return attempt.elapsed().plus(wait).compareTo(maxElapsedTime) > 0 ? null : wait;
  }

  /** The full-jitter backoff before the retry that follows {@code retryCount} retries (0 for the first retry). */
  public Duration backoff(int retryCount) {
    long floor = minDelay.toMillis();
    long upper = Math.min(maxBackoff.toMillis(), doubled(initialBackoff.toMillis(), Math.max(0, retryCount)));
    double r = random.getAsDouble();
    if (!(r >= 0 && r < 1)) {
      r = 0;
    }
    return Duration.ofMillis(floor + (long) (r * (upper - floor)));
  }

  /** {@code millis * 2^times}, saturated at {@code Long.MAX_VALUE}. */
  private static long doubled(long millis, int times) {
    int shift = Math.min(times, 62);
    return millis > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : millis << shift;
  }

  /**
   * Whether sending {@code request} twice has the effect of sending it once: its method is {@code GET},
   * {@code HEAD}, {@code PUT}, {@code DELETE} or {@code OPTIONS} (RFC 9110, section 9.2.2), or the interface
   * method that made it is {@code @Idempotent}.
   */
  public static boolean isIdempotent(HttpRequest request) {
    switch (request.method()) {
      case "GET":
      case "HEAD":
      case "PUT":
      case "DELETE":
      case "OPTIONS":
        return true;
      default:
        return request.invocation().idempotent();
    }
  }

  @Override
  public String toString() {
    return "StandardRetryPolicy{maxRetries=" + maxRetries
        + ", maxElapsedTime=" + maxElapsedTime
        + ", maxRetryAfter=" + maxRetryAfter
        + ", backoff=" + minDelay + ".." + initialBackoff + ".." + maxBackoff + "}";
  }

  /** Builds a {@link StandardRetryPolicy}; not thread-safe. */
  public static final class Builder {
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private Duration maxElapsedTime = DEFAULT_MAX_ELAPSED_TIME;
    private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
    private Duration minDelay = DEFAULT_MIN_DELAY;
    private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
    private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
    private DoubleSupplier random = new ThreadLocalJitter();

    private Builder() {}

    /** The most retries of one call; default {@value #DEFAULT_MAX_RETRIES}; 0 turns retries off. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be 0 (no retries) or more: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * How long after a call's first attempt started a wait may still end; default 60 s; zero turns retries off.
     * Time spent in attempts counts too. A wait that would end later is not started.
     */
    public Builder maxElapsedTime(Duration maxElapsedTime) {
      this.maxElapsedTime = notNegative(maxElapsedTime, "maxElapsedTime", " (no retries)");
      return this;
    }

    /**
     * The longest {@code Retry-After} waited; default 30 s. A longer one ends the retries, and the caller gets the
     * response (the budget may end them sooner).
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = notNegative(maxRetryAfter, "maxRetryAfter", "");
      return this;
    }

    /** The shortest wait before any retry, {@code Retry-After: 0} included; default 250 ms. */
    public Builder minDelay(Duration minDelay) {
      this.minDelay = notNegative(minDelay, "minDelay", "");
      return this;
    }

    /** The upper end of the first retry's backoff, doubled for each retry after it; default 1 s. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = Durations.positive(initialBackoff, "initialBackoff");
      return this;
    }

    /** The largest upper end of a backoff; default 20 s. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Durations.positive(maxBackoff, "maxBackoff");
      return this;
    }

    /** The jitter source, values in {@code [0, 1)} (anything else counts as 0); tests pass a fixed one. */
    public Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * The policy.
     *
     * @throws IllegalStateException unless {@code minDelay <= initialBackoff <= maxBackoff}
     */
    public StandardRetryPolicy build() {
      if (minDelay.compareTo(initialBackoff) > 0 || initialBackoff.compareTo(maxBackoff) > 0) {
        throw new IllegalStateException("backoff bounds must satisfy minDelay <= initialBackoff <= maxBackoff; got "
            + minDelay + ", " + initialBackoff + ", " + maxBackoff);
      }
      return new StandardRetryPolicy(this);
    }

    private static Duration notNegative(Duration duration, String name, String zeroMeans) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative()) {
        throw new IllegalArgumentException(name + " must be zero" + zeroMeans + " or positive: " + duration);
      }
      return duration;
    }
  }

  /** {@link ThreadLocalRandom}; a class rather than a lambda, which would spin classes at a client's first use. */
  private static final class ThreadLocalJitter implements DoubleSupplier {
    @Override
    public double getAsDouble() {
      return ThreadLocalRandom.current().nextDouble();
    }
  }
}
