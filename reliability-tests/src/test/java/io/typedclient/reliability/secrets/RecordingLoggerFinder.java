package io.typedclient.reliability.secrets;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The JVM's {@link System.LoggerFinder} while the suite runs (registered in
 * {@code META-INF/services/java.lang.System$LoggerFinder}): the project's loggers (the runtime's
 * {@code io.typedclient}, the Okta client's {@code io.typedclient.okta}, FakeOkta's) are enabled at every level,
 * every other logger at {@code INFO} and above, as the JDK configures them by default; every record goes to
 * {@link Exposure#global()}. Nothing is printed.
 *
 * <p>Why not the JDK's loggers at every level too: java.net.http's debug logger
 * ({@code jdk.internal.httpclient.debug}) turns itself on when enabled at {@code DEBUG} and then logs every request
 * URI, which for {@code getSession(id)} holds the session id. That is the JDK's diagnostic output, which a user
 * turns on deliberately (docs/reliability.md says to keep it off in production); the client cannot keep a path
 * value out of it.
 */
public final class RecordingLoggerFinder extends System.LoggerFinder {
  /** The prefix of the project's loggers. */
  static final String PROJECT = "io.typedclient";

  @Override
  public System.Logger getLogger(String name, Module module) {
    return new Recording(name, name.equals(PROJECT) || name.startsWith(PROJECT + "."));
  }

  private static final class Recording implements System.Logger {
    private final String name;
    private final boolean everyLevel;

    Recording(String name, boolean everyLevel) {
      this.name = name;
      this.everyLevel = everyLevel;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isLoggable(Level level) {
      return everyLevel || level.getSeverity() >= Level.INFO.getSeverity();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
      if (isLoggable(level)) {
        Exposure.global().log(name, level, message, thrown);
      }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... parameters) {
      if (!isLoggable(level)) {
        return;
      }
      String message = format;
      if (parameters != null && parameters.length > 0) {
        try {
          message = MessageFormat.format(format, parameters);
        } catch (IllegalArgumentException e) {
          StringBuilder all = new StringBuilder(String.valueOf(format));
          for (Object parameter : parameters) {
            all.append(' ').append(parameter);
          }
          message = all.toString();
        }
      }
      Exposure.global().log(name, level, message, null);
    }
  }
}
