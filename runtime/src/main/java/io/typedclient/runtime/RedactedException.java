package io.typedclient.runtime;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLProtocolException;
import org.jspecify.annotations.Nullable;

/**
 * Stands in, in a cause chain, for an exception whose message held a secret of the request and whose type cannot
 * be made again without reflection: its message is the masked one, its stack trace the original's, and
 * {@link #toString()} names the original type. {@link SecretScrubber#cause} makes them.
 */
final class RedactedException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String originalType;

  private RedactedException(String originalType, @Nullable String message) {
    super(message);
    this.originalType = originalType;
  }

  /**
   * A new exception with {@code message}: of the same type as {@code original} when it is one of the usual I/O
   * and argument exceptions (so {@code instanceof} still answers the same), a {@link RedactedException} otherwise.
   */
  static Throwable sameType(Throwable original, @Nullable String message) {
    Class<?> type = original.getClass();
    if (type == IOException.class) {
      return new IOException(message);
    } else if (type == SocketTimeoutException.class) {
      return new SocketTimeoutException(message);
    } else if (type == ConnectException.class) {
      return new ConnectException(message);
    } else if (type == NoRouteToHostException.class) {
      return new NoRouteToHostException(message);
    } else if (type == UnknownHostException.class) {
      return new UnknownHostException(message);
    } else if (type == ProtocolException.class) {
      return new ProtocolException(message);
    } else if (type == SocketException.class) {
      return new SocketException(message);
    } else if (type == EOFException.class) {
      return new EOFException(message);
    } else if (type == InterruptedIOException.class) {
      return new InterruptedIOException(message);
    } else if (type == SSLHandshakeException.class) {
      return new SSLHandshakeException(message);
    } else if (type == SSLPeerUnverifiedException.class) {
      return new SSLPeerUnverifiedException(message);
    } else if (type == SSLProtocolException.class) {
      return new SSLProtocolException(message);
    } else if (type == SSLException.class) {
      return new SSLException(message);
    } else if (type == IllegalArgumentException.class) {
      return new IllegalArgumentException(message);
    } else if (type == NumberFormatException.class) {
      return new NumberFormatException(message);
    }
    return new RedactedException(type.getName(), message);
  }

  /** The type of the exception this one stands in for. */
  String originalType() {
    return originalType;
  }

  /** {@code <original type> (redacted): <masked message>}. */
  @Override
  public String toString() {
    String message = getLocalizedMessage();
    return originalType + " (redacted)" + (message == null ? "" : ": " + message);
  }
}
