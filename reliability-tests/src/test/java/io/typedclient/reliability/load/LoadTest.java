package io.typedclient.reliability.load;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.typedclient.okta.OktaApiException;
import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.Session;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.okta.testing.FakeUser;
import io.typedclient.okta.testing.ManualClock;
import io.typedclient.okta.testing.RecordedRequest;
import io.typedclient.reliability.matrix.Endpoint;
import io.typedclient.reliability.matrix.Endpoint.Form;
import io.typedclient.reliability.matrix.Expect;
import io.typedclient.reliability.matrix.FaultKind;
import io.typedclient.reliability.matrix.FaultMatrix;
import io.typedclient.reliability.matrix.Target;
import io.typedclient.reliability.secrets.Exposure;
import io.typedclient.reliability.support.OktaFixture;
import io.typedclient.reliability.support.Outcome;
import io.typedclient.reliability.support.TestScheduler;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sixteen threads run session lifecycles (create, get, refresh, get-me, refresh-me, then end, revoke-user or
 * close-me) through one client, in all four forms at random, against one FakeOkta that injects a fault into about
 * one call in twenty-five. Every call must end as specified: an unfaulted call with the correct result (the
 * session asked for, a session that really ended), a faulted one as the fault matrix's "struck once" column
 * says for that fault and endpoint. Afterwards: the client never held more connections than threads, none is left
 * open once it is closed, no thread it started is left, and the heap after a full GC is back where it was.
 */
class LoadTest {
  private static final int THREADS = 16;
  private static final int LIFECYCLES_PER_THREAD = 42;
  private static final double FAULT_RATE = 0.04;
  /** Faults that answer at once; the slow, refused and redirect cells need a setup of their own (see the matrix). */
  private static final List<FaultKind> FAULTS = List.of(
      FaultKind.RATE_LIMITED, FaultKind.RATE_LIMITED_WITHOUT_DATE, FaultKind.RATE_LIMITED_WITHOUT_RESET,
      FaultKind.RATE_LIMITED_TWO_RESETS, FaultKind.INTERNAL_ERROR, FaultKind.UNAVAILABLE, FaultKind.GATEWAY_TIMEOUT,
      FaultKind.CLOSED_BEFORE_RESPONSE, FaultKind.CLOSED_MID_BODY, FaultKind.TRUNCATED_JSON, FaultKind.MALFORMED_JSON,
      FaultKind.HTML_502, FaultKind.EMPTY_200, FaultKind.OVER_CAP);
  /** Heap that may remain after a full GC, beyond what was in use before: see {@link #heapReturnsToWhereItWas}. */
  private static final long HEAP_SLACK_BYTES = 4L * 1024 * 1024;

  /**
   * Threads the JDK or the test framework may start while the test runs and keep afterwards, none of them the
   * client's: the JDK's one timer for {@code CompletableFuture.orTimeout} and {@code delayedExecutor} (started on
   * first use, lives with the JVM; java.net.http and the system scheduler use it), the JDK's common pool (workers
   * retire after a minute idle), and JUnit's own parallel-execution pool.
   */
  private static final List<String> JDK_AND_FRAMEWORK_THREADS =
      List.of("CompletableFutureDelayScheduler", "ForkJoinPool.commonPool-worker-", "ForkJoinPool-");

  private final Map<FaultKind, AtomicInteger> injected = new ConcurrentHashMap<>();
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger succeeded = new AtomicInteger();
  private final List<Throwable> wrong = Collections.synchronizedList(new ArrayList<>());

  @Test
  @Timeout(180)
  void sixteenThreadsOfMixedCallsWithInjectedFaults() throws Exception {
    warmUp();
    Set<Thread> threadsBefore = liveThreads();
    long heapBefore = heapAfterGc();

    runAndCloseEverything();

    awaitGc("no thread left behind", () -> newThreads(threadsBefore).isEmpty());
    assertWithMessage("threads started during the test and still alive").that(newThreads(threadsBefore)).isEmpty();
    heapReturnsToWhereItWas(heapBefore);
  }

