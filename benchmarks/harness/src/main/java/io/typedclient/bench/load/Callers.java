package io.typedclient.bench.load;

import io.typedclient.bench.contenders.SessionFetcher;
import io.typedclient.bench.server.SessionPayload;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/**
 * Callers that call {@code getSession} in a loop, each on its own thread, until stopped: counting, while measuring,
 * the calls that end in the window and how long each took. A call that fails is counted as an error, not a call.
 */
final class Callers {
  /** What the callers did while measuring. */
  record Outcome(long calls, long errors, LatencyHistogram latencies, Throwable firstError) {}

  private final SessionFetcher fetcher;
  private final int count;
  private final ThreadFactory virtualThreads;
  private final List<Thread> threads = new ArrayList<>();
  private final List<Caller> callers = new ArrayList<>();
  private final java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
  private volatile boolean measuring;
  private volatile boolean stopped;
  /** Keeps every result reachable, so that no call can be optimised away. */
  volatile Object sink;

  /** {@code count} callers on platform threads, or on virtual threads when {@code virtualThreads} is given. */
  Callers(SessionFetcher fetcher, int count, ThreadFactory virtualThreads) {
    this.fetcher = fetcher;
    this.count = count;
    this.virtualThreads = virtualThreads;
  }

  void start() {
    for (int i = 0; i < count; i++) {
      Caller caller = new Caller();
      Thread thread = virtualThreads != null ? virtualThreads.newThread(caller) : new Thread(caller, "load-caller-" + i);
      thread.setDaemon(true);
      callers.add(caller);
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.start();
    }
  }

  /**
   * Waits until every caller has had an answer (each may have had to open a connection and shake hands first), at
   * most {@code timeoutMillis}; false if some have not.
   */
  boolean awaitAnswers(long timeoutMillis) throws InterruptedException {
    long end = System.nanoTime() + timeoutMillis * 1_000_000;
    while (answered.get() < count) {
      if (System.nanoTime() - end > 0) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  void measuring(boolean on) {
    measuring = on;
  }

  /** Stops the callers, waits for their calls in flight, and adds up what they measured. */
  Outcome stop() throws InterruptedException {
    stopped = true;
    for (Thread thread : threads) {
      thread.join(120_000);
      if (thread.isAlive()) {
        throw new IllegalStateException("a caller's call did not end within two minutes of the phase");
      }
    }
    long calls = 0;
    long errors = 0;
    Throwable first = null;
    LatencyHistogram all = new LatencyHistogram();
    for (Caller caller : callers) {
      calls += caller.calls;
      errors += caller.errors;
      all.add(caller.latencies);
      if (first == null) {
        first = caller.firstError;
      }
    }
    return new Outcome(calls, errors, all, first);
  }

  private final class Caller implements Runnable {
    final LatencyHistogram latencies = new LatencyHistogram();
    long calls;
    long errors;
    Throwable firstError;
    boolean answeredOnce;

    @Override
    public void run() {
      while (!stopped) {
        long start = System.nanoTime();
        try {
          Object session = fetcher.getSession(SessionPayload.SESSION_ID);
          long took = System.nanoTime() - start;
          if (!answeredOnce) {
            answeredOnce = true;
            answered.incrementAndGet();
          }
          if (measuring) {
            latencies.record(took);
            calls++;
          }
          sink = session;
        } catch (RuntimeException e) {
          if (measuring) {
            errors++;
          }
          if (firstError == null) {
            firstError = e;
          }
          pause();
        }
      }
    }

    private void pause() {
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
