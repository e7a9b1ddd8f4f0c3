package io.typedclient.runtime;

import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;

/**
 * A named debug log that works on the JVM and on Android: {@link System.Logger} at {@code DEBUG} on the JVM, so a
 * {@link System.LoggerFinder} routes it anywhere; the {@code java.util.logging} logger of the same name at
 * {@code FINE} (which Android forwards to logcat) where {@code System.Logger} does not exist. The runtime logs one
 * line per call to {@code io.typedclient}; interceptors may log through their own. Thread-safe.
 */
public final class DebugLog {
  private final Sink sink;

  private DebugLog(Sink sink) {
    this.sink = sink;
  }

  /** The debug log named {@code name}. */
  public static DebugLog named(String name) {
    Objects.requireNonNull(name, "name");
    try {
      return new DebugLog(new PlatformSink(name));
    } catch (LinkageError e) {
      // No System.Logger on this platform (Android): java.util.logging is always there.
      return new DebugLog(new UtilLoggingSink(name));
    }
  }

  /** Whether messages are kept; check it before building a message. */
  public boolean isEnabled() {
    return sink.isEnabled();
  }

  /** Logs {@code message}, which must hold no secret (no header value, token, id, query or body). */
  public void log(String message) {
    sink.log(message);
  }

  private interface Sink {
    boolean isEnabled();

    void log(String message);
  }

  /**
   * The JVM's platform logger, from Java 9. Exempt from the Android API check: Android has no
   * {@code System.Logger}, and {@link DebugLog#named} falls back when this class cannot link.
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
    return new DebugLog(new UtilLoggingSink(name));
  }
}