  /**
   * The load itself, with its checks of outcomes and connections. Everything it builds (FakeOkta with its request
   * log, the client) is closed and unreachable once it returns, so the heap can be compared with before.
   */
  private void runAndCloseEverything() throws Exception {
    long started = System.nanoTime();
    ManualClock clock = ManualClock.at(OktaFixture.T0);
    FakeOkta okta = FakeOkta.builder().clock(clock).start();
    Exposure.global().secret(okta.apiToken(), "API token");
    SessionApiClient api = OktaSessions.builder()
        .orgUrl(okta.orgUrl())
        .apiToken(okta.apiToken())
        .scheduler(TestScheduler.on(clock))
        .requestTimeout(Duration.ofSeconds(20))
        .build();
    AtomicInteger mostConnections = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      FakeUser user = okta.addUser("00uload" + String.format("%013d", t), "load" + t + "@example.com", "Load " + t);
      long seed = 0x5eed0000L + t;
      Thread worker = new Thread(() -> {
        try {
          runLifecycles(api, okta, user, new Random(seed), mostConnections);
        } catch (Throwable e) {
          wrong.add(e);
        }
      }, "load-worker-" + t);
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join(TimeUnit.SECONDS.toMillis(150));
      assertWithMessage("%s finished", worker.getName()).that(worker.isAlive()).isFalse();
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    if (!wrong.isEmpty()) {
      AssertionError failure = new AssertionError(wrong.size() + " of " + calls.get() + " calls ended wrongly; the first:",
          wrong.get(0));
      wrong.stream().skip(1).limit(5).forEach(failure::addSuppressed);
      throw failure;
    }
    System.out.printf("LoadTest: %d calls (%d succeeded) by %d threads in %d ms; faults injected: %s; most connections"
            + " open at once: %d; FakeOkta received %d requests%n",
        calls.get(), succeeded.get(), THREADS, millis, injected, mostConnections.get(), okta.requestCount());
    assertThat(calls.get()).isAtLeast(THREADS * LIFECYCLES_PER_THREAD * 6);
    assertThat(injected.values().stream().mapToInt(AtomicInteger::get).sum()).isAtLeast(calls.get() / 50);

    // Connections: one per thread (each has one call in flight), give or take one a fault has just dropped and
    // FakeOkta's server thread has not yet seen go; a leak of one per fault (some 180) would be far past that. All
    // gone once the client is closed.
    assertWithMessage("connections open at once").that(mostConnections.get()).isAtMost(THREADS + 2);
    api.close();
    awaitGc("every connection closed once the client is closed", () -> okta.openConnections() == 0);
    assertWithMessage("connections open after the client is closed").that(okta.openConnections()).isEqualTo(0);
    okta.close();
  }

  /** One thread's share: lifecycles of its own user's sessions, each call maybe faulted, each outcome checked. */
  private void runLifecycles(SessionApiClient api, FakeOkta okta, FakeUser user, Random random, AtomicInteger mostConnections) {
    for (int lifecycle = 0; lifecycle < LIFECYCLES_PER_THREAD; lifecycle++) {
      Endpoint last = List.of(Endpoint.END, Endpoint.REVOKE_USER, Endpoint.CLOSE_ME).get(lifecycle % 3);
      Target target = created(api, okta, user, random, mostConnections);
      for (Endpoint endpoint : List.of(Endpoint.GET, Endpoint.REFRESH, Endpoint.GET_ME, Endpoint.REFRESH_ME, last)) {
        call(api, okta, endpoint, target, random, mostConnections);
      }
    }
  }

  /** Creates a session (again, unfaulted, if a fault spoiled the first try) and returns what later calls act on. */
  private Target created(SessionApiClient api, FakeOkta okta, FakeUser user, Random random, AtomicInteger mostConnections) {
    Target attempt = new Target(okta, user.id(), null, token(okta, user), null);
    Object created = call(api, okta, Endpoint.CREATE, attempt, random, mostConnections);
    if (created == null) {
      Target again = new Target(okta, user.id(), null, token(okta, user), null);
      Outcome outcome = Endpoint.CREATE.call(api, again, Form.SYNC);
      calls.incrementAndGet();
      check(outcome, Endpoint.CREATE, again, null);
      created = outcome.result();
    }
    FakeSession session = okta.session(((Session) created).id()).orElseThrow();
    return new Target(okta, user.id(), session, null, OktaFixture.cookie(session));
  }

  /** One call, faulted or not, checked; returns its result when it succeeded, else null. */
  private Object call(
      SessionApiClient api, FakeOkta okta, Endpoint endpoint, Target target, Random random, AtomicInteger mostConnections) {
    FaultKind fault = null;
    if (random.nextDouble() < FAULT_RATE) {
      fault = FAULTS.get(random.nextInt(FAULTS.size()));
      injected.computeIfAbsent(fault, f -> new AtomicInteger()).incrementAndGet();
      fault.arm(okta.faults().matching(firstRequestOf(endpoint, target)).times(1), okta.clock().instant(), null);
    }
    Form form = Form.values()[random.nextInt(Form.values().length)];
    Outcome outcome = endpoint.call(api, target, form);
    calls.incrementAndGet();
    mostConnections.accumulateAndGet(okta.openConnections(), Math::max);
    check(outcome, endpoint, target, fault);
    return outcome.succeeded() ? outcome.result() : null;
  }

