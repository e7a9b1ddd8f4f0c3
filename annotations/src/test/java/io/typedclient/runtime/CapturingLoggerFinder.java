package io.typedclient.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The JVM's {@link System.LoggerFinder} while the tests run (registered in
 * {@code META-INF/services/java.lang.System$LoggerFinder}): keeps what is logged to {@code io.typedclient}, at
 * every level, so tests can read it back; every other logger is silent.
 */
public final class CapturingLoggerFinder extends System.LoggerFinder {
  private static final int MAX_RECORDS = 10_000;
  private static final List<String> RECORDS = new ArrayList<>();

  @Override
  public System.Logger getLogger(String name, Module module) {
    return name.equals("io.typedclient") ? new Capturing(name) : new Silent(name);
  }

  /** Everything logged to {@code io.typedclient} since the last {@link #clear}, as "LEVEL message". */
  static List<String> records() {
    synchronized (RECORDS) {
      return new ArrayList<>(RECORDS);
    }
  }

  static void clear() {
    synchronized (RECORDS) {
      RECORDS.clear();
    }
  }

  private static final class Capturing implements System.Logger {
    private final String name;

    Capturing(String name) {
      this.name = name;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isLoggable(Level level) {
      return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      record(level, msg + (thrown == null ? "" : " " + thrown));
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      record(level, params == null || params.length == 0 ? format : java.text.MessageFormat.format(format, params));
    }

    @Override
    public void log(Level level, Supplier<String> supplier) {
      record(level, supplier.get());
    }

    private static void record(Level level, String text) {
      synchronized (RECORDS) {
        if (RECORDS.size() >= MAX_RECORDS) {
          RECORDS.remove(0);
        }
        RECORDS.add(level + " " + text);
      }
    }
  }

  private static final class Silent implements System.Logger {
    private final String name;

    Silent(String name) {
      this.name = name;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isLoggable(Level level) {
      return false;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {}

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {}
  }
}
