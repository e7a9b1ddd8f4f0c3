package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.runtime.Retries.get;
import static io.typedclient.runtime.Retries.post;
import static io.typedclient.runtime.ScriptedChain.refused;
import static io.typedclient.runtime.ScriptedChain.status;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.internal.RetryLoop;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The runtime's retry loop, driven by a scripted chain and a fake scheduler: exact waits, no real time. */
@Timeout(10)
class RetryLoopTest {
  private final FakeScheduler scheduler = new FakeScheduler();

  /** Waits {@code wait} after each attempt it is asked about, up to {@code retries}; records what it saw. */
  static final class Recording implements RetryPolicy {
    final Duration wait;
    final int retries;
    final List<Attempt> seen = Collections.synchronizedList(new ArrayList<>());

    Recording(Duration wait, int retries) {
      this.wait = wait;
      this.retries = retries;
    }

    @Override
    public Duration delayBeforeRetry(Attempt attempt) {
      seen.add(attempt);
      return attempt.retryCount() < retries ? wait : null;
    }

    @Override
    public HttpRequest retryRequest(HttpRequest original, Attempt previous) {
      return original.toBuilder().header("X-Retry", Integer.toString(previous.retryCount() + 1)).build();
    }
  }

  /** Fails the test if it is asked anything. */
  static final class NeverAsked implements RetryPolicy {
    @Override
    public Duration delayBeforeRetry(Attempt attempt) {
      throw new AssertionError("the policy was asked about " + attempt);
    }
  }

  // ---- blocking ----

