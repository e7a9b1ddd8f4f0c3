package io.typedclient.bench.load;

import io.typedclient.bench.contenders.Contenders;
import io.typedclient.bench.contenders.SessionFetcher;
import io.typedclient.bench.server.SessionPayload;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadFactory;

/**
 * The child JVM of {@link LoadRunner}: builds one contender's client (or several, one after another, for the smoke
 * test), checks that it decodes the session, then, phase by phase, has that many callers call {@code getSession}
 * in a loop against the runner's loopback server and prints what a measured window gave:
 * <pre>
 * JVM version=25.0.1 vendor=...
 * MARK begin job=0 phase=8             (the runner reads the server's counters here ...)
 * MARK end job=0 phase=8               (... and here)
 * LOAD job=0 phase=8 calls=... seconds=... bytes=... cpuNanos=... p50=... p99=... errors=... pinned=... pinnedOurs=...
 * PINNED job=0 count=... ours=... stack=frame;frame;...
 * </pre>
 * Bytes are what every live thread of this JVM allocated in the window, CPU the whole process's (JIT and GC
 * included); the server runs in the runner's JVM, so neither includes it. Latencies are every call's in the window.
 * With {@code --pinned}, a phase of virtual threads is recorded by JFR for {@code jdk.VirtualThreadPinned} (no
 * threshold, with stack traces), and the events whose stack holds a frame of {@code io.typedclient} are ours.
 *
 * <p>Arguments: {@code --job contender,baseUrl,h1|h2} (repeatable), {@code --phases 1,8,64,vt1000},
 * {@code --warmup-ms}, {@code --phase-warmup-ms}, {@code --measure-ms}, {@code --pinned true|false}.
 */
public final class LoadChild {
  static final String RESULT = "LOAD";
  static final String MARK = "MARK";
  static final String PINNED = "PINNED";
  static final String JVM = "JVM";
  private static final long FIRST_ANSWERS_MILLIS = 10_000;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final PrintStream out;
  private final List<Phase> phases;
  private final long warmupMillis;
  private final long phaseWarmupMillis;
  private final long measureMillis;
  private final boolean pinned;

  LoadChild(PrintStream out, List<Phase> phases, long warmupMillis, long phaseWarmupMillis, long measureMillis,
      boolean pinned) {
    this.out = out;
    this.phases = List.copyOf(phases);
    this.warmupMillis = warmupMillis;
    this.phaseWarmupMillis = phaseWarmupMillis;
    this.measureMillis = measureMillis;
    this.pinned = pinned;
  }

  public static void main(String[] args) throws Exception {
    List<Job> jobs = new ArrayList<>();
    String phases = "1";
    long warmup = 2000;
    long phaseWarmup = 500;
    long measure = 2000;
    boolean pinned = false;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --option value at " + args[i]);
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--job": jobs.add(Job.parse(value)); break;
        case "--phases": phases = value; break;
        case "--warmup-ms": warmup = Long.parseLong(value); break;
        case "--phase-warmup-ms": phaseWarmup = Long.parseLong(value); break;
        case "--measure-ms": measure = Long.parseLong(value); break;
        case "--pinned": pinned = Boolean.parseBoolean(value); break;
        default: throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    LoadChild child = new LoadChild(System.out, Phase.parseAll(phases), warmup, phaseWarmup, measure, pinned);
    child.out.println(JVM + " version=" + System.getProperty("java.version") + " vendor="
        + System.getProperty("java.vm.vendor").replace(' ', '_'));
    for (int i = 0; i < jobs.size(); i++) {
      child.run(i, jobs.get(i));
    }
    child.out.flush();
    // Some clients keep non-daemon pool threads alive.
    System.exit(0);
  }

  void run(int index, Job job) throws Exception {
    try (SessionFetcher fetcher =
        Contenders.http(job.contender(), job.baseUrl(), SessionPayload.API_TOKEN, job.http2())) {
      String summary = fetcher.summary(fetcher.getSession(SessionPayload.SESSION_ID));
      if (!summary.equals(SessionPayload.SUMMARY)) {
        throw new IllegalStateException(job.contender() + " decoded " + summary);
      }
      for (int p = 0; p < phases.size(); p++) {
        Phase phase = phases.get(p);
        if (phase.virtual() && Runtime.version().feature() < 21) {
          throw new IllegalStateException("phase " + phase + " needs virtual threads (Java 21 or later), this is "
              + Runtime.version());
        }
        measure(index, fetcher, phase, p == 0 ? warmupMillis : phaseWarmupMillis);
      }
    }
  }

