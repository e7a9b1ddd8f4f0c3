package io.typedclient.runtime;

import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.PasswordAuthentication;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;
import org.jspecify.annotations.Nullable;

/**
 * The authenticator {@link UrlConnectionTransport} gives each connection on the JVM: it has no credentials, so a
 * {@code 401} challenge ({@code Basic}, {@code Digest}) reaches the caller as a {@code 401} and the request goes
 * out once. Without it, the JDK's {@code HttpURLConnection} asks the process-wide
 * {@link Authenticator#setDefault default}, which any library in the application may have installed, and sends its
 * credentials to whatever server challenged.
 *
 * <p>{@link HttpURLConnection#setAuthenticator} is Java 9 and does not exist on Android: there the first call fails
 * with {@link NoSuchMethodError}, and this instance stops trying. Android's {@code HttpURLConnection} (OkHttp 2.7
 * inside) asks the default authenticator for {@code Basic} challenges, and nothing in its API turns that off; see
 * {@link UrlConnectionTransport}. A connection class that takes no authenticator (one a
 * {@link UrlConnectionTransport.ConnectionFactory} makes may throw {@link UnsupportedOperationException}) keeps its
 * own rules, and this instance stops trying too.
 */
// Exempt from the Android API check (runtime/ is checked against Android 8.0, API 26): the one call Android lacks
// is guarded, and Android takes the NoSuchMethodError branch.
@IgnoreJRERequirement
final class NoAuthenticator extends Authenticator {
  /** Set once this platform turned out to have no {@code setAuthenticator} (Android). */
  private volatile boolean unsupported;

  /** Gives {@code connection} this authenticator where the platform can. */
  void installOn(HttpURLConnection connection) {
    if (unsupported) {
      return;
    }
    try {
      connection.setAuthenticator(this);
    } catch (NoSuchMethodError | UnsupportedOperationException e) {
      unsupported = true;
    }
  }

  /** No credentials, ever. */
  @Override
  protected @Nullable PasswordAuthentication getPasswordAuthentication() {
    return null;
  }
}
