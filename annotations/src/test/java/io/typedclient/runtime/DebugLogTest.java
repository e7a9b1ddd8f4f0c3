package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

final class DebugLogTest {

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
}
