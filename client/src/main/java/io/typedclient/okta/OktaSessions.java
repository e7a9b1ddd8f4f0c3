package io.typedclient.okta;

import com.squareup.moshi.Moshi;
import io.typedclient.runtime.ClientConfig;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.Interceptor;
import io.typedclient.runtime.Scheduler;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
 * <p><b>Retries</b> are on by default: up to {@value RetryPolicy#DEFAULT_MAX_RETRIES} retries within 60 seconds of
 * the first attempt. A 429 waits until Okta's rate-limit window resets (by the server's clock); 503, 504 and
 * connection failures are retried only for GET and DELETE, never for a POST such as {@code createSession}. These
 * are the runtime's {@link io.typedclient.runtime.StandardRetryPolicy} rules, narrowed to Okta's answers. See
 * {@link Builder#maxRetries} and {@link Builder#maxElapsedTime}.
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

  private OktaSessions() {}

  /** A builder; anything it is not given comes from system properties, then environment variables. */
  public static Builder builder() {
    return new Builder();
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
    // Classes rather than lambdas, here and for the tokens: each lambda spins its own classes at first use, which
    // every client's cold start would pay for (benchmarks/FINDINGS.md, change 8).
    private DoubleSupplier random = new ThreadLocalRandomSource();
    private Function<String, @Nullable String> systemProperties = new SystemPropertySource();
    private Function<String, @Nullable String> environment = new EnvironmentSource();
    private final ServiceAppConfig oauth = new ServiceAppConfig();

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
      checkNoScheme(apiToken, "apiToken");
      this.apiToken = new FixedToken(apiToken);
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
     * {@link io.typedclient.runtime.UrlConnectionTransport#create()}, over {@code HttpURLConnection}). The caller keeps ownership: closing the client does not close it. Cannot be
     * combined with {@link #connectTimeout}, which configures the default transport.
     */
    public Builder transport(HttpTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
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

    /** The jitter source, values in {@code [0, 1)}; tests fix it. */
    Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** Where system properties and environment variables are read from; tests replace both. */
    Builder environment(Function<String, @Nullable String> systemProperties, Function<String, @Nullable String> environment) {
      this.systemProperties = Objects.requireNonNull(systemProperties, "systemProperties");
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * A client, ready to use and safe to share between threads.
     *
     * @throws IllegalStateException if the org URL or token is not configured anywhere, or both an API token and
     *     an access token were given
     * @throws OktaConfigurationException (an {@code IllegalStateException}) if the OAuth 2.0 settings are
     *     incomplete or unusable: no client id, a private key that is missing or cannot be read
     * @throws IllegalArgumentException if the org URL or a timeout is not acceptable
     */
    public SessionApiClient build() {
      return new SessionApiClient(clientConfig());
    }

    /** The configuration {@link #build()} hands to the generated client. */
    ClientConfig clientConfig() {
      URI org = resolveOrgUrl();
      Interceptor auth = resolveAuth(org);
      ClientConfig.Builder config = ClientConfig.builder()
          .baseUrl(org)
          .moshi(new Moshi.Builder().add(SessionLinksJsonAdapter.FACTORY).build())
          .errorMapper(new OktaErrorMapper())
          .scheduler(scheduler)
          // Order matters: the user agent is set once, retries wrap every attempt, and the token is asked for on
          // each attempt, inside the retries.
          .addInterceptor(UserAgentInterceptor.forThisJvm())
          .addInterceptor(new RetryInterceptor(new RetryPolicy(maxRetries, maxElapsedTime, random)))
          .addInterceptor(auth);
      if (transport != null) {
        config.transport(transport);
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
      String fromProperty = read(systemProperties, ORG_URL_PROPERTY);
      if (fromProperty != null) {
        return OrgUrl.check(fromProperty, "system property " + ORG_URL_PROPERTY);
      }
      String fromEnvironment = read(environment, ORG_URL_VARIABLE);
      if (fromEnvironment != null) {
        return OrgUrl.check(fromEnvironment, "environment variable " + ORG_URL_VARIABLE);
      }
      throw new IllegalStateException(
          "no Okta org URL configured: call OktaSessions.builder().orgUrl(\"https://dev-123456.okta.com\"), or set "
              + "the system property " + ORG_URL_PROPERTY + " or the environment variable " + ORG_URL_VARIABLE);
    }

    private Interceptor resolveAuth(URI org) {
      if (apiToken != null && accessToken != null) {
        throw new IllegalStateException("both apiToken(...) and accessToken(...) were given; use one");
      }
      if (oauth.isGiven()) {
        if (apiToken != null || accessToken != null) {
          throw new IllegalStateException("OAuth 2.0 service app settings (clientId, privateKey, ...) and "
              + (apiToken != null ? "apiToken(...)" : "accessToken(...)") + " were both given; use one");
        }
        return new OAuthInterceptor(oauth.resolve(org, systemProperties, environment));
      }
      if (apiToken == null && accessToken == null) {
        String mode = read(systemProperties, AUTHORIZATION_MODE_PROPERTY);
        String modeSource = "system property " + AUTHORIZATION_MODE_PROPERTY;
        if (mode == null) {
          mode = read(environment, AUTHORIZATION_MODE_VARIABLE);
          modeSource = "environment variable " + AUTHORIZATION_MODE_VARIABLE;
        }
        if (mode != null && mode.toLowerCase(Locale.ROOT).equals("privatekey")) {
          return new OAuthInterceptor(oauth.resolve(org, systemProperties, environment));
        }
        if (mode != null && !mode.equalsIgnoreCase("SSWS")) {
          throw new OktaConfigurationException("the " + modeSource + " is \"" + mode + "\"; this client supports "
              + "SSWS (an API token) and PrivateKey (an OAuth 2.0 service app with a private key)");
        }
        if (mode == null && read(systemProperties, TOKEN_PROPERTY) == null && read(environment, TOKEN_VARIABLE) == null
            && ServiceAppConfig.clientIdConfigured(systemProperties, environment)) {
          throw new OktaConfigurationException("an OAuth 2.0 client id is configured but " + AUTHORIZATION_MODE_PROPERTY
              + " (or " + AUTHORIZATION_MODE_VARIABLE + ") is not PrivateKey; set it to PrivateKey to use the "
              + "service app, as Okta's SDKs require");
        }
      }
      if (apiToken != null) {
        return AuthInterceptor.apiToken(apiToken);
      }
      if (accessToken != null) {
        return AuthInterceptor.accessToken(accessToken);
      }
      String fromProperty = read(systemProperties, TOKEN_PROPERTY);
      if (fromProperty != null) {
        checkNoScheme(fromProperty, "system property " + TOKEN_PROPERTY);
        return AuthInterceptor.apiToken(new FixedToken(fromProperty));
      }
      String fromEnvironment = read(environment, TOKEN_VARIABLE);
      if (fromEnvironment != null) {
        checkNoScheme(fromEnvironment, "environment variable " + TOKEN_VARIABLE);
        return AuthInterceptor.apiToken(new FixedToken(fromEnvironment));
      }
      throw new IllegalStateException(
          "no Okta API token configured: call OktaSessions.builder().apiToken(...) or .accessToken(...), or set the "
              + "system property " + TOKEN_PROPERTY + " or the environment variable " + TOKEN_VARIABLE
              + "; or, for an OAuth 2.0 service app, call clientId(...) and privateKey(...), or set "
              + AUTHORIZATION_MODE_PROPERTY + "=PrivateKey with " + CLIENT_ID_PROPERTY + " and " + PRIVATE_KEY_PROPERTY);
    }

    /** A set, non-blank value, trimmed; {@code null} otherwise (an empty variable counts as unset). */
    private static @Nullable String read(Function<String, @Nullable String> source, String name) {
      String value;
      try {
        value = source.apply(name);
      } catch (SecurityException e) {
        return null;
      }
      return value == null || value.trim().isEmpty() ? null : value.trim();
    }

    /** Refuses a token pasted with its scheme, which would be sent as {@code SSWS SSWS ...}; never prints it. */
    private static void checkNoScheme(String token, String source) {
      String t = token.trim();
      if (AuthInterceptor.startsWithScheme(t)) {
        throw new IllegalArgumentException(
            "the token from " + source + " starts with its scheme (\"SSWS \" or \"Bearer \"); pass the token alone");
      }
      if (t.isEmpty()) {
        throw new IllegalArgumentException("the token from " + source + " is blank");
      }
    }
  }

  private static final class ThreadLocalRandomSource implements DoubleSupplier {
    @Override
    public double getAsDouble() {
      return ThreadLocalRandom.current().nextDouble();
    }
  }

  private static final class SystemPropertySource implements Function<String, @Nullable String> {
    @Override
    public @Nullable String apply(String name) {
      return System.getProperty(name);
    }
  }

  private static final class EnvironmentSource implements Function<String, @Nullable String> {
    @Override
    public @Nullable String apply(String name) {
      return System.getenv(name);
    }
  }

  private static final class FixedToken implements Supplier<String> {
    private final String token;

    FixedToken(String token) {
      this.token = token;
    }

    @Override
    public String get() {
      return token;
    }
  }
}
