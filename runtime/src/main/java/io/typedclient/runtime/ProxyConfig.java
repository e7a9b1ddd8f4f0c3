package io.typedclient.runtime;

import io.typedclient.runtime.internal.LoopbackHosts;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP proxy one client's requests go through, instead of the JVM's proxy settings: a proxy host and port,
 * optionally with Basic credentials and a list of hosts to reach directly, or a {@link ProxySelector} of the
 * caller's. Give it to {@link JdkHttpTransport.Builder#proxy}, {@link UrlConnectionTransport.Builder#proxy} or
 * (for the default transport) {@link ClientConfig.Builder#proxy}.
 *
 * <pre>
 * ProxyConfig proxy = ProxyConfig.builder("proxy.corp.example", 3128)
 *     .credentials("svc-okta", password)        // optional
 *     .noProxy("localhost,.corp.example,10.0.0.0/8")  // optional
 *     .build();
 * </pre>
 *
 * <p>Rules, the same for both transports:
 * <ul>
 *   <li>{@code https} requests go through a {@code CONNECT} tunnel: the proxy sees the host and port, never a
 *       header, path or body of the request. {@code http} requests (loopback only, see {@link ClientConfig}) are
 *       sent to the proxy whole.
 *   <li>The credentials are sent to the proxy alone, preemptively, as {@code Proxy-Authorization: Basic} (RFC 7617,
 *       UTF-8): in the {@code CONNECT} of an https request, never to the origin server, never answered to a
 *       challenge from anywhere else, and never through a process-wide {@link java.net.Authenticator}. Basic sends
 *       them in clear text to the proxy, as every HTTP proxy connection does.
 *   <li>A {@code 407} from the proxy is a {@link ProxyAuthenticationException} naming the proxy, whether
 *       credentials were configured or not.
 *   <li>Hosts on the no-proxy list, and loopback hosts ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}) unless
 *       {@link Builder#proxyLoopback()} asks otherwise, are reached directly. The list is read as curl reads
 *       {@code NO_PROXY}: {@code *} for every host, a name for itself and every name below it (a leading {@code .}
 *       or {@code *.} is ignored), IP literals and CIDR blocks; on the URL's host as written, without a DNS lookup.
 *   <li>The proxy's own name is resolved when a connection is opened; the origin's name is resolved by the proxy
 *       for https requests.
 * </ul>
 *
 * <p>{@link #toString()} names the proxy and the user, never the password. Immutable and thread-safe.
 */
public final class ProxyConfig {
  private final @Nullable String host;
  private final int port;
  private final @Nullable String username;
  private final @Nullable String password;
  private final NoProxyList noProxy;
  private final boolean proxyLoopback;
  private final @Nullable ProxySelector selector;
  private final @Nullable String authorization;

  private ProxyConfig(Builder builder) {
    this.host = builder.host;
    this.port = builder.port;
    this.username = builder.username;
    this.password = builder.password;
    this.noProxy = builder.noProxy;
    this.proxyLoopback = builder.proxyLoopback;
    this.selector = null;
    this.authorization = username == null ? null : "Basic " + Base64.getEncoder().encodeToString(
        (username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private ProxyConfig(ProxySelector selector) {
    this.host = null;
    this.port = 0;
    this.username = null;
    this.password = null;
    this.noProxy = NoProxyList.empty();
    this.proxyLoopback = false;
    this.selector = selector;
    this.authorization = null;
  }

  /**
   * A builder for the HTTP proxy at {@code host}:{@code port}.
   *
   * @throws IllegalArgumentException if {@code host} is blank or holds a scheme, user info, a path or a port, or
   *     {@code port} is not between 1 and 65535
   */
  public static Builder builder(String host, int port) {
    return new Builder(host, port);
  }

  /** The HTTP proxy at {@code host}:{@code port}, without credentials; loopback hosts are reached directly. */
  public static ProxyConfig of(String host, int port) {
    return builder(host, port).build();
  }

  /**
   * Whatever {@code selector} chooses for each request URI: the first HTTP proxy of its list, or no proxy when that
   * is {@link Proxy#NO_PROXY} (or the list is empty). A list that starts with a SOCKS proxy fails the request:
   * neither transport speaks SOCKS, and going direct instead would ignore the caller's choice. No credentials: the
   * selector may pick any proxy, and credentials belong to one.
   */
  public static ProxyConfig selector(ProxySelector selector) {
    return new ProxyConfig(Objects.requireNonNull(selector, "selector"));
  }

  /**
   * A builder that starts with this proxy, its credentials, no-proxy list and loopback choice.
   *
   * @throws IllegalStateException for a configuration from {@link #selector}, which has no builder
   */
  public Builder toBuilder() {
    String host = this.host;
    if (selector != null || host == null) {
      throw new IllegalStateException("a ProxyConfig from a ProxySelector has no builder");
    }
    Builder builder = new Builder(host, port);
    builder.username = username;
    builder.password = password;
    builder.noProxy = noProxy;
    builder.proxyLoopback = proxyLoopback;
    return builder;
  }

  /**
   * The proxy that a request to {@code uri} goes through, as an unresolved address, or {@code null} when it goes
   * directly. Both transports decide with this method, so it also tells what a call did.
   *
   * @throws IllegalStateException when a {@link #selector(ProxySelector) selector} chooses a SOCKS proxy
   */
  public @Nullable InetSocketAddress proxyFor(URI uri) {
    Objects.requireNonNull(uri, "uri");
    ProxySelector selector = this.selector;
    if (selector != null) {
      return fromSelector(selector, uri);
    }
    String target = uri.getHost();
    if (target == null || noProxy.matches(target) || (!proxyLoopback && LoopbackHosts.isLoopback(target))) {
      return null;
    }
    return InetSocketAddress.createUnresolved(host, port);
  }

  /** Whether Basic credentials are configured. */
  public boolean hasCredentials() {
    return authorization != null;
  }

  /** The user name of the credentials, or {@code null}. */
  public @Nullable String username() {
    return username;
  }

  /** The no-proxy entries as given, split at commas. */
  public List<String> noProxy() {
    return noProxy.entries();
  }

  /** The value of {@code Proxy-Authorization}, or {@code null} without credentials. A secret: never print it. */
  @Nullable String proxyAuthorization() {
    return authorization;
  }

  /** {@code host:port} of the configured proxy, or {@code null} in selector mode. */
  @Nullable String address() {
    return host == null ? null : hostAndPort(host, port);
  }

  /** A {@link ProxySelector} that chooses exactly as {@link #proxyFor} does, for {@code java.net.http}. */
  ProxySelector asProxySelector() {
    return new Selector(this);
  }

  /** {@code host:port}, with brackets around an IPv6 literal. */
  static String hostAndPort(String host, int port) {
    return (host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
  }

  /** {@code host:port} of {@code address}, with brackets around an IPv6 literal. */
  static String describe(InetSocketAddress address) {
    return hostAndPort(address.getHostString(), address.getPort());
  }

  /** Names the proxy, the user and the no-proxy list; never the password. */
  @Override
  public String toString() {
    if (selector != null) {
      return "ProxyConfig{selector=" + selector.getClass().getName() + "}";
    }
    return "ProxyConfig{proxy=" + address()
        + (username == null ? "" : ", user=" + username + ", password=***")
        + (noProxy.isEmpty() ? "" : ", noProxy=" + noProxy)
        + (proxyLoopback ? ", loopback proxied" : "") + "}";
  }

  private @Nullable InetSocketAddress fromSelector(ProxySelector selector, URI uri) {
    List<Proxy> choices = selector.select(uri);
    if (choices == null || choices.isEmpty()) {
      return null;
    }
    Proxy first = choices.get(0);
    if (first.type() == Proxy.Type.DIRECT) {
      return null;
    }
    SocketAddress address = first.address();
    if (first.type() != Proxy.Type.HTTP || !(address instanceof InetSocketAddress)) {
      throw new IllegalStateException("the ProxySelector " + selector.getClass().getName() + " chose a " + first.type()
          + " proxy for " + uri.getScheme() + "://" + uri.getHost() + "; typedclient's transports support HTTP proxies");
    }
    InetSocketAddress chosen = (InetSocketAddress) address;
    return InetSocketAddress.createUnresolved(chosen.getHostString(), chosen.getPort());
  }

  /** Builds a {@link ProxyConfig}; not thread-safe. */
  public static final class Builder {
    private final String host;
    private final int port;
    private @Nullable String username;
    private @Nullable String password;
    private NoProxyList noProxy = NoProxyList.empty();
    private boolean proxyLoopback;

    private Builder(String host, int port) {
      Objects.requireNonNull(host, "host");
      String h = host.trim();
      if (h.isEmpty()) {
        throw new IllegalArgumentException("proxy host is empty");
      }
      if (h.startsWith("[") && h.endsWith("]")) {
        h = h.substring(1, h.length() - 1);
      }
      for (int i = 0; i < h.length(); i++) {
        char c = h.charAt(i);
        if (c <= ' ' || c >= 0x7f || c == '/' || c == '@' || c == '?' || c == '#' || c == '[' || c == ']'
            || (c == ':' && NoProxyList.ipLiteral(h) == null)) {
          // Not repeated: a pasted proxy URL may hold a password.
          throw new IllegalArgumentException("proxy host must be a host name or IP address alone, without a scheme, "
              + "credentials, port or path (pass the port separately)");
        }
      }
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("proxy port must be between 1 and 65535: " + port);
      }
      this.host = h;
      this.port = port;
    }

    /**
     * Basic credentials for the proxy, sent to it alone. The password is a secret: it never appears in a message,
     * a log line or {@code toString()}.
     *
     * @throws IllegalArgumentException if the user name is empty or holds a {@code :} or a control character
     *     (RFC 7617), or the password holds a control character
     */
    public Builder credentials(String username, String password) {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
      if (username.isEmpty() || username.indexOf(':') >= 0 || hasControl(username)) {
        throw new IllegalArgumentException(
            "proxy user name must not be empty and must hold no ':' or control character (RFC 7617)");
      }
      if (hasControl(password)) {
        throw new IllegalArgumentException("proxy password holds a control character (RFC 7617); it is not shown");
      }
      this.username = username;
      this.password = password;
      return this;
    }

    /**
     * Hosts to reach directly, each argument one entry or several separated by commas (curl's {@code NO_PROXY}
     * form): {@code *}, host names ({@code example.com} covers its subdomains too; {@code .example.com} and
     * {@code *.example.com} the same), IP literals and CIDR blocks. Replaces any list given before.
     *
     * @throws IllegalArgumentException naming an entry that is none of these
     */
    public Builder noProxy(String... hosts) {
      Objects.requireNonNull(hosts, "hosts");
      this.noProxy = NoProxyList.parse(Arrays.asList(hosts));
      return this;
    }

    /** As {@link #noProxy(String...)}. */
    public Builder noProxy(List<String> hosts) {
      Objects.requireNonNull(hosts, "hosts");
      this.noProxy = NoProxyList.parse(hosts);
      return this;
    }

    /**
     * Sends requests to loopback hosts ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}) through the proxy too;
     * by default they go directly, since a proxy elsewhere cannot reach this machine's loopback.
     */
    public Builder proxyLoopback() {
      this.proxyLoopback = true;
      return this;
    }

    /** The configuration. */
    public ProxyConfig build() {
      return new ProxyConfig(this);
    }

    private static boolean hasControl(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < ' ' || c == 0x7f) {
          return true;
        }
      }
      return false;
    }
  }

  /** Chooses as {@link ProxyConfig#proxyFor}; for {@code java.net.http}, which asks a selector for every request. */
  private static final class Selector extends ProxySelector {
    private final ProxyConfig config;

    Selector(ProxyConfig config) {
      this.config = config;
    }

    @Override
    public List<Proxy> select(URI uri) {
      InetSocketAddress proxy = config.proxyFor(uri);
      return Collections.singletonList(proxy == null ? Proxy.NO_PROXY : new Proxy(Proxy.Type.HTTP, proxy));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
      if (config.selector != null) {
        config.selector.connectFailed(uri, address, failure);
      }
    }
  }
}
