package io.typedclient.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The JVM's {@link System.LoggerFinder} while the tests run (registered in
 * {@code META-INF/services/java.lang.System$LoggerFinder}): keeps what is logged to {@code io.typedclient} and to
 * the loggers under {@code io.typedclient.test.}, at every level, so tests can read it back; every other logger is
 * silent. Counts the lookups of each name, can hold the lookup of one name until a test lets it go, and can make
 * the lookup of a name, or its logger, throw.
 */
public final class CapturingLoggerFinder extends System.LoggerFinder {
  private static final int MAX_RECORDS = 10_000;
  private static final List<String> RECORDS = new ArrayList<>();
  private static final Map<String, AtomicInteger> LOOKUPS = new ConcurrentHashMap<>();
  private static final Map<String, Gate> GATES = new ConcurrentHashMap<>();
  private static final Map<String, Boolean> BROKEN = new ConcurrentHashMap<>();

  @Override
  public System.Logger getLogger(String name, Module module) {
    LOOKUPS.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
    Gate gate = GATES.get(name);
    if (gate != null) {
      gate.entered.countDown();
      try {
        if (!gate.open.await(10, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the gate for " + name + " was never opened");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    Boolean lookupThrows = BROKEN.get(name);
    if (lookupThrows != null) {
      if (lookupThrows) {
        throw new IllegalStateException("a logging backend that fails for " + name);
      }
      return new Throwing(name);
    }
    return name.equals("io.typedclient") || name.startsWith("io.typedclient.test.")
        ? new Capturing(name)
        : new Silent(name);
  }

  /** How often the logger {@code name} has been looked up. */
  public static int lookups(String name) {
    AtomicInteger count = LOOKUPS.get(name);
    return count == null ? 0 : count.get();
  }

  /** Holds every lookup of {@code name} until {@link Gate#open()} is called. */
  public static Gate gate(String name) {
    Gate gate = new Gate();
    GATES.put(name, gate);
    return gate;
  }

  /** Makes every lookup of {@code name} throw. */
  public static void failLookups(String name) {
    BROKEN.put(name, true);
  }

  /** Makes the logger {@code name} throw from every method. */
  public static void throwFromLogger(String name) {
    BROKEN.put(name, false);
  }

  /** A held lookup. */
  public static final class Gate {
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch open = new CountDownLatch(1);

    /** Waits until a lookup is held here. */
    public void awaitEntered() throws InterruptedException {
      if (!entered.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("no lookup reached the gate");
      }
    }

    public void open() {
      open.countDown();
    }
  }

  /** Everything logged to {@code io.typedclient} since the last {@link #clear}, as "LEVEL message". */
  public static List<String> records() {
    synchronized (RECORDS) {
      return new ArrayList<>(RECORDS);
    }
  }

  public static void clear() {
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

  private static final class Throwing implements System.Logger {
    private final String name;

    Throwing(String name) {
      this.name = name;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isLoggable(Level level) {
      throw new IllegalStateException("isLoggable fails for " + name);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      throw new IllegalStateException("log fails for " + name);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      throw new IllegalStateException("log fails for " + name);
    }
  }
}
