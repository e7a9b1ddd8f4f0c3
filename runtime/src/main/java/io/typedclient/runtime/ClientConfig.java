package io.typedclient.runtime;

import com.squareup.moshi.Moshi;
import io.typedclient.runtime.internal.LoopbackHosts;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything a generated client needs: base URL, transport, Moshi, interceptors, timeouts, limits. Immutable
 * and thread-safe; one client built from it serves many threads.
 *
 * <pre>
 * ClientConfig config = ClientConfig.builder()
 *     .baseUrl("https://example.okta.com")
 *     .addInterceptor(request -&gt; request.toBuilder().header("Authorization", "SSWS " + token.get()).build())
 *     .requestTimeout(Duration.ofSeconds(10))
 *     .build();
 * SessionApi api = new SessionApiClient(config);
 * </pre>
 *
 * <p>Without {@link Builder#proxy} and {@link Builder#tls} the default transport follows the JVM's proxy settings
 * and trust, as it always has.
 *
 * <p>Safe defaults: {@code http://} base URLs are refused unless the host is loopback; redirects are never
 * followed; response bodies are capped at {@value #DEFAULT_MAX_RESPONSE_BODY_BYTES} bytes; connect timeout
 * 10 s; request timeout 30 s; no retries ({@link Builder#retryPolicy} turns them on); no observers
 * ({@link Builder#addObserver}).
 */
public final class ClientConfig {
  /** Default cap on a response body: 4 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BODY_BYTES = 4L * 1024 * 1024;
  /** Default time allowed to open a connection. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Default time allowed for a whole exchange, from sending to the end of the response body. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final URI baseUrl;
  /** The base URL as request URLs start, and its path; computed once rather than for every request. */
  private final String baseUrlText;
  private final String basePath;
  private final @Nullable HttpTransport transport;
  private final Moshi moshi;
  private final List<Interceptor> interceptors;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final long maxResponseBodyBytes;
  private final ErrorMapper errorMapper;
  private final Scheduler scheduler;
  private final @Nullable RetryPolicy retryPolicy;
  private final Set<String> urlOrigins;
  private final List<CallObserver> observers;
  private final @Nullable RateLimitReader rateLimitReader;
  private final @Nullable ProxyConfig proxy;
  private final @Nullable TlsConfig tls;

  private ClientConfig(Builder builder, URI baseUrl) {
    this.baseUrl = baseUrl;
    this.baseUrlText = baseUrl.toASCIIString();
    this.basePath = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
    this.connectTimeout = builder.connectTimeout;
    this.requestTimeout = builder.requestTimeout;
    this.maxResponseBodyBytes = builder.maxResponseBodyBytes;
    this.moshi = builder.moshi != null ? builder.moshi : new Moshi.Builder().build();
    this.interceptors = Collections.unmodifiableList(new ArrayList<>(builder.interceptors));
    this.errorMapper = builder.errorMapper;
    this.scheduler = builder.scheduler;
    this.retryPolicy = builder.retryPolicy;
    this.urlOrigins = Collections.unmodifiableSet(new LinkedHashSet<>(builder.urlOrigins));
    this.observers = builder.observers.isEmpty()
        ? Collections.emptyList()
        : Collections.unmodifiableList(new ArrayList<>(builder.observers));
    this.rateLimitReader = builder.rateLimitReader;
    this.transport = builder.transport;
    this.proxy = builder.proxy;
    this.tls = builder.tls;
  }

  /** A new builder; {@link Builder#baseUrl} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with this configuration (and its transport). */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.baseUrl = baseUrl;
    builder.transport = transport;
    builder.transportSet = transport != null;
    builder.moshi = moshi;
    builder.interceptors.addAll(interceptors);
    builder.connectTimeout = connectTimeout;
    builder.requestTimeout = requestTimeout;
    builder.maxResponseBodyBytes = maxResponseBodyBytes;
    builder.errorMapper = errorMapper;
    builder.scheduler = scheduler;
    builder.retryPolicy = retryPolicy;
    builder.urlOrigins.addAll(urlOrigins);
    builder.observers.addAll(observers);
    builder.rateLimitReader = rateLimitReader;
    builder.proxy = proxy;
    builder.tls = tls;
    return builder;
  }

  /** The base URL that path templates are appended to; never ends with {@code /}. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** {@link #baseUrl()} as ASCII text, the start of every request URL. */
  String baseUrlText() {
    return baseUrlText;
  }

  /** The path of {@link #baseUrl()}, raw; empty when it has none. */
  String basePath() {
    return basePath;
  }

  /**
   * The transport passed to {@link Builder#transport}, or {@code null}: then each client creates its own
   * {@link JdkHttpTransport} (an {@link UrlConnectionTransport} where {@code java.net.http} is missing, as on
   * Android) with {@link #connectTimeout()}, and closes it when the client is closed.
   */
  public @Nullable HttpTransport transport() {
    return transport;
  }

  /** The Moshi that JSON adapters come from. */
  public Moshi moshi() {
    return moshi;
  }

  /** The interceptors, in the order they run. */
  public List<Interceptor> interceptors() {
    return interceptors;
  }

  /** The proxy of the default transport, or {@code null}: the JVM's proxy settings. */
  public @Nullable ProxyConfig proxy() {
    return proxy;
  }

  /** The TLS trust of the default transport, or {@code null}: the JVM's defaults. */
  public @Nullable TlsConfig tls() {
    return tls;
  }

  /** Time allowed to open a connection (applies to the default transport). */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Time allowed for each exchange, from sending to the end of the response body. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** The largest response body read; a longer one fails with {@link ResponseTooLargeException}. */
  public long maxResponseBodyBytes() {
    return maxResponseBodyBytes;
  }

  /** Turns non-2xx responses into exceptions. */
  public ErrorMapper errorMapper() {
    return errorMapper;
  }

  /** Time and waiting, for interceptors and the retries. */
  public Scheduler scheduler() {
    return scheduler;
  }

  /** The policy of the retries that wrap every interceptor, or {@code null}: no retries (the default). */
  public @Nullable RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * The origins besides the base URL's that {@code @Url} parameters may name, as {@code https://host:443}; empty by
   * default.
   */
  public Set<String> urlOrigins() {
    return urlOrigins;
  }

  /** The observers of every call, in the order they were added; empty by default. */
  public List<CallObserver> observers() {
    return observers;
  }

  /** What reads the API's rate-limit headers for the observers, or {@code null}: none (the default). */
  public @Nullable RateLimitReader rateLimitReader() {
    return rateLimitReader;
  }

  /** Names the base URL and the settings; no secrets live here (interceptors are listed by class). */
  @Override
  public String toString() {
    return "ClientConfig{baseUrl=" + baseUrl
        + ", transport=" + (transport == null ? "default" : transport.getClass().getSimpleName())
        + ", interceptors=" + interceptors.size()
        + ", retries=" + (retryPolicy == null ? "none" : retryPolicy)
        + ", observers=" + observers.size()
        + ", connectTimeout=" + connectTimeout
        + ", requestTimeout=" + requestTimeout
        + ", maxResponseBodyBytes=" + maxResponseBodyBytes
        + (proxy == null ? "" : ", proxy=" + proxy)
        + (tls == null ? "" : ", tls=" + tls) + "}";
  }

  /** Builds {@link ClientConfig}; not thread-safe. */
  public static final class Builder {
    private @Nullable URI baseUrl;
    private @Nullable HttpTransport transport;
    private boolean transportSet;
    private @Nullable Moshi moshi;
    private final List<Interceptor> interceptors = new ArrayList<>();
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private boolean connectTimeoutSet;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private long maxResponseBodyBytes = DEFAULT_MAX_RESPONSE_BODY_BYTES;
    private ErrorMapper errorMapper = ErrorMapper.DEFAULT;
    private Scheduler scheduler = Scheduler.system();
    private @Nullable RetryPolicy retryPolicy;
    private final Set<String> urlOrigins = new LinkedHashSet<>();
    private final List<CallObserver> observers = new ArrayList<>();
    private @Nullable RateLimitReader rateLimitReader;
    private @Nullable ProxyConfig proxy;
    private @Nullable TlsConfig tls;

    private Builder() {}

    /** See {@link #baseUrl(URI)}. */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      URI uri;
      try {
        uri = new URI(baseUrl.trim());
      } catch (java.net.URISyntaxException e) {
        // The reason and index only: the input may carry credentials.
        throw new IllegalArgumentException(
            "base URL is not a valid URI: " + e.getReason() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""), null);
      }
      return baseUrl(uri);
    }

    /**
     * The URL that path templates are appended to: {@code https://host[:port][/path]}, no query, fragment or
     * user info. {@code http} is accepted only for loopback hosts ({@code 127.0.0.0/8}, {@code [::1]}, and
     * {@code localhost} where every address it resolves to is loopback), so credentials never cross a network in
     * clear text; a name under {@code .localhost} is not one, since a hosts file can point it anywhere.
     */
    public Builder baseUrl(URI baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      // Messages name the scheme and host only: the rest of a rejected URL may hold credentials.
      String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http")) {
        throw new IllegalArgumentException(
            "base URL must start with https:// (got " + (scheme.isEmpty() ? "no scheme" : "scheme " + scheme + ":") + ")");
      }
      String host = baseUrl.getHost();
      if (host == null || host.isEmpty()) {
        throw new IllegalArgumentException(
            "base URL has no host, or its host is not a valid name (underscores, for example, are not allowed)");
      }
      if (scheme.equals("http") && !LoopbackHosts.isLoopback(host)) {
        throw new IllegalArgumentException(
            "base URL must use https: http:// is allowed only for loopback hosts (127.0.0.1, [::1], and localhost "
                + "where it resolves to loopback only); got host " + host);
      }
      if (baseUrl.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            "base URL must not contain user info (credentials); host " + host + ". Pass credentials with an interceptor");
      }
      if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
        throw new IllegalArgumentException("base URL must not have a query or fragment; host " + host);
      }
      String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      this.baseUrl = URI.create(scheme + "://" + baseUrl.getRawAuthority() + path);
      return this;
    }

    /**
     * The transport to use instead of the default {@link JdkHttpTransport}. The caller keeps ownership:
     * closing the client does not close it. A transport brings its own connect timeout, so
     * {@link #connectTimeout} cannot be combined with this.
     */
    public Builder transport(HttpTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      this.transportSet = true;
      return this;
    }

    /** The Moshi that JSON adapters come from; generated clients add their own adapters to it. */
    public Builder moshi(Moshi moshi) {
      this.moshi = Objects.requireNonNull(moshi, "moshi");
      return this;
    }

    /** Adds an interceptor after those added before. */
    public Builder addInterceptor(Interceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /** Adds a request-rewriting interceptor after those added before. */
    public Builder addInterceptor(RequestInterceptor interceptor) {
      return addInterceptor((Interceptor) interceptor);
    }

    /** Time allowed to open a connection, for the default transport; positive. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Durations.positive(connectTimeout, "connectTimeout");
      this.connectTimeoutSet = true;
      return this;
    }

    /** Time allowed for each exchange, from sending to the end of the response body; positive. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = Durations.positive(requestTimeout, "requestTimeout");
      return this;
    }

    /** The largest response body read, in bytes; positive. */
    public Builder maxResponseBodyBytes(long maxResponseBodyBytes) {
      if (maxResponseBodyBytes <= 0) {
        throw new IllegalArgumentException("maxResponseBodyBytes must be positive: " + maxResponseBodyBytes);
      }
      this.maxResponseBodyBytes = maxResponseBodyBytes;
      return this;
    }

    /** Turns non-2xx responses into exceptions; defaults to {@link ErrorMapper#DEFAULT}. */
    public Builder errorMapper(ErrorMapper errorMapper) {
      this.errorMapper = Objects.requireNonNull(errorMapper, "errorMapper");
      return this;
    }

    /**
     * The proxy for the default transport, instead of the JVM's proxy settings: every request of the client, retries
     * and requests that interceptors make through the chain included, goes through it (or directly, as it decides).
     * With credentials on a JVM whose {@code java.net.http} will not send them in a tunnel (see
     * {@link JdkHttpTransport#sendsProxyCredentialsInTunnels()}), the default transport is an
     * {@link UrlConnectionTransport}, which opens its tunnels itself. Cannot be combined with {@link #transport}:
     * configure the transport you pass instead.
     */
    public Builder proxy(ProxyConfig proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy");
      return this;
    }

    /**
     * The TLS trust (and client certificate) for the default transport, instead of the JVM's defaults. Cannot be
     * combined with {@link #transport}.
     */
    public Builder tls(TlsConfig tls) {
      this.tls = Objects.requireNonNull(tls, "tls");
      return this;
    }

    /**
     * Time and waiting for interceptors and the retries; defaults to {@link Scheduler#system()}. Tests pass a
     * fake, so that retries run without waiting.
     */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * Retries calls as {@code retryPolicy} decides, usually {@link RetryPolicy#standard()}; by default a call is
     * sent once. The retries run before every interceptor: each attempt goes through all of them (an
     * authentication interceptor is asked for its token again), and the client's {@link Scheduler} does the
     * waiting. Blocking calls wait on their thread; asynchronous calls hold no thread while they wait, and
     * cancelling one stops its retries.
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Lets {@code @Url} parameters name URLs of {@code origin} ({@code https://cdn.example.com}, with a port if it
     * is not the scheme's default) besides the base URL's. Every request to it goes through the client's
     * interceptors, so only trust an origin that may see the client's credentials. https only, as for the base
     * URL ({@code http} for loopback hosts); a path, query, fragment or user info is refused.
     */
    public Builder allowUrlOrigin(String origin) {
      urlOrigins.add(Origins.parse(Objects.requireNonNull(origin, "origin")));
      return this;
    }

    /**
     * Adds an observer of every call after those added before: call and attempt starts and ends, statuses,
     * durations, failure types, never a value (see {@link CallObserver}). Each observer is told each event in the
     * order they were added; one that throws is skipped for that event and the call goes on.
     */
    public Builder addObserver(CallObserver observer) {
      observers.add(Objects.requireNonNull(observer, "observer"));
      return this;
    }

    /**
     * How to read the API's rate-limit headers, for observers ({@link AttemptEnd#rateLimit()}); by default none.
     * The Okta client sets its own.
     */
    public Builder rateLimitReader(RateLimitReader rateLimitReader) {
      this.rateLimitReader = Objects.requireNonNull(rateLimitReader, "rateLimitReader");
      return this;
    }

    /** The configuration. */
    public ClientConfig build() {
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl is required");
      }
      if (transportSet && connectTimeoutSet) {
        throw new IllegalStateException(
            "connectTimeout applies to the default transport only; set it on the transport you pass to transport()");
      }
      if (transportSet && (proxy != null || tls != null)) {
        throw new IllegalStateException("proxy and tls apply to the default transport only; configure them on the "
            + "transport you pass to transport() (JdkHttpTransport.builder().proxy(...), UrlConnectionTransport...)");
      }
      return new ClientConfig(this, baseUrl);
    }
  }
}
