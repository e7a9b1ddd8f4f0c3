package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
final class DebugLogTest {
  private static final String LOOKUP_THREAD = "typedclient-log-lookup";

  @Test
  void theLoggerIsLookedUpOnFirstUseOnly() {
    String name = uniqueName("firstuse");

    DebugLog log = DebugLog.named(name);
    int lookupsAfterNamed = CapturingLoggerFinder.lookups(name);
    boolean enabled = log.isEnabled();
    log.log("one");
    log.log("two");

    assertThat(lookupsAfterNamed).isEqualTo(0);
    assertThat(enabled).isTrue();
    assertThat(CapturingLoggerFinder.lookups(name)).isEqualTo(1);
  }

  @Test
  void theBackgroundLookupAloneFindsTheLogger() throws InterruptedException {
    String name = uniqueName("background");
    DebugLog log = DebugLog.named(name);

    log.lookUpInBackground();
    joinLookupThreads();

    assertThat(log.isLookedUp()).isTrue();
    assertThat(CapturingLoggerFinder.lookups(name)).isEqualTo(1);
    assertThat(log.isEnabled()).isTrue();
    assertThat(CapturingLoggerFinder.lookups(name)).isEqualTo(1);
  }

  @Test
  void aFirstUseDuringTheBackgroundLookupWaitsForItAndLooksUpNothing() throws InterruptedException {
    String name = uniqueName("race");
    CapturingLoggerFinder.Gate gate = CapturingLoggerFinder.gate(name);
    DebugLog log = DebugLog.named(name);
    log.lookUpInBackground();
    gate.awaitEntered();

    boolean[] enabled = new boolean[1];
    Thread user = new Thread(() -> enabled[0] = log.isEnabled(), "debuglogtest-user");
    user.start();
    awaitBlockedOrWaiting(user);
    gate.open();
    user.join(10_000);
    joinLookupThreads();

    assertThat(user.isAlive()).isFalse();
    assertThat(enabled[0]).isTrue();
    assertThat(CapturingLoggerFinder.lookups(name)).isEqualTo(1);
  }

  @Test
  void racingFirstUsesAndBackgroundLookupsLookUpOnce() throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      String name = uniqueName("many" + i);
      DebugLog log = DebugLog.named(name);

      log.lookUpInBackground();
      boolean enabled = log.isEnabled();
      joinLookupThreads();

      assertThat(enabled).isTrue();
      assertThat(CapturingLoggerFinder.lookups(name)).isEqualTo(1);
    }
  }

  @Test
  void oneBackgroundThreadPerLogHoweverOftenItIsAsked() throws InterruptedException {
    String name = uniqueName("once");
    CapturingLoggerFinder.Gate gate = CapturingLoggerFinder.gate(name);
    DebugLog log = DebugLog.named(name);
    try {
      for (int i = 0; i < 5; i++) {
        log.lookUpInBackground();
      }
      gate.awaitEntered();

      assertThat(lookupThreads()).hasSize(1);
    } finally {
      gate.open();
    }
    joinLookupThreads();
    log.lookUpInBackground();

    assertThat(lookupThreads()).isEmpty();
    assertThat(CapturingLoggerFinder.lookups(name)).isEqualTo(1);
  }

  @Test
  void onTheJvmItIsTheSystemLogger() {
    CapturingLoggerFinder.clear();
    String marker = "debuglog" + System.nanoTime();

    DebugLog log = DebugLog.named("io.typedclient");
    log.log(marker);

    assertThat(log.isEnabled()).isTrue();
    assertThat(CapturingLoggerFinder.records()).contains("DEBUG " + marker);
  }

  @Test
  void withoutSystemLoggerItIsJavaUtilLoggingAtFine() {
    // Android's form: java.util.logging, which Android sends to logcat.
    Logger logger = Logger.getLogger("io.typedclient.debuglogtest");
    List<LogRecord> records = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.addHandler(handler);
    logger.setUseParentHandlers(false);
    try {
      DebugLog log = DebugLog.utilLogging("io.typedclient.debuglogtest");

      logger.setLevel(Level.INFO);
      boolean enabledAtInfo = log.isEnabled();
      logger.setLevel(Level.FINE);
      log.log("one line");

      assertThat(enabledAtInfo).isFalse();
      assertThat(log.isEnabled()).isTrue();
      assertThat(records).hasSize(1);
      assertThat(records.get(0).getLevel()).isEqualTo(Level.FINE);
      assertThat(records.get(0).getMessage()).isEqualTo("one line");
    } finally {
      logger.removeHandler(handler);
    }
  }

  private static String uniqueName(String what) {
    return "io.typedclient.test." + what + System.nanoTime();
  }

  private static List<Thread> lookupThreads() {
    List<Thread> threads = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals(LOOKUP_THREAD) && thread.isAlive()) {
        threads.add(thread);
      }
    }
    return threads;
  }

  private static void joinLookupThreads() throws InterruptedException {
    for (Thread thread : lookupThreads()) {
      thread.join(10_000);
      assertThat(thread.isAlive()).isFalse();
    }
  }

  private static void awaitBlockedOrWaiting(Thread thread) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (thread.getState() != Thread.State.BLOCKED && thread.getState() != Thread.State.WAITING) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(thread.getName() + " never waited: " + thread.getState());
      }
      Thread.sleep(1);
    }
  }
}
