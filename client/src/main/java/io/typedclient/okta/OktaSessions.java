package io.typedclient.okta;

import com.squareup.moshi.Moshi;
import io.typedclient.runtime.CallObserver;
import io.typedclient.runtime.ClientConfig;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.Interceptor;
import io.typedclient.runtime.ProxyConfig;
import io.typedclient.runtime.Scheduler;
import io.typedclient.runtime.TlsConfig;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Builds Okta Sessions clients.
 *
 * <pre>
 * try (SessionApiClient sessions = OktaSessions.builder()
 *     .orgUrl("https://dev-123456.okta.com")
 *     .apiToken(System.getenv("OKTA_API_TOKEN"))
 *     .build()) {
 *   Session session = sessions.getSession(sessionId);
 * }
 * </pre>
 *
 * <p><b>What {@code build()} returns.</b> The generated {@code SessionApiClient}: it implements {@link SessionApi}
 * and adds {@code close()}, which releases the HTTP client it created (a transport passed to
 * {@link Builder#transport} stays the caller's to close). Hold it as {@code SessionApi} where closing is
 * someone else's job. One client is safe to share between threads and should be: it keeps no per-call state.
 *
 * <p><b>Configuration</b> follows Okta's own conventions, in this order: what the builder was given; then the
 * system properties {@value #ORG_URL_PROPERTY} and {@value #TOKEN_PROPERTY}; then the environment variables
 * {@value #ORG_URL_VARIABLE} and {@value #TOKEN_VARIABLE}. The token from a property or variable is an API token
 * ({@code Authorization: SSWS ...}). Missing configuration fails {@code build()} with a message that names every
 * way to provide it.
 *
 * <p><b>OAuth 2.0 for a service app</b> instead of an API token: {@link Builder#clientId} and
 * {@link Builder#privateKey(Path)} (or {@value #AUTHORIZATION_MODE_PROPERTY}{@code =PrivateKey} with
 * {@value #CLIENT_ID_PROPERTY}, {@value #PRIVATE_KEY_PROPERTY}, {@value #KEY_ID_PROPERTY} and
 * {@value #SCOPES_PROPERTY}, or the {@code OKTA_CLIENT_*} variables). The client obtains access tokens with the
 * client-credentials grant and a {@code private_key_jwt} client assertion, caches them, refreshes them ahead of
 * expiry with one request however many threads call, and uses DPoP (RFC 9449) when the token endpoint asks for it.
 * {@code createSession} accepts an API token only, and the current-session calls the user's cookie only.
 *
 * <p><b>Proxy and TLS trust</b>, for the client alone: {@link Builder#proxy} (else {@value #PROXY_HOST_PROPERTY},
 * {@code .port}, {@code .username}, {@code .password}, or the {@code OKTA_CLIENT_PROXY_*} variables; the user name
 * is optional) and {@link Builder#tls}. Every request of the client takes them, retries and the OAuth 2.0 token
 * endpoint included. Without them the JVM's proxy settings and trust apply, as they always have.
 *
 * <p><b>Retries</b> are on by default: up to {@value RetryPolicy#DEFAULT_MAX_RETRIES} retries within 60 seconds of
 * the first attempt. A 429 waits until Okta's rate-limit window resets (by the server's clock); 503, 504 and
 * connection failures are retried only for GET and DELETE, never for a POST such as {@code createSession}. These
 * are the runtime's {@link io.typedclient.runtime.StandardRetryPolicy} rules, narrowed to Okta's answers. See
 * {@link Builder#maxRetries} and {@link Builder#maxElapsedTime}.
 *
 * <p><b>Observing calls:</b> {@link Builder#addObserver} sees every call and attempt, with Okta's rate-limit
 * state after each response.
 *
 * <p><b>Every request</b> sends {@code Accept: application/json}, a {@code User-Agent} of the form
 * {@code typedclient-okta-sessions/<version> java/<version> <os>/<version>}, and {@code Content-Type} only when
 * it has a body. Nothing is cached: each read asks Okta, so a revoked session never looks alive.
 */
public final class OktaSessions {
  /** System property for the org URL, as in Okta's SDKs. */
  public static final String ORG_URL_PROPERTY = "okta.client.orgUrl";
  /** System property for the API token, as in Okta's SDKs. */
  public static final String TOKEN_PROPERTY = "okta.client.token";
  /** Environment variable for the org URL, as in Okta's SDKs. */
  public static final String ORG_URL_VARIABLE = "OKTA_CLIENT_ORGURL";
  /** Environment variable for the API token, as in Okta's SDKs. */
  public static final String TOKEN_VARIABLE = "OKTA_CLIENT_TOKEN";
  /** System property choosing the authentication: {@code SSWS} (API token, the default) or {@code PrivateKey}. */
  public static final String AUTHORIZATION_MODE_PROPERTY = "okta.client.authorizationMode";
  /** Environment variable for {@value #AUTHORIZATION_MODE_PROPERTY}. */
  public static final String AUTHORIZATION_MODE_VARIABLE = "OKTA_CLIENT_AUTHORIZATIONMODE";
  /** System property for the OAuth 2.0 service app's client id. */
  public static final String CLIENT_ID_PROPERTY = "okta.client.clientId";
  /** Environment variable for the OAuth 2.0 service app's client id. */
  public static final String CLIENT_ID_VARIABLE = "OKTA_CLIENT_CLIENTID";
  /** System property for the service app's private key: the PEM or JWK itself, or the path of a file holding it. */
  public static final String PRIVATE_KEY_PROPERTY = "okta.client.privateKey";
  /** Environment variable for {@value #PRIVATE_KEY_PROPERTY}. */
  public static final String PRIVATE_KEY_VARIABLE = "OKTA_CLIENT_PRIVATEKEY";
  /** System property for the key id ({@code kid}) Okta shows for the service app's public key. */
  public static final String KEY_ID_PROPERTY = "okta.client.kid";
  /** Environment variable for {@value #KEY_ID_PROPERTY}. */
  public static final String KEY_ID_VARIABLE = "OKTA_CLIENT_KID";
  /** System property for the scopes to ask for, separated by spaces or commas. */
  public static final String SCOPES_PROPERTY = "okta.client.scopes";
  /** Environment variable for {@value #SCOPES_PROPERTY}. */
  public static final String SCOPES_VARIABLE = "OKTA_CLIENT_SCOPES";
  /** System property forcing DPoP on ({@code true}) or off ({@code false}); by default ({@code auto}) detected. */
  public static final String DPOP_PROPERTY = "okta.client.dpop";
  /** Environment variable for {@value #DPOP_PROPERTY}. */
  public static final String DPOP_VARIABLE = "OKTA_CLIENT_DPOP";
  /** System property for the HTTP proxy's host, as in Okta's SDKs. */
  public static final String PROXY_HOST_PROPERTY = "okta.client.proxy.host";
  /** Environment variable for {@value #PROXY_HOST_PROPERTY}. */
  public static final String PROXY_HOST_VARIABLE = "OKTA_CLIENT_PROXY_HOST";
  /** System property for the HTTP proxy's port. */
  public static final String PROXY_PORT_PROPERTY = "okta.client.proxy.port";
  /** Environment variable for {@value #PROXY_PORT_PROPERTY}. */
  public static final String PROXY_PORT_VARIABLE = "OKTA_CLIENT_PROXY_PORT";
  /** System property for the proxy's user name (Basic); optional: a proxy may ask for no credentials. */
  public static final String PROXY_USERNAME_PROPERTY = "okta.client.proxy.username";
  /** Environment variable for {@value #PROXY_USERNAME_PROPERTY}. */
  public static final String PROXY_USERNAME_VARIABLE = "OKTA_CLIENT_PROXY_USERNAME";
  /** System property for the proxy's password, given with a user name. */
  public static final String PROXY_PASSWORD_PROPERTY = "okta.client.proxy.password";
  /** Environment variable for {@value #PROXY_PASSWORD_PROPERTY}. */
  public static final String PROXY_PASSWORD_VARIABLE = "OKTA_CLIENT_PROXY_PASSWORD";

  private OktaSessions() {}

  /** A builder; anything it is not given comes from system properties, then environment variables. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The proxy that Okta's conventions configure in {@code systemProperties} and {@code environment}
   * ({@value #PROXY_HOST_PROPERTY}, {@code .port}, {@code .username}, {@code .password}, each else its
   * {@code OKTA_CLIENT_PROXY_*} variable), or {@code null} when they name no proxy host: for a transport built by
   * the caller, which the builder's own proxy settings cannot reach. Pass {@code System::getProperty} and
   * {@code System::getenv} for this JVM's.
   *
   * @throws OktaConfigurationException when the settings are incomplete or not valid (never quoting the password)
   */
  public static @Nullable ProxyConfig proxyFrom(
      Function<String, @Nullable String> systemProperties, Function<String, @Nullable String> environment) {
    return ProxySettings.resolve(new ConfigSources(Objects.requireNonNull(systemProperties, "systemProperties"),
        Objects.requireNonNull(environment, "environment")));
  }

  /**
   * A client configured entirely from system properties and environment variables (see the class description),
   * with default retries and timeouts.
   *
   * @throws IllegalStateException if the org URL or token is not configured anywhere
   * @throws IllegalArgumentException if the org URL is not acceptable
   */
  public static SessionApiClient fromEnvironment() {
    return builder().build();
  }

  /** Configures an Okta Sessions client. Not thread-safe; {@link #build()} may be called more than once. */
  public static final class Builder {
    private @Nullable String orgUrl;
    private @Nullable Supplier<String> apiToken;
    private @Nullable Supplier<String> accessToken;
    private @Nullable HttpTransport transport;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration requestTimeout;
    private int maxRetries = RetryPolicy.DEFAULT_MAX_RETRIES;
    private Duration maxElapsedTime = RetryPolicy.DEFAULT_MAX_ELAPSED;
    private Scheduler scheduler = Scheduler.system();
    private @Nullable ProxyConfig proxy;
    private @Nullable TlsConfig tls;
    // Classes rather than lambdas, here and for the tokens: each lambda spins its own classes at first use, which
    // every client's cold start would pay for (benchmarks/FINDINGS.md, change 8).
    private DoubleSupplier random = new ThreadLocalRandomSource();
    private ConfigSources sources = ConfigSources.system();
    private final ServiceAppConfig oauth = new ServiceAppConfig();
    private final List<CallObserver> observers = new ArrayList<>();

    private Builder() {}

    /**
     * The org URL, such as {@code https://dev-123456.okta.com}: https, no path. Checked by {@link #build()}, which
     * refuses the docs' {@code {yourOktaDomain}} placeholder, the admin console's {@code -admin} domain, a path or
     * query, and {@code http://} for anything but a loopback host.
     */
    public Builder orgUrl(String orgUrl) {
      this.orgUrl = Objects.requireNonNull(orgUrl, "orgUrl");
      return this;
    }

    /** Authenticates with an API token: {@code Authorization: SSWS <token>}. */
    public Builder apiToken(String apiToken) {
      Objects.requireNonNull(apiToken, "apiToken");
      AuthSettings.checkNoScheme(apiToken, "apiToken");
      this.apiToken = new AuthSettings.FixedToken(apiToken);
      return this;
    }

    /**
     * Authenticates with an API token that may change: {@code Authorization: SSWS <token>}, the token asked of
     * {@code apiToken} before every attempt, retries included, so a rotated token is used from the next attempt on.
     * The supplier must be thread-safe and return quickly; a {@code null} or blank token fails the call with an
     * {@link IllegalStateException} before anything is sent.
     */
    public Builder apiToken(Supplier<String> apiToken) {
      this.apiToken = Objects.requireNonNull(apiToken, "apiToken");
      return this;
    }

    /**
     * Authenticates with an OAuth 2.0 access token: {@code Authorization: Bearer <token>}. The supplier is asked
     * before every attempt, retries included, so it can hand out a refreshed token; it must be thread-safe and
     * should return quickly (cache the token).
     */
    public Builder accessToken(Supplier<String> accessToken) {
      this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
      return this;
    }

    /**
     * Authenticates as the OAuth 2.0 service app with this client id: access tokens from
     * {@code {orgUrl}/oauth2/v1/token} by the client-credentials grant, the app authenticated by a client
     * assertion signed with {@link #privateKey(Path)} ({@code private_key_jwt}). Tokens are cached and refreshed
     * ahead of expiry by one request, whatever the number of threads; a 401 {@code invalid_token} gets a new token
     * and the call is made once more. Cannot be combined with an API token or {@link #accessToken}.
     */
    public Builder clientId(String clientId) {
      oauth.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * The service app's private key, from a file holding a PEM ({@code -----BEGIN PRIVATE KEY-----}, PKCS#8,
     * RSA of 2048 bits or more or EC on P-256, P-384 or P-521) or a JWK (as Okta's admin console generates it).
     * Read and checked by {@link #build()}. RSA keys sign RS256 (a JWK's {@code alg} may ask for RS384 or RS512);
     * EC keys the ES algorithm of their curve.
     */
    public Builder privateKey(Path file) {
      oauth.keyPath = Objects.requireNonNull(file, "file");
      oauth.keyText = null;
      oauth.key = null;
      return this;
    }

    /** As {@link #privateKey(Path)}, with the PEM or JWK text itself. */
    public Builder privateKey(String pemOrJwk) {
      oauth.keyText = Objects.requireNonNull(pemOrJwk, "pemOrJwk");
      oauth.keyPath = null;
      oauth.key = null;
      return this;
    }

    /** As {@link #privateKey(Path)}, with a key already loaded (an RSA or EC {@code PrivateKey}). */
    public Builder privateKey(PrivateKey key) {
      oauth.key = Objects.requireNonNull(key, "key");
      oauth.keyPath = null;
      oauth.keyText = null;
      return this;
    }

    /** The key id ({@code kid}) of the service app's public key in Okta; by default a JWK's own {@code kid}. */
    public Builder keyId(String keyId) {
      oauth.keyId = Objects.requireNonNull(keyId, "keyId");
      return this;
    }

    /**
     * The scopes to ask for; by default what the Sessions operations need: {@code okta.sessions.read}
     * ({@code getSession}), {@code okta.sessions.manage} ({@code refreshSession}, {@code endSession}) and
     * {@code okta.users.manage} ({@code revokeUserSessions}). Each must be granted to the service app in Okta. A
     * call whose scope is not asked for is refused before anything is sent.
     */
    public Builder scopes(String... scopes) {
      List<String> list = new ArrayList<>();
      for (String scope : Arrays.asList(scopes)) {
        String trimmed = Objects.requireNonNull(scope, "scope").trim();
        if (trimmed.isEmpty() || trimmed.indexOf(' ') >= 0) {
          throw new IllegalArgumentException("a scope is one word, such as okta.sessions.read");
        }
        list.add(trimmed);
      }
      if (list.isEmpty()) {
        throw new IllegalArgumentException("give at least one scope, or none of this call for the default scopes");
      }
      oauth.scopes = Collections.unmodifiableList(list);
      return this;
    }

    /**
     * Forces DPoP (RFC 9449) on or off. By default the client asks for a Bearer token first and switches to DPoP
     * for good when the token endpoint answers that it requires a proof, as Okta does for API service apps
     * created with DPoP on (the default since 2024).
     */
    public Builder dpop(boolean dpop) {
      oauth.dpop = dpop;
      return this;
    }

    /**
     * The key pair that signs DPoP proofs (RSA, or EC on P-256, P-384 or P-521); by default a P-256 pair is
     * generated for each client. It must not be the service app's own key.
     */
    public Builder dpopKeyPair(KeyPair keyPair) {
      oauth.dpopKeyPair = Objects.requireNonNull(keyPair, "keyPair");
      return this;
    }

    /**
     * The HTTP transport, instead of the default over {@code java.net.http} (on Android, pass
     * {@link io.typedclient.runtime.UrlConnectionTransport#create()}, over {@code HttpURLConnection}). The caller keeps
     * ownership: closing the client does not close it. Cannot be combined with {@link #connectTimeout}, {@link #proxy}
     * or {@link #tls}, nor with a proxy from the system properties or environment: they configure the default
     * transport, so configure the one you pass instead.
     */
    public Builder transport(HttpTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /**
     * The HTTP proxy for every request of this client, instead of {@value #PROXY_HOST_PROPERTY} and the rest, and of
     * the JVM's proxy settings. See {@link ProxyConfig} for its rules (credentials sent to the proxy alone, no-proxy
     * hosts, {@code 407} as a {@link io.typedclient.runtime.ProxyAuthenticationException}).
     */
    public Builder proxy(ProxyConfig proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy");
      return this;
    }

    /** The TLS trust (and client certificate) for every request of this client, instead of the JVM's defaults. */
    public Builder tls(TlsConfig tls) {
      this.tls = Objects.requireNonNull(tls, "tls");
      return this;
    }

    /** Time allowed to open a connection with the default transport; default 10 s. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
      return this;
    }

    /** Time allowed for each attempt, from sending to the end of the response body; default 30 s. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
      return this;
    }

    /** The most retries of one call; default {@value RetryPolicy#DEFAULT_MAX_RETRIES}; 0 turns retries off. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be 0 (no retries) or more: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * How long after a call's first attempt a retry may still start; default 60 s; zero turns retries off. A wait
     * that would end later is not started: the call fails at once with the last error, and a 429's
     * {@link OktaApiException#rateLimit()} says when the window resets.
     */
    public Builder maxElapsedTime(Duration maxElapsedTime) {
      Objects.requireNonNull(maxElapsedTime, "maxElapsedTime");
      if (maxElapsedTime.isNegative()) {
        throw new IllegalArgumentException("maxElapsedTime must be zero (no retries) or positive: " + maxElapsedTime);
      }
      this.maxElapsedTime = maxElapsedTime;
      return this;
    }

    /**
     * The clock and the waits between retries; default {@link Scheduler#system()}. Tests pass a fake to run
     * retries without waiting.
     */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * Adds an observer of every call, after those added before: each call's and each attempt's start and end
     * (retries and the OAuth token requests made on a call's behalf are attempts too), statuses, durations,
     * failure types, and Okta's rate-limit state after every response ({@code AttemptEnd.rateLimit()}: limit,
     * remaining, reset), so that an alert can fire before Okta starts answering 429. Never a session id, token,
     * cookie, query or body: see {@link CallObserver}. {@code typedclient-opentelemetry} provides one.
     */
    public Builder addObserver(CallObserver observer) {
      observers.add(Objects.requireNonNull(observer, "observer"));
      return this;
    }

    /** The jitter source, values in {@code [0, 1)}; tests fix it. */
    Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Where the {@code okta.client.*} system properties and {@code OKTA_CLIENT_*} environment variables are read
     * from, for what the builder is not given; by default {@link System#getProperty} and {@link System#getenv}. A tool
     * with configuration of its own passes its sources, or {@code name -> null} for none.
     */
    public Builder environment(
        Function<String, @Nullable String> systemProperties, Function<String, @Nullable String> environment) {
      this.sources = new ConfigSources(Objects.requireNonNull(systemProperties, "systemProperties"),
          Objects.requireNonNull(environment, "environment"));
      return this;
    }

    /**
     * A client, ready to use and safe to share between threads.
     *
     * @throws IllegalStateException if the org URL or token is not configured anywhere, or both an API token and
     *     an access token were given
     * @throws OktaConfigurationException (an {@code IllegalStateException}) if the OAuth 2.0 settings are
     *     incomplete or unusable (no client id, a private key that is missing or cannot be read), or the proxy's
     *     (a port or password missing), or a proxy is configured next to a transport passed in
     * @throws IllegalArgumentException if the org URL or a timeout is not acceptable
     */
    public SessionApiClient build() {
      return new SessionApiClient(clientConfig());
    }

    /** The configuration {@link #build()} hands to the generated client. */
    ClientConfig clientConfig() {
      URI org = resolveOrgUrl();
      Interceptor auth = AuthSettings.resolve(apiToken, accessToken, oauth, sources, org);
      ClientConfig.Builder config = ClientConfig.builder()
          .baseUrl(org)
          .moshi(new Moshi.Builder().add(SessionLinksJsonAdapter.FACTORY).build())
          .errorMapper(new OktaErrorMapper())
          .scheduler(scheduler)
          // Order matters: the user agent is set once, retries wrap every attempt, and the token is asked for on
          // each attempt, inside the retries.
          .addInterceptor(UserAgentInterceptor.forThisJvm())
          .addInterceptor(new RetryInterceptor(new RetryPolicy(maxRetries, maxElapsedTime, random)))
          .addInterceptor(auth)
          .rateLimitReader(OktaRateLimitReader.INSTANCE);
      for (CallObserver observer : observers) {
        config.addObserver(observer);
      }
      ProxyConfig resolvedProxy = proxy != null ? proxy : ProxySettings.resolve(sources);
      if (transport != null) {
        if (proxy == null && resolvedProxy != null) {
          throw new OktaConfigurationException(PROXY_HOST_PROPERTY + " (or " + PROXY_HOST_VARIABLE + ") configures a "
              + "proxy, but a transport was passed to transport(...), which the proxy settings cannot reach: configure "
              + "the proxy on that transport (its builder's proxy(OktaSessions.proxyFrom(System::getProperty, "
              + "System::getenv))), or unset the setting");
        }
        config.transport(transport);
      }
      if (resolvedProxy != null) {
        config.proxy(resolvedProxy);
      }
      if (tls != null) {
        config.tls(tls);
      }
      if (connectTimeout != null) {
        config.connectTimeout(connectTimeout);
      }
      if (requestTimeout != null) {
        config.requestTimeout(requestTimeout);
      }
      return config.build();
    }

    private URI resolveOrgUrl() {
      if (orgUrl != null) {
        return OrgUrl.check(orgUrl, "orgUrl(...)");
      }
      String fromProperty = ConfigSources.read(sources.properties, ORG_URL_PROPERTY);
      if (fromProperty != null) {
        return OrgUrl.check(fromProperty, "system property " + ORG_URL_PROPERTY);
      }
      String fromEnvironment = ConfigSources.read(sources.environment, ORG_URL_VARIABLE);
      if (fromEnvironment != null) {
        return OrgUrl.check(fromEnvironment, "environment variable " + ORG_URL_VARIABLE);
      }
      throw new IllegalStateException(
          "no Okta org URL configured: call OktaSessions.builder().orgUrl(\"https://dev-123456.okta.com\"), or set "
              + "the system property " + ORG_URL_PROPERTY + " or the environment variable " + ORG_URL_VARIABLE);
    }
  }

  private static final class ThreadLocalRandomSource implements DoubleSupplier {
    @Override
    public double getAsDouble() {
      return ThreadLocalRandom.current().nextDouble();
    }
  }
}