  /** Selects this call's requests only: each thread has its own session, cookie, user and session token. */
  private static Predicate<RecordedRequest> firstRequestOf(Endpoint endpoint, Target target) {
    String method = endpoint.request.substring(0, endpoint.request.indexOf(' '));
    switch (endpoint) {
      case CREATE:
        return request -> request.method().equals(method) && request.body().contains(target.sessionToken());
      case GET_ME:
      case REFRESH_ME:
      case CLOSE_ME:
        return request -> request.method().equals(method) && target.cookie().equals(request.header("Cookie"))
            && request.route() != null && request.route().equals(endpoint.request.substring(method.length() + 1));
      case REVOKE_USER:
        return request -> request.method().equals(method) && request.path().contains("/" + target.userId() + "/");
      default:
        return request -> request.method().equals(method) && request.path().contains("/" + target.session().id())
            && request.route() != null && request.route().equals(endpoint.request.substring(method.length() + 1));
    }
  }

  /** The outcome is the correct result, or for a faulted call what the matrix says for that fault, struck once. */
  private void check(Outcome outcome, Endpoint endpoint, Target target, FaultKind fault) {
    String what = endpoint.label + (fault == null ? "" : " × " + fault.label);
    try {
      assertWithMessage("%s: wrapped", what).that(outcome.isWrapped()).isFalse();
      Expect expect = fault == null ? null : FaultMatrix.row(fault, endpoint).once();
      if (expect == null || expect.succeeds()) {
        if (!outcome.succeeded()) {
          throw new AssertionError(what + ": expected success, got " + outcome.failure(), outcome.failure());
        }
        endpoint.verify(outcome.result(), target);
        succeeded.incrementAndGet();
        return;
      }
      assertWithMessage("%s: expected %s, got %s", what, expect, outcome).that(outcome.failure()).isNotNull();
      assertWithMessage("%s: exception type", what).that(outcome.failure().getClass()).isEqualTo(expect.failure);
      if (expect.status != null) {
        OktaApiException e = (OktaApiException) outcome.failure();
        assertWithMessage("%s: status", what).that(e.status()).isEqualTo(expect.status);
        assertWithMessage("%s: error code", what).that(e.errorCode()).isEqualTo(expect.errorCode);
      }
    } catch (AssertionError e) {
      wrong.add(e);
    }
  }

  private static String token(FakeOkta okta, FakeUser user) {
    String token = okta.issueSessionToken(user);
    Exposure.global().secret(token, "session token");
    return token;
  }

  /** A few calls in every form first, so that what the JDK starts once per JVM exists before the snapshot. */
  private static void warmUp() {
    try (OktaFixture fixture = OktaFixture.start(); SessionApiClient api = fixture.client().build()) {
      FakeSession session = fixture.session();
      Target target = new Target(
          fixture.okta(), session.userId(), session, fixture.sessionToken(), OktaFixture.cookie(session));
      for (Form form : Form.values()) {
        fixture.okta().faults().next(1).respond(503);
        assertThat(Endpoint.GET.call(api, target, form).succeeded()).isTrue();
      }
    }
  }

  private static Set<Thread> liveThreads() {
    Set<Thread> threads = new HashSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive()) {
        threads.add(thread);
      }
    }
    return threads;
  }

  /** Threads alive now that were not before, other than the JDK's and the framework's (see the list). */
  private static Set<String> newThreads(Set<Thread> before) {
    Set<String> names = new TreeSet<>();
    for (Thread thread : liveThreads()) {
      if (!before.contains(thread) && JDK_AND_FRAMEWORK_THREADS.stream().noneMatch(thread.getName()::startsWith)) {
        names.add(thread.getName());
      }
    }
    return names;
  }

  /**
   * The heap in use after a full GC, once everything the test built is closed and unreachable, is within
   * {@link #HEAP_SLACK_BYTES} of what it was before: nothing the client or its transport holds per call, per
   * connection or per thread survives it (4,000 calls leaking 1 KiB each would be past the slack). What the test
   * itself keeps is inside the slack: the secrets it registered with {@link Exposure} (about 3,000 strings).
   */
  private static void heapReturnsToWhereItWas(long before) {
    long after = heapAfterGc();
    System.out.printf("LoadTest: heap after GC %d KiB before, %d KiB after%n", before / 1024, after / 1024);
    assertWithMessage("heap in use after a full GC, in bytes, beyond what it was before")
        .that(after - before).isAtMost(HEAP_SLACK_BYTES);
  }

  private static long heapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    // Several rounds: finalizers and cleaners free more on the next one; keep the lowest.
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /**
   * Waits, running GCs, until {@code condition} holds, for at most 20 seconds. java.net.http on Java 17 has no
   * close(): a closed client's connections and selector thread end once its HttpClient is collected.
   */
  private static void awaitGc(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      System.gc();
      TimeUnit.MILLISECONDS.sleep(20);
    }
    if (!condition.getAsBoolean()) {
      System.out.println("LoadTest: still waiting after 20 s: " + what);
    }
  }
}
