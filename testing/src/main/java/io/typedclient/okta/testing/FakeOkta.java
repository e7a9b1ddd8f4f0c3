package io.typedclient.okta.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * An Okta org in your process, for tests: the Okta Sessions API on {@code http://127.0.0.1:<free port>} (or https,
 * see {@link Builder#tls}), with
 * the statuses, error codes, headers and JSON shapes of a real org, a clock you control, injectable faults, and
 * a record of every request.
 *
 * <pre>{@code
 * try (FakeOkta okta = FakeOkta.start()) {
 *   FakeUser user = okta.addUser("00u1abcdEFGH", "ada@example.com", "Ada Lovelace");
 *   String sessionToken = okta.issueSessionToken(user);
 *   // point the client under test at okta.orgUrl() with okta.apiToken(), then create a session from sessionToken
 *   okta.faults().next(1).respond(503);
 *   assertThat(okta.takeRequest().header("Authorization")).isEqualTo("SSWS " + okta.apiToken());
 * }
 * }</pre>
 *
 * <h2>Endpoints</h2>
 * <ul>
 *   <li>{@code POST /api/v1/sessions} exchanges a single-use session token: a used or unknown token is 401
 *       {@code E0000004 Authentication failed}; a body that is not JSON is 400 {@code E0000003}; a missing token
 *       400 {@code E0000001}.
 *   <li>{@code GET}, {@code DELETE /api/v1/sessions/{id}}, {@code POST /api/v1/sessions/{id}/lifecycle/refresh}:
 *       an ended or expired session is 404 {@code E0000007}; refresh moves {@code expiresAt} to now plus the
 *       session lifetime; DELETE answers 204.
 *   <li>{@code DELETE /api/v1/users/{id}/sessions} ends all of the user's sessions (204; unknown user 404).
 *   <li>{@code GET}, {@code DELETE /api/v1/sessions/me} and {@code POST /api/v1/sessions/me/lifecycle/refresh}
 *       authenticate by the {@code Cookie: sid=<session id>} only; without a live one they answer 404 {@code
 *       E0000007}, whatever the {@code Authorization} header says.
 *   <li>{@code POST /oauth2/v1/token}, the org authorization server's token endpoint, issues access tokens to
 *       service apps added with {@link #addServiceApp}: client credentials with a {@code private_key_jwt} client
 *       assertion, DPoP with {@code use_dpop_nonce} first, scopes checked against the grant; errors as Okta's
 *       ({@code invalid_client}, {@code invalid_scope}, {@code invalid_dpop_proof}, ...).
 *   <li>The other endpoints need {@code Authorization: SSWS <api token>} or {@code Bearer <access token>}, or a
 *       token from the token endpoint ({@code Bearer}, or {@code DPoP} with a proof) with the operation's scope;
 *       otherwise 401 {@code E0000011} (403 {@code E0000006} for a missing scope), with a
 *       {@code WWW-Authenticate} challenge naming the OAuth error. Unknown paths are 404 {@code E0000007}, wrong methods 405 {@code
 *       E0000022}, and a budget set with {@link Builder#rateLimit} answers 429 {@code E0000047}.
 * </ul>
 * Every answer carries {@code X-Okta-Request-Id} (unique), {@code Date} (from the clock), and {@code
 * X-Rate-Limit-Limit}, {@code -Remaining}, {@code -Reset} (epoch seconds, the end of the current window).
 *
 * <p>Thread-safe. {@link #close()} stops the server and every thread it started.
 */
public final class FakeOkta implements AutoCloseable {
  private final Clock clock;
  private final Credentials credentials;
  private final OktaOrg org;
  private final RateLimiter limiter;
  private final FaultRules faultRules;
  private final Faults faults;
  private final RequestLog log;
  private final LoopbackServer server;
  private final String orgUrl;
  private final OAuthServer oauth;

  private FakeOkta(
      Clock clock, Credentials credentials, OktaOrg org, RateLimiter limiter, FaultRules faultRules,
      RequestLog log, LoopbackServer server, OAuthServer oauth, boolean tls) {
    this.oauth = oauth;
    this.clock = clock;
    this.credentials = credentials;
    this.org = org;
    this.limiter = limiter;
    this.faultRules = faultRules;
    this.faults = new Faults(faultRules);
    this.log = log;
    this.server = server;
    this.orgUrl = (tls ? "https" : "http") + "://127.0.0.1:" + server.port();
  }

  /** Starts a FakeOkta with the defaults of {@link #builder()}. */
  public static FakeOkta start() {
    return builder().start();
  }

  /** A builder for a FakeOkta with its own clock, credentials, rate limits or port. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@code http://127.0.0.1:<port>} ({@code https://} with {@link Builder#tls}), without a trailing slash: the org
   * URL for the client under test.
   */
  public String orgUrl() {
    return orgUrl;
  }

  /** The loopback port the server listens on. */
  public int port() {
    return server.port();
  }

  /** The API token management calls must send as {@code Authorization: SSWS <token>}. */
  public String apiToken() {
    return credentials.apiToken();
  }

  /** The clock sessions, {@code Date} headers and rate-limit windows run on. */
  public Clock clock() {
    return clock;
  }

  /**
   * Adds a user to the org.
   *
   * @throws IllegalArgumentException if the org already has a user with this id
   */
  public FakeUser addUser(String id, String login, String name) {
    requireText(id, "id");
    requireText(login, "login");
    requireText(name, "name");
    return org.addUser(id, login, name);
  }

  /**
   * A new single-use session token for the user, as Okta's Authentication API hands out after a sign-in; {@code
   * POST /api/v1/sessions} redeems it once.
   *
   * @throws IllegalArgumentException if the user was not added to this org
   */
  public String issueSessionToken(FakeUser user) {
    Objects.requireNonNull(user, "user");
    return org.issueSessionToken(user, now());
  }

  /** A session for the user, as if a session token had been exchanged; for tests that only need a session id. */
  public FakeSession createSession(FakeUser user) {
    Objects.requireNonNull(user, "user");
    return org.createSession(user, now());
  }

  /** The session as it stands now; empty once it has ended or expired. */
  public Optional<FakeSession> session(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    return Optional.ofNullable(org.find(sessionId, now()));
  }

  /** The sessions that have neither ended nor expired, oldest first. */
  public List<FakeSession> sessions() {
    return org.activeSessions(now());
  }

  /**
   * Registers an OAuth 2.0 service app whose client assertions verify with {@code publicKey} (RSA, or EC on
   * P-256, P-384 or P-521). It is granted {@link FakeServiceApp#SESSION_SCOPES} and requires DPoP, as Okta's API
   * service apps do by default; change either on the returned app.
   *
   * @throws IllegalArgumentException if an app with this client id exists
   */
  public FakeServiceApp addServiceApp(String clientId, PublicKey publicKey) {
    requireText(clientId, "clientId");
    Objects.requireNonNull(publicKey, "publicKey");
    return oauth.add(clientId, publicKey);
  }

  /** As {@link #addServiceApp(String, PublicKey)}, with the public key as a JWK (JSON text). */
  public FakeServiceApp addServiceApp(String clientId, String publicJwk) {
    requireText(clientId, "clientId");
    try {
      return oauth.add(clientId, Jose.publicKey(Objects.requireNonNull(publicJwk, "publicJwk")));
    } catch (Jose.JoseException e) {
      throw new IllegalArgumentException("publicJwk: " + e.getMessage());
    }
  }

  /** Every access token issued so far (since start or {@link #reset()}), oldest first: for secret audits. */
  public List<String> issuedAccessTokens() {
    return oauth.issuedTokens();
  }

  /** How many requests reached the token endpoint, whatever their outcome. */
  public int tokenRequestCount() {
    return oauth.tokenRequests();
  }

  /** Invalidates every access token issued so far: API calls with one answer 401 {@code invalid_token}. */
  public void revokeAccessTokens() {
    oauth.revokeTokens();
  }

  /**
   * Moves to a new DPoP nonce at once (nonces also rotate on the clock, see {@link Builder#dpopNonceLifetime}):
   * the next token request with the old one is answered {@code use_dpop_nonce} with the new one.
   */
  public void rotateDpopNonce() {
    oauth.rotateNonce();
  }

  /** The DPoP nonce the token endpoint wants now. */
  public String currentDpopNonce() {
    return oauth.currentNonce(now());
  }

  /** Arms faults: {@code okta.faults().next(2).respond(503)}. */
  public Faults faults() {
    return faults;
  }

  /**
   * The oldest received request not taken yet. A request is recorded before it is answered, so once a
   * (synchronous) call has returned, its request is here.
   *
   * @throws NoSuchElementException if every received request has been taken
   */
  public RecordedRequest takeRequest() {
    RecordedRequest request = log.take();
    if (request == null) {
      throw new NoSuchElementException("no request left to take: FakeOkta received " + log.count() + " in all");
    }
    return request;
  }

  /**
   * The received requests in arrival order, taken or not (the last {@value RequestLog#CAPACITY} at most; see
   * {@link #requestCount()} for the total).
   */
  public List<RecordedRequest> requests() {
    return log.all();
  }

  /** How many requests arrived since the start or the last {@link #reset()}. */
  public int requestCount() {
    return log.count();
  }

  /**
   * How many connections are open right now: accepted and closed by neither side. A client that pools
   * connections keeps some open between calls; once it lets them go, this falls back to 0 as soon as the server
   * reads the end of each. For leak checks: compare it with the client's concurrency while it runs, and with 0
   * after it is closed.
   */
  public int openConnections() {
    return server.openConnections();
  }

  /**
   * How many connections this server has accepted since it started ({@link #reset()} does not change it),
   * including those closed at once because 64 were already open. 0 proves
   * that no client ever reached it, not even without sending a request: for example when it stands for another
   * host a redirect points to.
   */
  public int acceptedConnections() {
    return server.acceptedConnections();
  }

  /**
   * Forgets users, session tokens, sessions, service apps and the access tokens issued to them, recorded requests
   * and the spent rate-limit budget, and disarms every fault; the server, its port, tokens and clock stay.
   */
  public void reset() {
    faultRules.clear();
    oauth.reset();
    org.reset();
    limiter.reset();
    log.clear();
  }

  /** Stops the server: closes every connection and ends every thread it started. Idempotent. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "FakeOkta[" + orgUrl + "]";
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** Configures and starts a {@link FakeOkta}. A builder can start any number of servers. */
  public static final class Builder {
    private String apiToken;
    private final Set<String> accessTokens = new LinkedHashSet<>();
    private Clock clock = Clock.systemUTC();
    private Duration sessionLifetime = Duration.ofHours(2);
    private int rateLimit;
    private long rateWindowSeconds;
    private Duration dpopNonceLifetime = Duration.ofHours(24);
    private SSLContext tls;

    private Builder() {}

    /** The API token for {@code SSWS}; by default a random one, see {@link FakeOkta#apiToken()}. */
    public Builder apiToken(String apiToken) {
      this.apiToken = requireToken(apiToken, "apiToken");
      return this;
    }

    /** Also accepts {@code Authorization: Bearer <accessToken>}; call again to accept several. */
    public Builder accessToken(String accessToken) {
      accessTokens.add(requireToken(accessToken, "accessToken"));
      return this;
    }

    /** The clock for sessions, {@code Date} headers and rate-limit windows; by default the system clock (UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How long a session lives after it is created or refreshed; by default two hours. */
    public Builder sessionLifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime");
      if (lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("sessionLifetime must be positive: " + lifetime);
      }
      this.sessionLifetime = lifetime;
      return this;
    }

    /**
     * Allows {@code limit} requests per {@code window} (whole seconds; windows are aligned to the epoch, as
     * Okta's per-minute windows are) and answers 429 {@code E0000047} beyond. Every request that reaches the org
     * counts, whatever its endpoint or outcome. Without this call nothing is limited and every answer reports a
     * full budget of {@value RateLimiter#NOMINAL_LIMIT} per minute.
     */
    public Builder rateLimit(int limit, Duration window) {
      Objects.requireNonNull(window, "window");
      if (limit < 1) {
        throw new IllegalArgumentException("rate limit must be at least 1: " + limit);
      }
      if (window.getSeconds() < 1 || window.getNano() != 0) {
        throw new IllegalArgumentException("rate-limit window must be a whole number of seconds: " + window);
      }
      this.rateLimit = limit;
      this.rateWindowSeconds = window.getSeconds();
      return this;
    }

    /**
     * How long a DPoP nonce of the token endpoint stays current (default 24 hours); nonces change at each multiple
     * of it on the clock, and the one before is still accepted.
     */
    public Builder dpopNonceLifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime");
      if (lifetime.getSeconds() < 1) {
        throw new IllegalArgumentException("a DPoP nonce lives at least a second: " + lifetime);
      }
      this.dpopNonceLifetime = lifetime;
      return this;
    }

    /**
     * Serves https instead of http, with the certificate (and trust, for servers that ask clients for theirs) of
     * {@code tls}: for testing a client's TLS trust, and its proxy tunnels, which only https uses. Give it a
     * certificate for {@code 127.0.0.1} (what {@link FakeOkta#orgUrl()} names) and for any host name the test
     * reaches it by, such as a name only a test proxy resolves. The org URL becomes
     * {@code https://127.0.0.1:<port>}; answers are the same as over http.
     */
    public Builder tls(SSLContext tls) {
      this.tls = Objects.requireNonNull(tls, "tls");
      return this;
    }

    /**
     * Binds 127.0.0.1 on a free port and starts serving.
     *
     * @throws UncheckedIOException if no port can be bound
     */
    public FakeOkta start() {
      Ids ids = new Ids();
      String token = apiToken != null ? apiToken : ids.sessionToken();
      Credentials credentials = new Credentials(token, accessTokens);
      OktaOrg org = new OktaOrg(ids, sessionLifetime);
      RateLimiter limiter = rateLimit > 0 ? RateLimiter.enforcing(rateLimit, rateWindowSeconds) : RateLimiter.unlimited();
      FaultRules faultRules = new FaultRules();
      RequestLog log = new RequestLog();
      LoopbackServer server;
      try {
        server = LoopbackServer.bind(0, tls);
      } catch (IOException e) {
        throw new UncheckedIOException("FakeOkta could not bind a port on 127.0.0.1", e);
      }
      try {
        OAuthServer oauth = new OAuthServer(dpopNonceLifetime);
        FakeOkta okta = new FakeOkta(clock, credentials, org, limiter, faultRules, log, server, oauth, tls != null);
        SessionEndpoints api = new SessionEndpoints(org, limiter, credentials, ids, okta.orgUrl(), ids.orgId(),
            new OAuthGate(oauth, okta.orgUrl()));
        server.start(new Dispatcher(clock, ids, api, log, faultRules));
        return okta;
      } catch (RuntimeException | Error e) {
        server.close();
        throw e;
      }
    }

    private static String requireToken(String token, String name) {
      requireText(token, name);
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (c <= ' ' || c >= 0x7f) {
          throw new IllegalArgumentException(name + " must be printable ASCII without spaces");
        }
      }
      return token;
    }
  }
}