  @Test
  void blockingCallSleepsThePolicysWaitsThenReturnsTheAnswer() {
    Recording policy = new Recording(Duration.ofSeconds(3), 4);
    ScriptedChain chain = new ScriptedChain(get(), scheduler, status(503), refused(), status(200));

    HttpResponse response = new RetryLoop(policy).intercept(chain);

    assertThat(response.status()).isEqualTo(200);
    assertThat(scheduler.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    assertThat(chain.sent()).hasSize(3);
  }

  @Test
  void thePolicySeesEachAttemptWithItsRetryCountAndTheTimeSpent() {
    Recording policy = new Recording(Duration.ofSeconds(3), 4);
    Instant start = scheduler.now();
    ScriptedChain chain = new ScriptedChain(get(), scheduler,
        status(503),
        request -> {
          scheduler.sleep(Duration.ofSeconds(10)); // a slow attempt
          return Retries.response(request, 502);
        },
        status(204));

    new RetryLoop(policy).intercept(chain);

    assertThat(policy.seen).hasSize(2);
    Attempt first = policy.seen.get(0);
    Attempt second = policy.seen.get(1);
    assertThat(first.retryCount()).isEqualTo(0);
    assertThat(first.response().status()).isEqualTo(503);
    assertThat(first.callStartedAt()).isEqualTo(start);
    assertThat(first.elapsed()).isEqualTo(Duration.ZERO);
    assertThat(second.retryCount()).isEqualTo(1);
    assertThat(second.response().status()).isEqualTo(502);
    assertThat(second.callStartedAt()).isEqualTo(start);
    assertThat(second.elapsed()).isEqualTo(Duration.ofSeconds(13));
    assertThat(second.request().headers().first("X-Retry")).isEqualTo("1");
  }

  @Test
  void eachRetrySendsWhatThePolicyBuildsFromTheOriginalRequest() {
    HttpRequest original = get().toBuilder().header("X-Original", "kept").build();
    ScriptedChain chain = new ScriptedChain(original, scheduler, status(503), status(503), status(200));

    new RetryLoop(new Recording(Duration.ofSeconds(1), 4)).intercept(chain);

    List<HttpRequest> sent = chain.sent();
    assertThat(sent.get(0)).isSameInstanceAs(original);
    assertThat(sent.get(1).headers().all("X-Retry")).containsExactly("1");
    assertThat(sent.get(2).headers().all("X-Retry")).containsExactly("2");
    assertThat(sent.get(2).headers().all("X-Original")).containsExactly("kept");
  }

  @Test
  void aSuccessIsReturnedWithoutAskingThePolicyOrReadingTheClockAgain() {
    AtomicInteger clockReads = new AtomicInteger();
    Scheduler counting = new Scheduler() {
      @Override
      public Instant now() {
        clockReads.incrementAndGet();
        return Retries.T0;
      }

      @Override
      public void sleep(Duration duration) {
        throw new AssertionError("no wait expected");
      }

      @Override
      public CompletableFuture<Void> delay(Duration duration) {
        throw new AssertionError("no wait expected");
      }
    };

    assertThat(new RetryLoop(new NeverAsked()).intercept(new ScriptedChain(get(), counting, status(200))).status())
        .isEqualTo(200);
    assertThat(clockReads.get()).isEqualTo(1); // the call's start
  }

  @Test
  void aStatusThePolicyTurnsAwayIsReturnedWithoutAskingIt() {
    RetryPolicy onlyRateLimits = new RetryPolicy() {
      @Override
      public boolean retryableStatus(int status) {
        return status == 429;
      }

      @Override
      public Duration delayBeforeRetry(Attempt attempt) {
        throw new AssertionError("asked about " + attempt);
      }
    };
    ScriptedChain chain = new ScriptedChain(get(), scheduler, status(503));

    assertThat(new RetryLoop(onlyRateLimits).intercept(chain).status()).isEqualTo(503);
    assertThat(chain.sent()).hasSize(1);
  }

  @Test
  void whenThePolicyStopsTheLastResponseOrFailureGoesToTheCaller() {
    ScriptedChain answered = new ScriptedChain(get(), scheduler, status(503), status(504));
    ScriptedChain failed = new ScriptedChain(get(), scheduler, status(503), refused());

    assertThat(new RetryLoop(new Recording(Duration.ofSeconds(1), 1)).intercept(answered).status()).isEqualTo(504);
    TransportException thrown = assertThrows(TransportException.class,
        () -> new RetryLoop(new Recording(Duration.ofSeconds(1), 1)).intercept(failed));
    assertThat(thrown).hasMessageThat().contains("Connection refused");
  }

  @Test
  void failuresOtherThanTransportFailuresPassThroughUnasked() {
    ScriptedChain chain = new ScriptedChain(get(), scheduler, request -> new IllegalStateException("interceptor bug"));

    assertThrows(IllegalStateException.class, () -> new RetryLoop(new NeverAsked()).intercept(chain));
    assertThat(chain.sent()).hasSize(1);
  }

  @Test
  void aNegativeWaitCountsAsNone() {
    ScriptedChain chain = new ScriptedChain(get(), scheduler, status(503), status(200));

    new RetryLoop(new Recording(Duration.ofSeconds(-5), 1)).intercept(chain);

    assertThat(scheduler.sleeps()).containsExactly(Duration.ZERO);
  }

  @Test
  void aPolicyThatBuildsNoRetryRequestFailsTheCallClearly() {
    RetryPolicy broken = new RetryPolicy() {
      @Override
      public Duration delayBeforeRetry(Attempt attempt) {
        return Duration.ofSeconds(1);
      }

      @Override
      public HttpRequest retryRequest(HttpRequest original, Attempt previous) {
        return null;
      }
    };

    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> new RetryLoop(broken).intercept(new ScriptedChain(get(), scheduler, status(503))));
    assertThat(thrown).hasMessageThat().endsWith(".retryRequest returned null");
  }

  @Test
  void anInterruptedWaitStopsRetryingAndKeepsTheInterrupt() {
    Scheduler interrupting = new Scheduler() {
      @Override
      public Instant now() {
        return Retries.T0;
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        throw new InterruptedException();
      }

      @Override
      public CompletableFuture<Void> delay(Duration duration) {
        throw new AssertionError("not async");
      }
    };
    ScriptedChain chain = new ScriptedChain(get(), interrupting, status(503));
    try {
      assertThat(new RetryLoop(new Recording(Duration.ofSeconds(1), 4)).intercept(chain).status()).isEqualTo(503);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(chain.sent()).hasSize(1);
    } finally {
      Thread.interrupted();
    }
  }

  // ---- asynchronous ----

