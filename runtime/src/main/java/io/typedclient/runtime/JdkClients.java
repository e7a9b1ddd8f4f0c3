package io.typedclient.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Executor;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@code java.net.http.HttpClient} of a {@link JdkHttpTransport}: never follows redirects, no
 * authenticator, cookie handler or cache; the configured proxy (through a selector that decides exactly as
 * {@link ProxyConfig#proxyFor} does) or else the JVM's default selector; the configured {@code SSLContext} or else
 * the JVM's default. {@code java.net.http} verifies host names itself, always. Without an executor of the caller's,
 * the client runs its own work where it happens, with no pool in between ({@link JdkHttpTransport}'s class comment
 * says why and what keeps the caller's callbacks off its selector thread).
 */
@IgnoreJRERequirement // java.net.http: JdkHttpTransport's side of the Android API check
final class JdkClients {
  /** The networking property that keeps {@code java.net.http} from sending Basic credentials in a tunnel. */
  static final String TUNNELING_DISABLED_SCHEMES = "jdk.http.auth.tunneling.disabledSchemes";

  private JdkClients() {}

  static HttpClient newClient(
      Duration connectTimeout, @Nullable Executor executor, @Nullable ProxyConfig proxy, @Nullable TlsConfig tls) {
    if (proxy != null && proxy.hasCredentials() && !basicAllowedInTunnels()) {
      throw new IllegalStateException("JdkHttpTransport cannot send the proxy credentials for " + proxy.address()
          + ": java.net.http leaves Basic credentials out of the CONNECT of every https request while the system "
          + "property " + TUNNELING_DISABLED_SCHEMES + " lists Basic, as the JDK's default does. Start the JVM with -D"
          + TUNNELING_DISABLED_SCHEMES + "= (set at start-up: the JDK reads it once), or use UrlConnectionTransport, "
          + "which opens the tunnel itself and needs no JVM setting; the default transport of a ClientConfig chooses "
          + "it by itself");
    }
    HttpClient.Builder client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout);
    client.executor(executor != null ? executor : DirectExecutor.INSTANCE);
    if (proxy != null) {
      client.proxy(proxy.asProxySelector());
    }
    if (tls != null) {
      client.sslContext(tls.sslContext());
    }
    return client.build();
  }

  /**
   * Runs each task at once on the thread that hands it over. A named class rather than {@code Runnable::run}: a
   * method reference spins classes of its own at first use, which every client's cold start would pay for.
   */
  private static final class DirectExecutor implements Executor {
    static final DirectExecutor INSTANCE = new DirectExecutor();

    @Override
    public void execute(Runnable task) {
      task.run();
    }
  }

  /**
   * Whether {@code java.net.http} in this JVM sends a Basic {@code Proxy-Authorization} in a {@code CONNECT}: when
   * {@value #TUNNELING_DISABLED_SCHEMES} (the system property, else the JDK's {@code conf/net.properties}) does not
   * list {@code Basic}.
   */
  static boolean basicAllowedInTunnels() {
    String value = System.getProperty(TUNNELING_DISABLED_SCHEMES);
    if (value == null) {
      value = fromNetProperties();
    }
    for (String scheme : value.split(",")) {
      if (scheme.trim().toLowerCase(Locale.ROOT).equals("basic")) {
        return false;
      }
    }
    return true;
  }

  /** The JDK's own default; {@code Basic} (its value since JDK 8u111) when the file cannot be read. */
  private static String fromNetProperties() {
    String home = System.getProperty("java.home");
    if (home != null) {
      Path file = Paths.get(home, "conf", "net.properties");
      try (InputStream in = Files.newInputStream(file)) {
        Properties properties = new Properties();
        properties.load(in);
        String value = properties.getProperty(TUNNELING_DISABLED_SCHEMES);
        return value == null ? "" : value;
      } catch (IOException | RuntimeException e) {
        // Unreadable: assume the JDK's default.
      }
    }
    return "Basic";
  }
}
