package io.typedclient.okta.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Measures how long {@link FakeOkta#start()} takes: the first start in a fresh JVM (class loading included), then
 * the median of many. Not a test: run it in its own JVM, as the testing README says.
 */
public final class StartupTimer {
  private StartupTimer() {}

  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    FakeOkta first = FakeOkta.start();
    wall = System.nanoTime() - wall;
    cpu = threads.getCurrentThreadCpuTime() - cpu;
    first.close();

    long[] starts = new long[200];
    for (int i = 0; i < starts.length; i++) {
      long started = System.nanoTime();
      FakeOkta okta = FakeOkta.start();
      starts[i] = System.nanoTime() - started;
      okta.close();
    }
    Arrays.sort(starts);
    System.out.printf("first FakeOkta.start() in this JVM: %.1f ms (%.1f ms CPU)%n", wall / 1e6, cpu / 1e6);
    System.out.printf("next %d starts: median %.2f ms, 90th percentile %.2f ms%n",
        starts.length, starts[starts.length / 2] / 1e6, starts[starts.length * 9 / 10] / 1e6);
  }
}
