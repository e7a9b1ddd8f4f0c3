package io.typedclient.okta.cli;

import io.typedclient.okta.OktaConfigurationException;
import io.typedclient.okta.OktaSessions;
import io.typedclient.runtime.ProxyConfig;
import io.typedclient.runtime.TlsConfig;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The proxy and TLS trust of one run, resolved before anything is sent. The proxy, first found wins:
 * {@code --proxy URL}; Okta's {@code okta.client.proxy.*} system properties and {@code OKTA_CLIENT_PROXY_*}
 * variables; {@code https_proxy}; {@code HTTPS_PROXY}. The hosts reached directly: {@code --no-proxy LIST}, else
 * {@code no_proxy}, else {@code NO_PROXY} (curl's form; loopback hosts always). Trust: the JVM's, plus the CA
 * certificates of {@code --ca-cert FILE}. With neither a proxy nor {@code --ca-cert}, the JVM's own settings apply
 * ({@code -Dhttps.proxyHost}, {@code -Djavax.net.ssl.trustStore}), as before. Immutable; {@link #toString()} names no
 * password.
 *
 * @param proxy the proxy, or {@code null}
 * @param proxySource where it came from, for {@code --verbose} and messages
 * @param tls the trust, or {@code null}
 * @param secrets the proxy password in every form it was given, to be masked
 */
record NetworkSettings(ProxyConfig proxy, String proxySource, TlsConfig tls, Secrets secrets) {
  /** The options of the command line, {@code null} when not given. */
  record Options(String proxy, String noProxy, String caCert) {}

  /**
   * The settings of this run.
   *
   * @throws ConfigurationException naming the option or variable that is wrong, never a password
   */
  static NetworkSettings resolve(Options options, Function<String, String> environment, Function<String, String> properties) {
    ProxyConfig.Builder builder = null;
    String source = null;
    Secrets secrets = Secrets.none();
    if (options.proxy() != null) {
      source = "--proxy";
      builder = fromUrl(options.proxy(), source);
      secrets = secrets.withProxyUrl(options.proxy());
    } else {
      ProxyConfig okta;
      try {
        okta = OktaSessions.proxyFrom(properties, environment);
      } catch (OktaConfigurationException e) {
        throw new ConfigurationException(e.getMessage());
      }
      if (okta != null) {
        source = "okta.client.proxy.* / OKTA_CLIENT_PROXY_*";
        secrets = secrets.with(properties.apply(OktaSessions.PROXY_PASSWORD_PROPERTY))
            .with(environment.apply(OktaSessions.PROXY_PASSWORD_VARIABLE));
        builder = okta.toBuilder();
      } else {
        for (String variable : new String[] {"https_proxy", "HTTPS_PROXY"}) {
          String value = Settings.read(environment, variable);
          if (value != null) {
            source = variable;
            builder = fromUrl(value, variable);
            secrets = secrets.withProxyUrl(value);
            break;
          }
        }
      }
    }
    ProxyConfig proxy = null;
    if (builder != null) {
      String noProxySource = options.noProxy() != null ? "--no-proxy"
          : environment.apply("no_proxy") != null ? "no_proxy" : "NO_PROXY";
      String noProxy = options.noProxy() != null ? options.noProxy() : environment.apply(noProxySource);
      if (noProxy != null) {
        try {
          builder.noProxy(noProxy);
        } catch (IllegalArgumentException e) {
          throw new ConfigurationException(noProxySource + ": " + e.getMessage());
        }
      }
      proxy = builder.build();
    }
    return new NetworkSettings(proxy, source, trust(options.caCert()), secrets);
  }

  /** What {@code --verbose} adds to an exchange's line: the proxy it went through, if any proxy is in play. */
  String route(URI uri) {
    if (proxy != null) {
      InetSocketAddress via = proxy.proxyFor(uri);
      return via == null ? "direct" : "via " + via.getHostString() + ":" + via.getPort();
    }
    ProxySelector jvm = ProxySelector.getDefault();
    List<Proxy> choices = jvm == null ? List.of() : jvm.select(uri);
    if (!choices.isEmpty() && choices.get(0).type() == Proxy.Type.HTTP
        && choices.get(0).address() instanceof InetSocketAddress) {
      InetSocketAddress via = (InetSocketAddress) choices.get(0).address();
      return "via " + via.getHostString() + ":" + via.getPort() + " (JVM proxy settings)";
    }
    return null;
  }

  /** The line {@code --verbose} starts with when a proxy is configured; {@code null} otherwise. */
  String describe() {
    if (proxy == null) {
      return null;
    }
    return "proxy " + proxy + " from " + proxySource;
  }

  private static ProxyConfig.Builder fromUrl(String text, String source) {
    ProxyUrl url = ProxyUrl.parse(text, source);
    try {
      ProxyConfig.Builder builder = ProxyConfig.builder(url.host(), url.port());
      if (url.username() != null) {
        builder.credentials(url.username(), url.password());
      }
      return builder;
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(source + ": " + e.getMessage());
    }
  }

  private static TlsConfig trust(String caCert) {
    if (caCert == null) {
      return null;
    }
    if (caCert.isBlank()) {
      throw new ConfigurationException("--ca-cert is empty");
    }
    try {
      return TlsConfig.builder().trustPem(Path.of(caCert.trim())).build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ConfigurationException("--ca-cert: " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "NetworkSettings{" + (proxy == null ? "no proxy" : proxy + " from " + proxySource)
        + (tls == null ? "" : ", " + tls) + "}";
  }
}
