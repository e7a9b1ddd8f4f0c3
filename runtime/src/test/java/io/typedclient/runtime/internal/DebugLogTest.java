package io.typedclient.runtime.internal;

import static com.google.common.truth.Truth.assertThat;

import io.typedclient.runtime.CapturingLoggerFinder;
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
  void twoFirstUsesAtOnceLookUpOnce() throws InterruptedException {
    String name = uniqueName("race");
    CapturingLoggerFinder.Gate gate = CapturingLoggerFinder.gate(name);
    DebugLog log = DebugLog.named(name);
    boolean[] enabled = new boolean[2];
    Thread first = new Thread(() -> enabled[0] = log.isEnabled(), "debuglogtest-first");
    Thread second = new Thread(() -> enabled[1] = log.isEnabled(), "debuglogtest-second");

    first.start();
    gate.awaitEntered();
    second.start();
    awaitBlockedOrWaiting(second);
    gate.open();
    first.join(10_000);
    second.join(10_000);

    assertThat(first.isAlive()).isFalse();
    assertThat(second.isAlive()).isFalse();
    assertThat(enabled[0]).isTrue();
    assertThat(enabled[1]).isTrue();
    assertThat(CapturingLoggerFinder.lookups(name)).isEqualTo(1);
  }

  @Test
  void aLoggerThatCannotBeFoundIsOffAndNeverThrows() {
    String name = uniqueName("nofinder");
    CapturingLoggerFinder.failLookups(name);
    DebugLog log = DebugLog.named(name);

    boolean enabled = log.isEnabled();
    log.log("dropped");
    log.isEnabled();

    assertThat(enabled).isFalse();
    assertThat(CapturingLoggerFinder.lookups(name)).isEqualTo(1);
  }

  @Test
  void aLoggerThatThrowsIsOffAndItsFailuresAreDropped() {
    String name = uniqueName("throwing");
    CapturingLoggerFinder.throwFromLogger(name);
    DebugLog log = DebugLog.named(name);

    boolean enabled = log.isEnabled();
    log.log("dropped");

    assertThat(enabled).isFalse();
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
