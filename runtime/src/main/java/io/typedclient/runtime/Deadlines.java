package io.typedclient.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Ends what is still running at its deadline: the response bodies of {@link JdkHttpTransport}'s blocking calls, and
 * every exchange of {@link UrlConnectionTransport}. One daemon thread per transport sleeps until the earliest
 * deadline of the entries in flight, so that watching one costs one entry in a concurrent set and nothing wakes up
 * while exchanges end on time. A timer per call (a {@code CompletableFuture} on the JDK's shared delayer, scheduled
 * and cancelled on every call) cost a lock, a wake-up and an exception per call (benchmarks/FINDINGS.md, change 4).
 * The thread starts with the first entry watched and ends after a second without one.
 *
 * <p>One thread serves every exchange of its transport, so {@link Entry#expire()} must never block: an entry that
 * waited on the network there would delay every other deadline.
 *
 * <p>Made with a polling interval, the thread also looks at least that often while it runs, and asks each entry
 * to {@link Entry#poll() poll}: {@link UrlConnectionTransport} notices there that the thread of a blocking call
 * was interrupted. It looks without being woken, so watching an entry still wakes nothing on the way.
 */
final class Deadlines {
  /** What is watched: a body, an exchange. */
  interface Entry {
    /** {@code System.nanoTime()} by which it must be over. */
    long deadline();

    /**
     * Ends it: its deadline has passed. Called at most once, on the watching thread; must return at once, never
     * waiting for the network or a lock that a reader may hold.
     */
    void expire();

    /** Looks at it before its deadline, when the {@link Deadlines} polls; must return at once, as {@link #expire}. */
    default void poll() {}
  }

  private final long idleNanos;
  /** The longest the thread sleeps while it runs. */
  private final long lookEveryNanos;
  private final Set<Entry> watched = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean running = new AtomicBoolean();
  private final String threadName;
  private volatile @Nullable Thread thread;
  /** When the thread will next look ({@code System.nanoTime()}), once it has published it. */
  private volatile long wakeAt;

  Deadlines(String threadName) {
    this(threadName, TimeUnit.SECONDS.toNanos(1));
  }

  /** As {@link #Deadlines(String)}, with the thread ending after {@code idleNanos} without an entry; for tests. */
  Deadlines(String threadName, long idleNanos) {
    this(threadName, idleNanos, idleNanos);
  }

  /**
   * As {@link #Deadlines(String, long)}, with the thread looking at least every {@code lookEveryNanos} while it runs
   * and polling each entry then.
   */
  Deadlines(String threadName, long idleNanos, long lookEveryNanos) {
    this.threadName = threadName;
    this.idleNanos = idleNanos;
    this.lookEveryNanos = Math.min(idleNanos, lookEveryNanos);
  }

  /** Watches {@code entry} until {@link #unwatch}; expires it if its deadline passes first. */
  void watch(Entry entry) {
    watched.add(entry);
    if (!running.get() && running.compareAndSet(false, true)) {
      Thread watcher = new Thread(this::run, threadName);
      watcher.setDaemon(true);
      thread = watcher;
      watcher.start();
    } else if (entry.deadline() - wakeAt < 0) {
      // Earlier than the thread planned to look: wake it. Either this read sees the plan the thread published,
      // or the thread's look after publishing it sees this entry (see run()).
      LockSupport.unpark(thread);
    }
  }

  /** Stops watching {@code entry}; it is over. */
  void unwatch(Entry entry) {
    watched.remove(entry);
  }

  /** Entries watched now; for tests. */
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
          // An entry watched from here on either sees running == false and starts a thread, or is seen below.
          if (watched.isEmpty() || !running.compareAndSet(false, true)) {
            return;
          }
          continue;
        }
      } else {
        idleSince = now;
      }
      wakeAt = next;
      // An entry watched while expireDue ran may have compared its deadline with an older plan: look once more now
      // that this plan is published, and go round again rather than sleep past it.
      if (earliest(next) - next < 0) {
        continue;
      }
      LockSupport.parkNanos(this, next - System.nanoTime());
    }
  }

  /**
   * Expires every entry whose deadline has passed and polls the others; the earliest deadline left, or when to look
   * again.
   */
  private long expireDue(long now) {
    long next = now + lookEveryNanos;
    boolean polls = lookEveryNanos < idleNanos;
    for (Entry entry : watched) {
      long deadline = entry.deadline();
      if (now - deadline >= 0) {
        if (watched.remove(entry)) {
          expire(entry);
        }
      } else {
        if (polls) {
          poll(entry);
        }
        if (deadline - next < 0) {
          next = deadline;
        }
      }
    }
    return next;
  }

  private static void poll(Entry entry) {
    try {
      entry.poll();
    } catch (RuntimeException | Error e) {
      // As for expire: one entry must not end the thread.
    }
  }

  /**
   * One entry's failure (an {@code OutOfMemoryError} while it builds its exception, say) must not end the thread:
   * every later deadline of the transport would pass unnoticed.
   */
  private static void expire(Entry entry) {
    try {
      entry.expire();
    } catch (RuntimeException | Error e) {
      // The entry is no longer watched; what it was ending still ends by its own read timeout.
    }
  }

  private long earliest(long bound) {
    long earliest = bound;
    for (Entry entry : watched) {
      if (entry.deadline() - earliest < 0) {
        earliest = entry.deadline();
      }
    }
    return earliest;
  }
}
