package io.typedclient.bench.ab;

import io.typedclient.bench.server.LoopbackTls;
import io.typedclient.bench.server.SessionPayload;
import io.typedclient.bench.server.SessionServer;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Paired throughput: two or more variants of a getSession client in one JVM, against one loopback server, called
 * in alternating slices (A B, then B A, ...) by the same worker threads, so that both sides of each ratio see the
 * same load of a shared machine. Per slice: calls per second, and, over every thread of the JVM (the server's
 * included, the same for every variant), bytes allocated and CPU time per call, and (on Linux) the process's context
 * switches per call, which count the thread hand-offs of a call; on a shared machine CPU time per call moves much
 * less than calls per second. Ratios are taken between the
 * slices of one round, then their median over the rounds is reported.
 */
public final class AbSlices {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final List<Variant> variants;
  private final int threads;
  private final long sliceNanos;
  private final String wire;
  private final Path tlsDir;

  private volatile IsolatedClient current;
  private volatile long sliceEnd;
  private volatile boolean stop;

  /** Compares {@code variants} (the first is the reference) from {@code threads} threads in slices of {@code sliceMillis}. */
  public AbSlices(List<Variant> variants, int threads, int sliceMillis) {
    this(variants, threads, sliceMillis, "plain", null);
  }

  /**
   * As {@link #AbSlices(List, int, int)}, over {@code wire}: {@code plain}, {@code h1} (HTTP/1.1 over TLS 1.3) or
   * {@code h2}; for the last two this JVM is made to trust the certificate kept in {@code tlsDir}, which must happen
   * before anything in it has used TLS.
   */
  public AbSlices(List<Variant> variants, int threads, int sliceMillis, String wire, Path tlsDir) {
    this.variants = List.copyOf(variants);
    this.threads = threads;
    this.sliceNanos = sliceMillis * 1_000_000L;
    this.wire = wire;
    this.tlsDir = tlsDir;
  }

  private SessionServer startServer() {
    if (wire.equals("plain")) {
      return SessionServer.start("raw");
    }
    LoopbackTls tls = LoopbackTls.in(tlsDir);
    for (String arg : tls.clientJvmArgs(Path.of(System.getProperty("java.home")))) {
      int eq = arg.indexOf('=');
      System.setProperty(arg.substring(2, eq), arg.substring(eq + 1));
    }
    return SessionServer.startTls(wire, tls);
  }

  /** One slice of one variant. */
  public record Slice(String variant, int round, long calls, double callsPerSecond, double bytesPerCall,
      double cpuMicrosPerCall, double switchesPerCall) {}

  /** Runs {@code warmupRounds} unrecorded rounds and then {@code rounds} recorded ones; prints the summary. */
  public List<Slice> run(Path benchmarksDir, int warmupRounds, int rounds) throws Exception {
    THREADS.setThreadAllocatedMemoryEnabled(true);
    THREADS.setThreadCpuTimeEnabled(true);
    List<Slice> slices = new ArrayList<>();
    try (SessionServer server = startServer()) {
      List<IsolatedClient> clients = new ArrayList<>();
      try {
        for (Variant variant : variants) {
          clients.add(IsolatedClient.create(variant, benchmarksDir, server.baseUrl(), wire.equals("h2")));
        }
        CyclicBarrier barrier = new CyclicBarrier(threads + 1);
        long[] counts = new long[threads];
        List<Thread> workers = startWorkers(barrier, counts);
        try {
          for (int round = -warmupRounds; round < rounds; round++) {
            List<Integer> order = order(round);
            for (int index : order) {
              Slice slice = slice(variants.get(index).name(), round, clients.get(index), barrier, counts);
              if (round >= 0) {
                slices.add(slice);
              }
            }
          }
        } finally {
          stop = true;
          current = null;
          barrier.await();
          for (Thread worker : workers) {
            worker.join();
          }
        }
      } finally {
        for (IsolatedClient client : clients) {
          client.close();
        }
      }
    }
    print(slices, rounds);
    return slices;
  }