  private void measure(int index, SessionFetcher fetcher, Phase phase, long warmup) throws Exception {
    PinnedEvents recording = pinned && phase.virtual() ? PinnedEvents.start() : null;
    Callers callers = new Callers(fetcher, phase.callers(), phase.virtual() ? virtualThreads() : null);
    callers.start();
    // New callers may each open a connection first (a thousand TLS handshakes take seconds on two cores): the
    // warm-up starts once every caller has had an answer.
    if (!callers.awaitAnswers(FIRST_ANSWERS_MILLIS)) {
      System.err.println("phase " + phase + ": not every caller had an answer within " + FIRST_ANSWERS_MILLIS + " ms");
    }
    Thread.sleep(warmup);
    String tag = " job=" + index + " phase=" + phase;
    out.println(MARK + " begin" + tag);
    out.flush();
    long[] ids = THREADS.getAllThreadIds();
    long[] bytesBefore = THREADS.getThreadAllocatedBytes(ids);
    long cpuBefore = OS.getProcessCpuTime();
    long start = System.nanoTime();
    callers.measuring(true);
    Thread.sleep(measureMillis);
    callers.measuring(false);
    long elapsed = System.nanoTime() - start;
    long cpu = OS.getProcessCpuTime() - cpuBefore;
    long bytes = allocatedSince(ids, bytesBefore);
    out.println(MARK + " end" + tag);
    out.flush();
    Callers.Outcome outcome = callers.stop();
    long pinnedTotal = 0;
    long pinnedOurs = 0;
    List<PinnedEvents.Stack> stacks = List.of();
    if (recording != null) {
      stacks = recording.stop();
      for (PinnedEvents.Stack stack : stacks) {
        pinnedTotal += stack.count();
        pinnedOurs += stack.ours() ? stack.count() : 0;
      }
    }
    out.println(String.format(Locale.ROOT, "%s%s calls=%d seconds=%.4f bytes=%d cpuNanos=%d p50=%.1f p99=%.1f"
            + " errors=%d pinned=%s pinnedOurs=%s", RESULT, tag, outcome.calls(), elapsed / 1e9, bytes, cpu,
        outcome.latencies().quantile(0.5), outcome.latencies().quantile(0.99), outcome.errors(),
        recording == null ? "-" : Long.toString(pinnedTotal), recording == null ? "-" : Long.toString(pinnedOurs)));
    for (PinnedEvents.Stack stack : stacks) {
      out.println(PINNED + " job=" + index + " count=" + stack.count() + " ours=" + stack.ours() + " stack="
          + String.join(";", stack.frames()));
    }
    out.flush();
    if (outcome.firstError() != null && outcome.calls() == 0) {
      throw new IllegalStateException(phase + " callers made no call", outcome.firstError());
    }
  }

  /**
   * Bytes the platform threads of this JVM allocated since {@code before} was taken of {@code ids} (virtual threads
   * allocate on their carriers): a thread that ended in between is left out, one that started is counted whole.
   */
  private static long allocatedSince(long[] ids, long[] before) {
    long[] after = THREADS.getThreadAllocatedBytes(ids);
    long total = 0;
    java.util.Set<Long> known = new java.util.HashSet<>();
    for (int i = 0; i < ids.length; i++) {
      known.add(ids[i]);
      if (before[i] >= 0 && after[i] >= 0) {
        total += after[i] - before[i];
      }
    }
    for (long id : THREADS.getAllThreadIds()) {
      if (!known.contains(id)) {
        long bytes = THREADS.getThreadAllocatedBytes(id);
        total += Math.max(0, bytes);
      }
    }
    return total;
  }

  /** A factory of virtual threads, found at run time: the harness is compiled for Java 17. */
  private static ThreadFactory virtualThreads() throws ReflectiveOperationException {
    Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
    return (ThreadFactory) Class.forName("java.lang.Thread$Builder").getMethod("factory").invoke(builder);
  }
}
