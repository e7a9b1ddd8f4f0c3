package io.typedclient.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Cuts off response bodies that are still arriving at their deadline, for {@link JdkHttpTransport}'s blocking calls:
 * one daemon thread per transport sleeps until the earliest deadline of the bodies in flight, so that watching a
 * body costs one entry in a concurrent set and nothing wakes up while bodies arrive on time. A timer per call (a
 * {@code CompletableFuture} on the JDK's shared delayer, scheduled and cancelled on every call) cost a lock, a
 * wake-up and an exception per call (benchmarks/FINDINGS.md, change 4). The thread starts with the first body
 * watched and ends after a second without one.
 */
final class BodyDeadlines {
  /** A body being watched. */
  interface Body {
    /** {@code System.nanoTime()} by which the body must be complete. */
    long deadline();

    /** Fails the body: its deadline has passed. Called at most once, on the watching thread. */
    void expire();
  }

  private final long idleNanos;
  private final Set<Body> watched = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean running = new AtomicBoolean();
  private final String threadName;
  private volatile Thread thread;
  /** When the thread will next look ({@code System.nanoTime()}), once it has published it. */
  private volatile long wakeAt;

  BodyDeadlines(String threadName) {
    this(threadName, TimeUnit.SECONDS.toNanos(1));
  }

  /** As {@link #BodyDeadlines(String)}, with the thread ending after {@code idleNanos} without a body; for tests. */
  BodyDeadlines(String threadName, long idleNanos) {
    this.threadName = threadName;
    this.idleNanos = idleNanos;
  }

  /** Watches {@code body} until {@link #unwatch}; expires it if its deadline passes first. */
  void watch(Body body) {
    watched.add(body);
    if (!running.get() && running.compareAndSet(false, true)) {
      Thread watcher = new Thread(this::run, threadName);
      watcher.setDaemon(true);
      thread = watcher;
      watcher.start();
    } else if (body.deadline() - wakeAt < 0) {
      // Earlier than the thread planned to look: wake it. Either this read sees the plan the thread published,
      // or the thread's look after publishing it sees this body (see run()).
      LockSupport.unpark(thread);
    }
  }

  /** Stops watching {@code body}; it completed. */
  void unwatch(Body body) {
    watched.remove(body);
  }

  /** Bodies watched now; for tests. */
  int watching() {
    return watched.size();
  }

  /** Whether the watching thread is running; for tests. */
  boolean running() {
    return running.get();
  }

  private void run() {
    long idleSince = System.nanoTime();
    while (true) {
      long now = System.nanoTime();
      long next = expireDue(now);
      if (watched.isEmpty()) {
        if (now - idleSince >= idleNanos) {
          running.set(false);
          // A body watched from here on either sees running == false and starts a thread, or is seen below.
          if (watched.isEmpty() || !running.compareAndSet(false, true)) {
            return;
          }
          continue;
        }
      } else {
        idleSince = now;
      }
      wakeAt = next;
      // A body watched while expireDue ran may have compared its deadline with an older plan: look once more now
      // that this plan is published, and go round again rather than sleep past it.
      if (earliest(next) - next < 0) {
        continue;
      }
      LockSupport.parkNanos(this, next - System.nanoTime());
    }
  }

  /** Expires every body whose deadline has passed; the earliest deadline left, or when to look again if idle. */
  private long expireDue(long now) {
    long next = now + idleNanos;
    for (Body body : watched) {
      long deadline = body.deadline();
      if (now - deadline >= 0) {
        if (watched.remove(body)) {
          body.expire();
        }
      } else if (deadline - next < 0) {
        next = deadline;
      }
    }
    return next;
  }

  private long earliest(long bound) {
    long earliest = bound;
    for (Body body : watched) {
      if (body.deadline() - earliest < 0) {
        earliest = body.deadline();
      }
    }
    return earliest;
  }
}