  @Test
  void asyncCallWaitsOnTheSchedulerAndStartsTheNextAttemptOnlyWhenTheWaitEnds() throws Exception {
    ScriptedChain chain = new ScriptedChain(post(), scheduler, status(429), status(429), status(201));

    CompletableFuture<HttpResponse> call =
        new RetryLoop(new Recording(Duration.ofSeconds(2), 4)).interceptAsync(chain.async());

    assertThat(chain.sent()).hasSize(1);
    assertThat(scheduler.pending()).hasSize(1);
    scheduler.advance(Duration.ofMillis(1999));
    assertThat(chain.sent()).hasSize(1);
    scheduler.advance(Duration.ofMillis(1));
    assertThat(chain.sent()).hasSize(2);
    assertThat(call.isDone()).isFalse();
    scheduler.advance(Duration.ofSeconds(2));
    assertThat(call.get(5, TimeUnit.SECONDS).status()).isEqualTo(201);
    assertThat(scheduler.sleeps()).isEmpty();
    assertThat(chain.sent().get(2).headers().all("X-Retry")).containsExactly("2");
  }

  @Test
  void asyncCallEndsWithTheLastFailureWhenThePolicyStops() {
    ScriptedChain chain = new ScriptedChain(get(), scheduler, refused(), refused());

    CompletableFuture<HttpResponse> call =
        new RetryLoop(new Recording(Duration.ofSeconds(1), 1)).interceptAsync(chain.async());
    scheduler.advance(Duration.ofSeconds(1));

    ExecutionException failed = assertThrows(ExecutionException.class, () -> call.get(5, TimeUnit.SECONDS));
    assertThat(failed).hasCauseThat().isInstanceOf(TransportException.class);
    assertThat(chain.sent()).hasSize(2);
  }

  @Test
  void cancellingDuringAWaitCancelsTheWaitAndStartsNoOtherAttempt() {
    ScriptedChain chain = new ScriptedChain(get(), scheduler, status(503));

    CompletableFuture<HttpResponse> call =
        new RetryLoop(new Recording(Duration.ofSeconds(5), 4)).interceptAsync(chain.async());
    CompletableFuture<Void> wait = scheduler.pending().get(0).future;
    call.cancel(true);
    scheduler.advance(Duration.ofSeconds(5));

    assertThat(wait.isCancelled()).isTrue();
    assertThrows(CancellationException.class, call::join);
    assertThat(chain.sent()).hasSize(1);
  }

  @Test
  void aWaitThatEndsAfterTheCallWasCancelledStartsNoAttempt() {
    CompletableFuture<Void> stubborn = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        return false;
      }
    };
    Scheduler racing = new Scheduler() {
      @Override
      public Instant now() {
        return Retries.T0;
      }

      @Override
      public void sleep(Duration duration) {
        throw new AssertionError("async calls must not sleep");
      }

      @Override
      public CompletableFuture<Void> delay(Duration duration) {
        return stubborn;
      }
    };
    ScriptedChain chain = new ScriptedChain(get(), racing, status(503), status(200));

    CompletableFuture<HttpResponse> call =
        new RetryLoop(new Recording(Duration.ofSeconds(1), 4)).interceptAsync(chain.async());
    call.cancel(true);
    stubborn.complete(null);

    assertThat(chain.sent()).hasSize(1);
    assertThat(call.isCancelled()).isTrue();
  }

  @Test
  void cancellingDuringAnAttemptCancelsTheAttempt() {
    ScriptedChain chain = new ScriptedChain(get(), scheduler);
    CompletableFuture<HttpResponse> inFlight = new CompletableFuture<>();
    chain.hang(inFlight);

    CompletableFuture<HttpResponse> call =
        new RetryLoop(new Recording(Duration.ofSeconds(1), 4)).interceptAsync(chain.async());
    call.cancel(true);

    assertThat(inFlight.isCancelled()).isTrue();
    assertThat(scheduler.pending()).isEmpty();
  }

  @Test
  void anAsyncChainThatThrowsStillEndsTheCall() {
    Interceptor.AsyncChain throwing = new Interceptor.AsyncChain() {
      @Override
      public HttpRequest request() {
        return get();
      }

      @Override
      public CompletableFuture<HttpResponse> proceed(HttpRequest request) {
        throw new IllegalStateException("broken interceptor");
      }

      @Override
      public Scheduler scheduler() {
        return scheduler;
      }
    };

    CompletableFuture<HttpResponse> call = new RetryLoop(new NeverAsked()).interceptAsync(throwing);

    ExecutionException failed = assertThrows(ExecutionException.class, () -> call.get(5, TimeUnit.SECONDS));
    assertThat(failed).hasCauseThat().hasMessageThat().isEqualTo("broken interceptor");
  }
}
