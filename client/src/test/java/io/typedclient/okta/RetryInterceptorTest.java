package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.RetryPolicyTest.httpDate;
import static io.typedclient.okta.ScriptedChain.fail;
import static io.typedclient.okta.ScriptedChain.status;
import static io.typedclient.okta.TestRequests.createSession;
import static io.typedclient.okta.TestRequests.getSession;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.Scheduler;
import io.typedclient.runtime.TransportException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The retry interceptor driven by a scripted chain and a fake scheduler: exact waits, no real time. */
@Timeout(10)
class RetryInterceptorTest {
  private static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");
  private static final RetryInterceptor RETRIES =
      new RetryInterceptor(new RetryPolicy(4, Duration.ofSeconds(60), () -> 0.5));

  private static String[] limited(Instant serverNow, long resetInSeconds, String requestId) {
    return new String[] {
      "Date", httpDate(serverNow),
      "X-Rate-Limit-Reset", Long.toString(serverNow.getEpochSecond() + resetInSeconds),
      "X-Okta-Request-Id", requestId
    };
  }

  @Test
  void blockingCallSleepsUntilResetThenSucceeds() {
    FakeScheduler scheduler = FakeScheduler.autoAdvancing(T0);
    ScriptedChain chain = new ScriptedChain(getSession("abc123"), scheduler,
        status(429, limited(T0.plusSeconds(90), 5, "req-1")),
        status(200, "X-Okta-Request-Id", "req-2"));

    HttpResponse response = RETRIES.intercept(chain);

    assertThat(response.status()).isEqualTo(200);
    assertThat(scheduler.sleeps()).containsExactly(Duration.ofSeconds(6));
    assertThat(chain.sent()).hasSize(2);
  }

  @Test
  void retriesCarryTheFirstRequestIdAndTheirCount() {
    FakeScheduler scheduler = FakeScheduler.autoAdvancing(T0);
    ScriptedChain chain = new ScriptedChain(getSession("abc123"), scheduler,
        status(503, "X-Okta-Request-Id", "first-id"),
        status(503, "X-Okta-Request-Id", "second-id"),
        status(200, "X-Okta-Request-Id", "third-id"));

    RETRIES.intercept(chain);

    List<HttpRequest> sent = chain.sent();
    assertThat(sent.get(0).headers().contains(RetryInterceptor.RETRY_COUNT)).isFalse();
    assertThat(sent.get(0).headers().contains(RetryInterceptor.RETRY_FOR)).isFalse();
    assertThat(sent.get(1).headers().all("X-Okta-Retry-Count")).containsExactly("1");
    assertThat(sent.get(1).headers().all("X-Okta-Retry-For")).containsExactly("first-id");
    assertThat(sent.get(2).headers().all("X-Okta-Retry-Count")).containsExactly("2");
    assertThat(sent.get(2).headers().all("X-Okta-Retry-For")).containsExactly("first-id");
  }

  @Test
  void retryAfterAFailureWithoutResponseHasACountButNoRequestIdYet() {
    FakeScheduler scheduler = FakeScheduler.autoAdvancing(T0);
    ScriptedChain chain = new ScriptedChain(getSession("abc123"), scheduler,
        fail(request -> TransportException.of(request, new IOException("connection reset"))),
        status(503, "X-Okta-Request-Id", "id-from-second"),
        status(200));

    RETRIES.intercept(chain);

    List<HttpRequest> sent = chain.sent();
    assertThat(sent.get(1).headers().all("X-Okta-Retry-Count")).containsExactly("1");
    assertThat(sent.get(1).headers().contains("X-Okta-Retry-For")).isFalse();
    assertThat(sent.get(2).headers().all("X-Okta-Retry-For")).containsExactly("id-from-second");
  }