  /** Even rounds run the variants in order, odd rounds in reverse, so neither side always goes first. */
  private List<Integer> order(int round) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      order.add(Math.floorMod(round, 2) == 0 ? i : variants.size() - 1 - i);
    }
    return order;
  }

  private List<Thread> startWorkers(CyclicBarrier barrier, long[] counts) {
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int slot = t;
      Thread worker = new Thread(() -> work(barrier, counts, slot), "ab-worker-" + t);
      worker.setDaemon(true);
      worker.start();
      workers.add(worker);
    }
    return workers;
  }

  private void work(CyclicBarrier barrier, long[] counts, int slot) {
    try {
      while (true) {
        barrier.await();
        if (stop) {
          return;
        }
        IsolatedClient client = current;
        long end = sliceEnd;
        long n = 0;
        // At least one call per slice: a worker that wakes after the slice's end (a loaded machine) would otherwise
        // count nothing, and a slice of zero calls has no bytes or CPU per call. The slice's time is measured by the
        // caller after every worker is done, so the overrun is counted.
        do {
          client.getSession(SessionPayload.SESSION_ID);
          n++;
        } while (System.nanoTime() < end);
        counts[slot] = n;
        barrier.await();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (BrokenBarrierException e) {
      // The run is over.
    } catch (Throwable e) {
      e.printStackTrace();
      barrier.reset();
    }
  }

  private Slice slice(String name, int round, IsolatedClient client, CyclicBarrier barrier, long[] counts)
      throws Exception {
    current = client;
    long[] ids = THREADS.getAllThreadIds();
    long bytesBefore = sum(THREADS.getThreadAllocatedBytes(ids));
    long cpuBefore = sum(THREADS.getThreadCpuTime(ids));
    long switchesBefore = ContextSwitches.ofThisProcess();
    long start = System.nanoTime();
    sliceEnd = start + sliceNanos;
    barrier.await();
    barrier.await();
    long elapsed = System.nanoTime() - start;
    long bytes = sum(THREADS.getThreadAllocatedBytes(ids)) - bytesBefore;
    long cpu = sum(THREADS.getThreadCpuTime(ids)) - cpuBefore;
    long switches = ContextSwitches.ofThisProcess() - switchesBefore;
    long calls = 0;
    for (long count : counts) {
      calls += count;
    }
    return new Slice(name, round, calls, calls * 1e9 / elapsed, calls == 0 ? Double.NaN : (double) bytes / calls,
        calls == 0 ? Double.NaN : cpu / 1e3 / calls, calls == 0 ? Double.NaN : (double) switches / calls);
  }

  private static long sum(long[] values) {
    long total = 0;
    for (long value : values) {
      if (value > 0) {
        total += value;
      }
    }
    return total;
  }

  private void print(List<Slice> slices, int rounds) {
    String reference = variants.get(0).name();
    System.out.printf("%s, Java %s, %d threads, %d rounds of %d ms slices; medians [quartiles]%n", wire,
        System.getProperty("java.version"), threads, rounds, sliceNanos / 1_000_000);
    System.out.printf("%-14s %24s %22s %24s %22s %20s %22s %20s%n", "variant", "calls/s", "x " + reference,
        "B/call (whole JVM)", "x " + reference, "CPU us/call (JVM)", "x " + reference, "ctx switches/call");
    for (Variant variant : variants) {
      List<Double> rate = new ArrayList<>();
      List<Double> bytes = new ArrayList<>();
      List<Double> cpu = new ArrayList<>();
      List<Double> rateRatio = new ArrayList<>();
      List<Double> bytesRatio = new ArrayList<>();
      List<Double> cpuRatio = new ArrayList<>();
      List<Double> switches = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        Slice mine = find(slices, variant.name(), round);
        Slice ref = find(slices, reference, round);
        rate.add(mine.callsPerSecond());
        bytes.add(mine.bytesPerCall());
        cpu.add(mine.cpuMicrosPerCall());
        rateRatio.add(mine.callsPerSecond() / ref.callsPerSecond());
        bytesRatio.add(mine.bytesPerCall() / ref.bytesPerCall());
        cpuRatio.add(mine.cpuMicrosPerCall() / ref.cpuMicrosPerCall());
        switches.add(mine.switchesPerCall());
      }
      System.out.printf("%-14s %24s %22s %24s %22s %20s %22s %20s%n", variant.name(), Stats.summary(rate, "%,.0f"),
          Stats.summary(rateRatio, "%.3f"), Stats.summary(bytes, "%,.0f"), Stats.summary(bytesRatio, "%.3f"),
          Stats.summary(cpu, "%.1f"), Stats.summary(cpuRatio, "%.3f"), Stats.summary(switches, "%.1f"));
    }
  }

  private static Slice find(List<Slice> slices, String name, int round) {
    for (Slice slice : slices) {
      if (slice.variant().equals(name) && slice.round() == round) {
        return slice;
      }
    }
    throw new IllegalStateException("no slice of " + name + " in round " + round);
  }
}
