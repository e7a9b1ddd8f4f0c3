package io.typedclient.runtime.internal;

import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.JdkHttpTransport;
import io.typedclient.runtime.ProxyConfig;
import io.typedclient.runtime.TlsConfig;
import io.typedclient.runtime.UrlConnectionTransport;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The one place that chooses the transport a client makes for itself, so that a {@code ClientRuntime} and the
 * command line choose alike: {@link JdkHttpTransport}, except where {@code java.net.http} is missing (Android) or
 * where it would not send the configured proxy credentials in a tunnel in this JVM
 * ({@link JdkHttpTransport#sendsProxyCredentialsInTunnels()}): then {@link UrlConnectionTransport}, which opens its
 * tunnels itself. Not API: for typedclient's own modules.
 */
public final class DefaultTransports {
  private static final DebugLog LOG = DebugLog.named("io.typedclient");

  private DefaultTransports() {}

  /**
   * A new transport; {@code proxy} and {@code tls} may be null (the JVM's settings).
   *
   * @throws IllegalArgumentException if {@code connectTimeout} is not positive
   */
  public static HttpTransport create(Duration connectTimeout, @Nullable ProxyConfig proxy, @Nullable TlsConfig tls) {
    boolean credentials = proxy != null && proxy.hasCredentials();
    try {
      if (!credentials || JdkHttpTransport.sendsProxyCredentialsInTunnels()) {
        JdkHttpTransport.Builder builder = JdkHttpTransport.builder().connectTimeout(connectTimeout);
        if (proxy != null) {
          builder.proxy(proxy);
        }
        if (tls != null) {
          builder.tls(tls);
        }
        return builder.build();
      }
      if (LOG.isEnabled()) {
        LOG.log("proxy credentials for " + proxy + ": java.net.http would leave them out of CONNECT tunnels in this "
            + "JVM (jdk.http.auth.tunneling.disabledSchemes lists Basic), so the client uses UrlConnectionTransport");
      }
    } catch (LinkageError e) {
      // No java.net.http on this platform (Android): HttpURLConnection is always there.
    }
    UrlConnectionTransport.Builder builder = UrlConnectionTransport.builder().connectTimeout(connectTimeout);
    if (proxy != null) {
      builder.proxy(proxy);
    }
    if (tls != null) {
      builder.tls(tls);
    }
    return builder.build();
  }
}
