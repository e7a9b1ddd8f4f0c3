package io.typedclient.runtime.internal;

import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;
import org.jspecify.annotations.Nullable;

/**
 * A named debug log that works on the JVM and on Android: {@link System.Logger} at {@code DEBUG} on the JVM, so a
 * {@link System.LoggerFinder} routes it anywhere; the {@code java.util.logging} logger of the same name at
 * {@code FINE} (which Android forwards to logcat) where {@code System.Logger} does not exist. The runtime logs one
 * line per call to {@code io.typedclient}; typedclient's own interceptors log through their own names. Not API:
 * for typedclient's own modules. Thread-safe.
 *
 * <p>Logging never fails a call: a logger that cannot be found or that throws counts as disabled, and what it
 * throws is dropped.
 */
public final class DebugLog {
  private final String name;
  private final boolean utilLoggingOnly;
  private final Object lookupLock = new Object();
  private volatile @Nullable Sink sink;

  private DebugLog(String name, boolean utilLoggingOnly) {
    this.name = name;
    this.utilLoggingOnly = utilLoggingOnly;
  }

  /**
   * The debug log named {@code name}. The logger itself is looked up on first use: on the JVM the first
   * {@code System.getLogger} initialises the logging framework (benchmarks/FINDINGS.md, change 8), which a client
   * that never logs should not pay for before its first call.
   */
  public static DebugLog named(String name) {
    Objects.requireNonNull(name, "name");
    return new DebugLog(name, false);
  }

  /** Whether messages are kept; check it before building a message. False if the logger throws. */
  public boolean isEnabled() {
    try {
      return sink().isEnabled();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Logs {@code message}, which must hold no secret (no header value, token, id, query or body). Whatever the
   * logger throws is dropped: a debug line is not worth a failed call.
   */
  public void log(String message) {
    try {
      sink().log(message);
    } catch (RuntimeException e) {
      // Dropped, as documented.
    }
  }

  private Sink sink() {
    Sink result = sink;
    if (result == null) {
      synchronized (lookupLock) {
        result = sink;
        if (result == null) {
          result = lookUp();
          sink = result;
        }
      }
    }
    return result;
  }

  private Sink lookUp() {
    try {
      if (!utilLoggingOnly) {
        try {
          return new PlatformSink(name);
        } catch (LinkageError e) {
          // No System.Logger on this platform (Android): java.util.logging is always there.
        }
      }
      return new UtilLoggingSink(name);
    } catch (RuntimeException | java.util.ServiceConfigurationError e) {
      // A LoggerFinder that fails to load or to answer: this log stays off rather than failing calls.
      return Off.INSTANCE;
    }
  }

  private interface Sink {
    boolean isEnabled();

    void log(String message);
  }

  /** The log of a logger that could not be found. */
  private enum Off implements Sink {
    INSTANCE;

    @Override
    public boolean isEnabled() {
      return false;
    }

    @Override
    public void log(String message) {}
  }

  /**
   * The JVM's platform logger, from Java 9. Exempt from the Android API check: Android has no
   * {@code System.Logger}, and {@link DebugLog} falls back when this class cannot link.
   */
  @IgnoreJRERequirement
  private static final class PlatformSink implements Sink {
    private final System.Logger logger;

    PlatformSink(String name) {
      this.logger = System.getLogger(name);
    }

    @Override
    public boolean isEnabled() {
      return logger.isLoggable(System.Logger.Level.DEBUG);
    }

    @Override
    public void log(String message) {
      logger.log(System.Logger.Level.DEBUG, message);
    }
  }

  /** {@code java.util.logging} at {@code FINE}, the level that {@code System.Logger}'s DEBUG maps to. */
  private static final class UtilLoggingSink implements Sink {
    private final Logger logger;

    UtilLoggingSink(String name) {
      this.logger = Logger.getLogger(name);
    }

    @Override
    public boolean isEnabled() {
      return logger.isLoggable(Level.FINE);
    }

    @Override
    public void log(String message) {
      logger.fine(message);
    }
  }

  /** The {@code java.util.logging} form, as on Android; for tests on the JVM. */
  static DebugLog utilLogging(String name) {
    return new DebugLog(Objects.requireNonNull(name, "name"), true);
  }
}