  @Test
  void unsafeRequestIdIsNotEchoed() {
    FakeScheduler scheduler = FakeScheduler.autoAdvancing(T0);
    ScriptedChain chain = new ScriptedChain(getSession("abc123"), scheduler,
        status(503, "X-Okta-Request-Id", "has space"),
        status(200));

    RETRIES.intercept(chain);

    assertThat(chain.sent().get(1).headers().contains("X-Okta-Retry-For")).isFalse();
  }

  @Test
  void blockingCallReturnsTheLast429WhenRetriesRunOut() {
    FakeScheduler scheduler = FakeScheduler.autoAdvancing(T0);
    RetryInterceptor twoRetries = new RetryInterceptor(new RetryPolicy(2, Duration.ofSeconds(60), () -> 0.5));
    ScriptedChain chain = new ScriptedChain(getSession("abc123"), scheduler,
        status(429, limited(T0, 1, "a")),
        status(429, limited(T0.plusSeconds(2), 1, "b")),
        status(429, limited(T0.plusSeconds(4), 1, "c")));

    HttpResponse response = twoRetries.intercept(chain);

    assertThat(response.status()).isEqualTo(429);
    assertThat(response.header("X-Okta-Request-Id")).isEqualTo("c");
    assertThat(chain.sent()).hasSize(3);
    assertThat(scheduler.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void blockingCallDoesNotStartAWaitLongerThanTheBudget() {
    FakeScheduler scheduler = FakeScheduler.autoAdvancing(T0);
    ScriptedChain chain = new ScriptedChain(getSession("abc123"), scheduler,
        status(429, limited(T0, 600, "a")));

    HttpResponse response = RETRIES.intercept(chain);

    assertThat(response.status()).isEqualTo(429);
    assertThat(scheduler.sleeps()).isEmpty();
  }

  @Test
  void budgetCountsTimeSpentInAttempts() {
    FakeScheduler scheduler = FakeScheduler.autoAdvancing(T0);
    ScriptedChain chain = new ScriptedChain(getSession("abc123"), scheduler,
        request -> {
          scheduler.advance(Duration.ofSeconds(50)); // a slow first attempt
          return TestRequests.response(request, 429, "", limited(T0.plusSeconds(50), 9, "a"));
        },
        status(200));

    // 50 s spent + 10 s wait = 60 s: exactly the budget, so still allowed.
    assertThat(RETRIES.intercept(chain).status()).isEqualTo(200);

    FakeScheduler later = FakeScheduler.autoAdvancing(T0);
    ScriptedChain tooSlow = new ScriptedChain(getSession("abc123"), later,
        request -> {
          later.advance(Duration.ofSeconds(51));
          return TestRequests.response(request, 429, "", limited(T0.plusSeconds(51), 9, "a"));
        });
    assertThat(RETRIES.intercept(tooSlow).status()).isEqualTo(429);
    assertThat(later.sleeps()).isEmpty();
  }

  @Test
  void blockingConnectionFailureOfGetIsRetriedThenThrownWhenRetriesRunOut() {
    FakeScheduler scheduler = FakeScheduler.autoAdvancing(T0);
    RetryInterceptor oneRetry = new RetryInterceptor(new RetryPolicy(1, Duration.ofSeconds(60), () -> 0.5));
    ScriptedChain chain = new ScriptedChain(getSession("abc123"), scheduler,
        fail(request -> TransportException.of(request, new IOException("refused 1"))),
        fail(request -> TransportException.of(request, new IOException("refused 2"))));

    TransportException thrown = assertThrows(TransportException.class, () -> oneRetry.intercept(chain));

    assertThat(thrown).hasMessageThat().contains("refused 2");
    assertThat(chain.sent()).hasSize(2);
  }

  @Test
  void blockingConnectionFailureOfPostIsThrownAtOnce() {
    FakeScheduler scheduler = FakeScheduler.autoAdvancing(T0);
    ScriptedChain chain = new ScriptedChain(createSession(), scheduler,
        fail(request -> TransportException.of(request, new IOException("reset"))));

    assertThrows(TransportException.class, () -> RETRIES.intercept(chain));

    assertThat(chain.sent()).hasSize(1);
    assertThat(scheduler.sleeps()).isEmpty();
  }

  @Test
  void blockingPostOn503IsReturnedAtOnce() {
    FakeScheduler scheduler = FakeScheduler.autoAdvancing(T0);
    ScriptedChain chain = new ScriptedChain(createSession(), scheduler, status(503));

    assertThat(RETRIES.intercept(chain).status()).isEqualTo(503);
    assertThat(chain.sent()).hasSize(1);
  }

  @Test
  void otherExceptionsPassThroughWithoutRetry() {
    FakeScheduler scheduler = FakeScheduler.autoAdvancing(T0);
    ScriptedChain chain = new ScriptedChain(getSession("abc123"), scheduler,
        fail(request -> new IllegalStateException("interceptor bug")));

    assertThrows(IllegalStateException.class, () -> RETRIES.intercept(chain));
    assertThat(chain.sent()).hasSize(1);
  }

  @Test
  void interruptedBlockingWaitStopsRetryingAndKeepsTheInterrupt() {
    Scheduler interrupting = new Scheduler() {
      @Override
      public Instant now() {
        return T0;
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
    ScriptedChain chain = new ScriptedChain(getSession("abc123"), interrupting, status(503));
    try {
      HttpResponse response = RETRIES.intercept(chain);

      assertThat(response.status()).isEqualTo(503);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(chain.sent()).hasSize(1);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void interruptedAttemptIsNotRetried() {
    FakeScheduler scheduler = FakeScheduler.autoAdvancing(T0);
    // The transport reports an interrupted wait for the response as a TransportException and keeps the flag.
    ScriptedChain chain = new ScriptedChain(getSession("abc123"), scheduler,
        fail(request -> {
          Thread.currentThread().interrupt();
          return TransportException.of(request, new InterruptedException());
        }),
        status(200));
    try {
      assertThrows(TransportException.class, () -> RETRIES.intercept(chain));

      assertThat(chain.sent()).hasSize(1);
      assertThat(scheduler.sleeps()).isEmpty();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void asyncCallWaitsWithTheSchedulerNeverBySleeping() throws Exception {
    FakeScheduler scheduler = FakeScheduler.asyncOnly(T0);
    ScriptedChain chain = new ScriptedChain(getSession("abc123"), scheduler,
        status(429, limited(T0.plusSeconds(30), 4, "first")),
        status(504, "X-Okta-Request-Id", "second"),
        status(200));

    HttpResponse response = RETRIES.interceptAsync(chain.async()).get(5, TimeUnit.SECONDS);

    assertThat(response.status()).isEqualTo(200);
    assertThat(scheduler.sleeps()).isEmpty();
    assertThat(scheduler.delays()).containsExactly(Duration.ofSeconds(5), Duration.ofMillis(1125)).inOrder();
    List<HttpRequest> sent = chain.sent();
    assertThat(sent.get(2).headers().all("X-Okta-Retry-For")).containsExactly("first");
    assertThat(sent.get(2).headers().all("X-Okta-Retry-Count")).containsExactly("2");
  }

  @Test
  void asyncPostOn503CompletesWithTheResponseAtOnce() throws Exception {
    FakeScheduler scheduler = FakeScheduler.asyncOnly(T0);
    ScriptedChain chain = new ScriptedChain(createSession(), scheduler, status(503));

    assertThat(RETRIES.interceptAsync(chain.async()).get(5, TimeUnit.SECONDS).status()).isEqualTo(503);
    assertThat(scheduler.delays()).isEmpty();
  }

  @Test
  void asyncConnectionFailureOfGetIsRetried() throws Exception {
    FakeScheduler scheduler = FakeScheduler.asyncOnly(T0);
    ScriptedChain chain = new ScriptedChain(getSession("abc123"), scheduler,
        fail(request -> TransportException.of(request, new IOException("reset"))),
        status(200));

    assertThat(RETRIES.interceptAsync(chain.async()).get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
    assertThat(chain.sent()).hasSize(2);
  }

  @Test
  void asyncConnectionFailureOfPostFailsWithTheFailureItself() {
    FakeScheduler scheduler = FakeScheduler.asyncOnly(T0);
    ScriptedChain chain = new ScriptedChain(createSession(), scheduler,
        fail(request -> TransportException.of(request, new IOException("reset"))));

    ExecutionException failed = assertThrows(ExecutionException.class,
        () -> RETRIES.interceptAsync(chain.async()).get(5, TimeUnit.SECONDS));

    assertThat(failed).hasCauseThat().isInstanceOf(TransportException.class);
    assertThat(chain.sent()).hasSize(1);
  }

  @Test
  void cancellingAnAsyncCallDuringAWaitCancelsTheWaitAndStopsRetrying() {
    FakeScheduler scheduler = FakeScheduler.manual(T0);
    ScriptedChain chain = new ScriptedChain(getSession("abc123"), scheduler,
        status(429, limited(T0, 5, "a")));

    CompletableFuture<HttpResponse> call = RETRIES.interceptAsync(chain.async());
    assertThat(scheduler.pendingDelays()).hasSize(1);
    CompletableFuture<Void> wait = scheduler.pendingDelays().get(0);

    call.cancel(true);

    assertThat(wait.isCancelled()).isTrue();
    assertThrows(CancellationException.class, call::join);
    assertThat(chain.sent()).hasSize(1);
  }

  @Test
  void aWaitThatEndsAfterTheCallWasCancelledStartsNoAttempt() {
    // A timer that cannot be cancelled and fires anyway, as a racing timer thread would.
    CompletableFuture<Void> stubbornWait = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        return false;
      }
    };
    Scheduler scheduler = new Scheduler() {
      @Override
      public Instant now() {
        return T0;
      }

      @Override
      public void sleep(Duration duration) {
        throw new AssertionError("async calls must not sleep");
      }

      @Override
      public CompletableFuture<Void> delay(Duration duration) {
        return stubbornWait;
      }
    };
    ScriptedChain chain = new ScriptedChain(getSession("abc123"), scheduler, status(503), status(200));

    CompletableFuture<HttpResponse> call = RETRIES.interceptAsync(chain.async());
    call.cancel(true);
    stubbornWait.complete(null);

    assertThat(chain.sent()).hasSize(1);
    assertThat(call.isCancelled()).isTrue();
  }

  @Test
  void cancellingAnAsyncCallDuringAnAttemptCancelsTheAttempt() {
    FakeScheduler scheduler = FakeScheduler.manual(T0);
    ScriptedChain chain = new ScriptedChain(getSession("abc123"), scheduler);
    CompletableFuture<HttpResponse> inFlight = new CompletableFuture<>();
    chain.hangNextAttempts(inFlight);

    CompletableFuture<HttpResponse> call = RETRIES.interceptAsync(chain.async());
    call.cancel(true);

    assertThat(inFlight.isCancelled()).isTrue();
    assertThat(chain.sent()).hasSize(1);
    assertThat(scheduler.delays()).isEmpty();
  }

  @Test
  void asyncWaitsAreReleasedByTheSchedulerNotByAThread() throws Exception {
    FakeScheduler scheduler = FakeScheduler.manual(T0);
    ScriptedChain chain = new ScriptedChain(getSession("abc123"), scheduler,
        status(503),
        status(503),
        status(200));

    CompletableFuture<HttpResponse> call = RETRIES.interceptAsync(chain.async());
    assertThat(call.isDone()).isFalse();
    assertThat(chain.sent()).hasSize(1);

    scheduler.releaseNextDelay();
    assertThat(chain.sent()).hasSize(2);
    assertThat(call.isDone()).isFalse();

    scheduler.releaseNextDelay();
    assertThat(call.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
    assertThat(scheduler.delays()).containsExactly(Duration.ofMillis(625), Duration.ofMillis(1125)).inOrder();
  }
}
