package io.typedclient.bench.server;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Names a server's threads and adds up the CPU time they use, including threads that have ended. */
final class ServerThreads {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final AtomicInteger SERVERS = new AtomicInteger();

  private final String prefix;
  private final String[] extraPrefixes;
  private final AtomicInteger count = new AtomicInteger();
  private final LongAdder endedCpuNanos = new LongAdder();

  /** Threads named {@code <name>-<n>-...}; {@code extraPrefixes} names threads the server starts itself. */
  ServerThreads(String name, String... extraPrefixes) {
    this.prefix = name + "-" + SERVERS.incrementAndGet() + "-";
    this.extraPrefixes = extraPrefixes;
  }

  /** A daemon thread that adds its CPU time to the total when it ends. */
  Thread newThread(Runnable task) {
    Thread thread = new Thread(() -> {
      try {
        task.run();
      } finally {
        long cpu = THREADS.getCurrentThreadCpuTime();
        if (cpu > 0) {
          endedCpuNanos.add(cpu);
        }
      }
    }, prefix + count.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }

  /** CPU time of every thread this server started, ended or alive. */
  long cpuNanos() {
    long total = endedCpuNanos.sum();
    for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info != null && ours(info.getThreadName())) {
        long cpu = THREADS.getThreadCpuTime(info.getThreadId());
        if (cpu > 0) {
          total += cpu;
        }
      }
    }
    return total;
  }

  private boolean ours(String name) {
    if (name.startsWith(prefix)) {
      return true;
    }
    for (String extra : extraPrefixes) {
      if (name.startsWith(extra)) {
        return true;
      }
    }
    return false;
  }
}
