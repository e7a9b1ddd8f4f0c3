package io.typedclient.okta.testing;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okio.Buffer;

/**
 * The org authorization server's token endpoint and the check of OAuth 2.0 access tokens on API calls, as Okta
 * behaves: client credentials with a {@code private_key_jwt} client assertion (signature by the app's registered
 * key, {@code iss = sub = client id}, {@code aud} the token endpoint exactly, {@code exp} at most an hour after
 * {@code iat}, {@code jti} never reused), scopes checked against the grant, DPoP proofs (RFC 9449: signature by
 * the embedded {@code jwk}, {@code htm}, {@code htu}, {@code iat} freshness, {@code jti} replay, the server's
 * {@code nonce}, {@code ath} on API calls) with {@code use_dpop_nonce} first, nonces rotating on the clock, and
 * tokens bound to the proof key ({@code cnf.jkt}) that expire on the clock. One lock guards the state.
 */
final class OAuthServer {
  static final String TOKEN_PATH = "/oauth2/v1/token";
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  static final Duration MAX_ASSERTION_LIFETIME = Duration.ofHours(1);
  static final Duration PROOF_MAX_AGE = Duration.ofSeconds(60);
  static final Duration CLOCK_SKEW = Duration.ofSeconds(10);
  static final String ALGS = "RS256 RS384 RS512 ES256 ES384 ES512";

  /** An access token the server issued. */
  static final class Issued {
    final FakeServiceApp app;
    final Set<String> scopes;
    final Instant expiresAt;
    /** The RFC 7638 thumbprint of the DPoP key the token is bound to; null for a Bearer token. */
    final String jkt;

    Issued(FakeServiceApp app, Set<String> scopes, Instant expiresAt, String jkt) {
      this.app = app;
      this.scopes = scopes;
      this.expiresAt = expiresAt;
      this.jkt = jkt;
    }
  }

  /** Why an API call's OAuth credentials were refused: status, WWW-Authenticate error and description. */
  static final class Refusal {
    final int status;
    final String scheme;
    final String error;
    final String description;

    Refusal(int status, String scheme, String error, String description) {
      this.status = status;
      this.scheme = scheme;
      this.error = error;
      this.description = description;
    }
  }

  private final Object lock = new Object();
  private final Map<String, FakeServiceApp> apps = new LinkedHashMap<>();
  private final Map<String, Issued> tokens = new HashMap<>();
  private final Map<String, Instant> usedAssertionIds = new HashMap<>();
  private final Map<String, Instant> usedProofIds = new HashMap<>();
  private final List<String> issuedValues = new ArrayList<>();
  private final SecureRandom random = new SecureRandom();
  private final String nonceSecret;
  private final Duration nonceLifetime;
  private long nonceShift;
  private int tokenRequests;

  OAuthServer(Duration nonceLifetime) {
    this.nonceLifetime = nonceLifetime;
    byte[] secret = new byte[16];
    random.nextBytes(secret);
    this.nonceSecret = Jose.encode(secret);
  }

  FakeServiceApp add(String clientId, PublicKey key) {
    FakeServiceApp app = new FakeServiceApp(clientId, key);
    synchronized (lock) {
      if (apps.containsKey(clientId)) {
        throw new IllegalArgumentException("a service app with client id " + clientId + " already exists");
      }
      apps.put(clientId, app);
    }
    return app;
  }

  void revokeTokens() {
    synchronized (lock) {
      tokens.clear();
    }
  }

  void rotateNonce() {
    synchronized (lock) {
      nonceShift += 2;
    }
  }

  List<String> issuedTokens() {
    synchronized (lock) {
      return List.copyOf(issuedValues);
    }
  }

  int tokenRequests() {
    synchronized (lock) {
      return tokenRequests;
    }
  }

  void reset() {
    synchronized (lock) {
      apps.clear();
      tokens.clear();
      usedAssertionIds.clear();
      usedProofIds.clear();
      issuedValues.clear();
      tokenRequests = 0;
    }
  }

  /** The nonce the server wants now. */
  String currentNonce(Instant now) {
    synchronized (lock) {
      return nonce(window(now));
    }
  }

  private long window(Instant now) {
    return now.getEpochSecond() / nonceLifetime.getSeconds() + nonceShift;
  }

  private String nonce(long window) {
    return Jose.encode(Jose.sha256((nonceSecret + ":" + window).getBytes(StandardCharsets.UTF_8))).substring(0, 32);
  }

  // The token endpoint.

  /** The answer to {@code POST /oauth2/v1/token}: status, body and extra headers (a {@code DPoP-Nonce}). */
  static final class TokenAnswer {
    final int status;
    final byte[] body;
    final String nonce;

    TokenAnswer(int status, byte[] body, String nonce) {
      this.status = status;
      this.body = body;
      this.nonce = nonce;
    }
  }

  TokenAnswer token(IncomingRequest request, String origin, Instant now) {
    synchronized (lock) {
      tokenRequests++;
      purge(now);
      String contentType = request.header("Content-Type");
      if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
        return error("invalid_request", "The request must be application/x-www-form-urlencoded.");
      }
      Map<String, String> form = form(request.body);
      if (form == null) {
        return error("invalid_request", "The request body is not well-formed form data.");
      }
      if (!"client_credentials".equals(form.get("grant_type"))) {
        return error("unsupported_grant_type", "The grant_type must be client_credentials for a service app.");
      }
      if (!ASSERTION_TYPE.equals(form.get("client_assertion_type")) || form.get("client_assertion") == null) {
        return error(401, "invalid_client", "Client authentication failed: a client_assertion of type jwt-bearer is required.");
      }
      String tokenUrl = origin + TOKEN_PATH;
      Object assertion = checkAssertion(form.get("client_assertion"), tokenUrl, now);
      if (assertion instanceof TokenAnswer) {
        return (TokenAnswer) assertion;
      }
      FakeServiceApp app = (FakeServiceApp) assertion;
      String scope = form.get("scope");
      if (scope == null || scope.isBlank()) {
        return error("invalid_scope", "The authorization server requires a scope for a service app.");
      }
      Set<String> requested = new java.util.LinkedHashSet<>(List.of(scope.trim().split(" +")));
      List<String> refused = new ArrayList<>();
      for (String s : requested) {
        if (!app.scopes().contains(s)) {
          refused.add(s);
        }
      }
      if (!refused.isEmpty()) {
        return error("invalid_scope", "The following scopes are not allowed: " + refused);
      }
      List<String> proofs = request.headerValues("DPoP");
      String jkt = null;
      if (proofs.isEmpty()) {
        if (app.dpopRequired()) {
          return error("invalid_dpop_proof", "The DPoP proof JWT header is missing.");
        }
      } else {
        Object checked = checkProof(proofs, "POST", tokenUrl, null, now, true);
        if (checked instanceof Refusal) {
          Refusal refusal = (Refusal) checked;
          TokenAnswer answer = error(refusal.error, refusal.description);
          return refusal.error.equals("use_dpop_nonce") ? new TokenAnswer(400, answer.body, nonce(window(now))) : answer;
        }
        jkt = (String) checked;
      }
      byte[] value = new byte[32];
      random.nextBytes(value);
      String token = "fake." + Jose.encode(value);
      Duration lifetime = app.tokenLifetime();
      tokens.put(token, new Issued(app, Set.copyOf(requested), now.plus(lifetime), jkt));
      issuedValues.add(token);
      return new TokenAnswer(200, tokenBody(token, jkt != null, lifetime, String.join(" ", requested)), null);
    }
  }

  /** The app the assertion authenticates, or the error answer. */
  private Object checkAssertion(String compact, String tokenUrl, Instant now) {
    Jose.Jws jws;
    try {
      jws = Jose.parse(compact);
    } catch (Jose.JoseException e) {
      return error(401, "invalid_client", "The client_assertion is not a valid JWT: " + e.getMessage() + ".");
    }
    String iss = jws.claimString("iss");
    FakeServiceApp app = iss == null ? null : apps.get(iss);
    if (app == null) {
      return error(401, "invalid_client", "The 'iss' claim of the client_assertion names no registered client.");
    }
    if (!iss.equals(jws.claimString("sub"))) {
      return error(401, "invalid_client", "The 'sub' claim of the client_assertion must equal its 'iss', the client id.");
    }
    String alg = jws.headerString("alg");
    if (app.keyId() != null && !app.keyId().equals(jws.headerString("kid"))) {
      return error(401, "invalid_client", "The 'kid' of the client_assertion does not name the client's key.");
    }
    if (alg == null || !Jose.verify(jws, alg, app.publicKey())) {
      return error(401, "invalid_client", "The client_assertion signature is invalid.");
    }
    if (!tokenUrl.equals(jws.claimString("aud"))) {
      return error(401, "invalid_client", "The audience [aud] claim in the client_assertion is invalid.");
    }
    Long iat = jws.claimSeconds("iat");
    Long exp = jws.claimSeconds("exp");
    if (exp == null) {
      return error(401, "invalid_client", "The client_assertion has no 'exp' claim.");
    }
    if (exp <= now.getEpochSecond()) {
      return error(401, "invalid_client", "The client_assertion token is expired.");
    }
    long issued = iat != null ? iat : now.getEpochSecond();
    if (iat != null && iat > now.plus(CLOCK_SKEW).getEpochSecond()) {
      return error(401, "invalid_client", "The client_assertion 'iat' claim is in the future.");
    }
    if (exp - issued > MAX_ASSERTION_LIFETIME.getSeconds() || exp - now.getEpochSecond() > MAX_ASSERTION_LIFETIME.getSeconds()) {
      return error(401, "invalid_client", "The client_assertion token has an expiration too far into the future.");
    }
    String jti = jws.claimString("jti");
    if (jti == null || jti.isEmpty()) {
      return error(401, "invalid_client", "The client_assertion has no 'jti' claim.");
    }
    if (usedAssertionIds.containsKey(jti)) {
      return error(401, "invalid_client", "The client_assertion 'jti' claim has already been used.");
    }
    usedAssertionIds.put(jti, Instant.ofEpochSecond(exp));
    return app;
  }

  /**
   * Checks a DPoP proof; returns the thumbprint of its key, or a {@link Refusal} ({@code use_dpop_nonce} when only
   * the nonce is missing or stale and {@code nonceRequired}).
   */
  private Object checkProof(List<String> headers, String method, String url, String accessToken, Instant now,
      boolean nonceRequired) {
    if (headers.size() != 1) {
      return invalidProof("Exactly one DPoP proof JWT header is allowed.");
    }
    Jose.Jws jws;
    try {
      jws = Jose.parse(headers.get(0));
    } catch (Jose.JoseException e) {
      return invalidProof("The DPoP proof JWT is malformed: " + e.getMessage() + ".");
    }
    if (!"dpop+jwt".equals(jws.headerString("typ"))) {
      return invalidProof("'typ' header in the DPoP proof JWT is invalid.");
    }
    Object jwk = jws.header.get("jwk");
    if (!(jwk instanceof Map)) {
      return invalidProof("'jwk' header in the DPoP proof JWT is missing.");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> jwkMap = (Map<String, Object>) jwk;
    if (jwkMap.containsKey("d") || jwkMap.containsKey("p")) {
      return invalidProof("'jwk' header in the DPoP proof JWT holds a private key.");
    }
    PublicKey key;
    try {
      key = Jose.publicKey(jwkMap);
    } catch (Jose.JoseException e) {
      return invalidProof("'jwk' header in the DPoP proof JWT is invalid.");
    }
    String alg = jws.headerString("alg");
    if (alg == null || !ALGS.contains(alg) || !Jose.verify(jws, alg, key)) {
      return invalidProof("The DPoP proof JWT signature is invalid.");
    }
    if (!method.equals(jws.claimString("htm"))) {
      return invalidProof("'htm' claim in the DPoP proof JWT is invalid.");
    }
    String htu = jws.claimString("htu");
    if (htu == null || !Htu.normalize(htu).equals(Htu.normalize(url))) {
      return invalidProof("'htu' claim in the DPoP proof JWT is invalid.");
    }
    Long iat = jws.claimSeconds("iat");
    if (iat == null || iat < now.minus(PROOF_MAX_AGE).getEpochSecond() || iat > now.plus(CLOCK_SKEW).getEpochSecond()) {
      return invalidProof("'iat' claim in the DPoP proof JWT is invalid.");
    }
    String jti = jws.claimString("jti");
    if (jti == null || jti.isEmpty()) {
      return invalidProof("'jti' claim in the DPoP proof JWT is missing.");
    }
    if (usedProofIds.containsKey(jti)) {
      return invalidProof("'jti' claim in the DPoP proof JWT has already been used.");
    }
    if (accessToken != null) {
      String expected = Jose.encode(Jose.sha256(accessToken.getBytes(StandardCharsets.US_ASCII)));
      if (!expected.equals(jws.claimString("ath"))) {
        return invalidProof("'ath' claim in the DPoP proof JWT is invalid.");
      }
    }
    if (nonceRequired) {
      String nonce = jws.claimString("nonce");
      long window = window(now);
      if (nonce == null || !(nonce.equals(nonce(window)) || nonce.equals(nonce(window - 1)))) {
        return new Refusal(400, "DPoP", "use_dpop_nonce", "Authorization server requires nonce in DPoP proof.");
      }
    }
    usedProofIds.put(jti, now.plus(PROOF_MAX_AGE).plus(CLOCK_SKEW));
    return Jose.thumbprint(key);
  }

  private static Refusal invalidProof(String description) {
    return new Refusal(400, "DPoP", "invalid_dpop_proof", description);
  }

  // API calls.

  /**
   * Checks {@code Authorization: Bearer|DPoP <token>} of an API call against the issued tokens; null when the
   * call may proceed, otherwise why not. {@code scope} is what the operation needs (null: any token is refused).
   */
  Refusal authorize(IncomingRequest request, String scheme, String token, String url, String scope, Instant now) {
    synchronized (lock) {
      purge(now);
      Issued issued = tokens.get(token);
      boolean dpopScheme = scheme.equalsIgnoreCase("DPoP");
      String challenge = issued != null && issued.jkt != null || dpopScheme ? "DPoP" : "Bearer";
      if (issued == null) {
        return new Refusal(401, challenge, "invalid_token", "The access token is invalid.");
      }
      if (!now.isBefore(issued.expiresAt)) {
        tokens.remove(token);
        return new Refusal(401, challenge, "invalid_token", "The token has expired.");
      }
      if (issued.jkt != null && !dpopScheme) {
        return new Refusal(401, "DPoP", "invalid_token", "The access token is DPoP-bound: use the DPoP scheme with a proof.");
      }
      if (issued.jkt == null && dpopScheme) {
        return new Refusal(401, "Bearer", "invalid_token", "The access token is not DPoP-bound.");
      }
      if (issued.jkt != null) {
        Object checked = checkProof(request.headerValues("DPoP"), request.method, url, token, now, false);
        if (checked instanceof Refusal) {
          Refusal refusal = (Refusal) checked;
          return new Refusal(401, "DPoP", refusal.error, refusal.description);
        }
        if (!issued.jkt.equals(checked)) {
          return new Refusal(401, "DPoP", "invalid_dpop_proof", "'jwk' header in the DPoP proof JWT does not match the access token's key.");
        }
      }
      if (scope == null || !issued.scopes.contains(scope)) {
        return new Refusal(403, challenge, "insufficient_scope",
            "The access token provided does not contain the required scopes.");
      }
      return null;
    }
  }

  /** The {@code WWW-Authenticate} value of a refusal, in Okta's shape. */
  static String challenge(Refusal refusal, String origin, String scope, String path) {
    StringBuilder value = new StringBuilder(refusal.scheme);
    if (refusal.scheme.equals("DPoP")) {
      value.append(" algs=\"").append(ALGS).append("\",");
    }
    value.append(" authorization_uri=\"").append(origin).append("/oauth2/v1/authorize\", realm=\"").append(origin)
        .append('"');
    if (scope != null) {
      value.append(", scope=\"").append(scope).append('"');
    }
    value.append(", error=\"").append(refusal.error).append("\", error_description=\"")
        .append(refusal.description.replace("\"", "'")).append("\", resource=\"").append(path).append('"');
    return value.toString();
  }

  private void purge(Instant now) {
    for (Iterator<Instant> it = usedProofIds.values().iterator(); it.hasNext(); ) {
      if (it.next().isBefore(now)) {
        it.remove();
      }
    }
    for (Iterator<Instant> it = usedAssertionIds.values().iterator(); it.hasNext(); ) {
      if (it.next().isBefore(now)) {
        it.remove();
      }
    }
  }

  static TokenAnswer error(String error, String description) {
    return error(400, error, description);
  }

  static TokenAnswer error(int status, String error, String description) {
    return new TokenAnswer(status, errorBody(error, description), null);
  }

  static byte[] errorBody(String error, String description) {
    Buffer buffer = new Buffer();
    try (JsonWriter json = JsonWriter.of(buffer)) {
      json.beginObject().name("error").value(error).name("error_description").value(description).endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  private static byte[] tokenBody(String token, boolean dpop, Duration lifetime, String scope) {
    Buffer buffer = new Buffer();
    try (JsonWriter json = JsonWriter.of(buffer)) {
      json.beginObject()
          .name("token_type").value(dpop ? "DPoP" : "Bearer")
          .name("expires_in").value(lifetime.getSeconds())
          .name("access_token").value(token)
          .name("scope").value(scope)
          .endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  /** Form data, or null when it is not well-formed; a repeated name is not well-formed (RFC 6749, section 3.2). */
  static Map<String, String> form(byte[] body) {
    Map<String, String> form = new HashMap<>();
    String text = new String(body, StandardCharsets.US_ASCII);
    if (text.isEmpty()) {
      return form;
    }
    for (String pair : text.split("&", -1)) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        return null;
      }
      try {
        String name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
        String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        if (form.put(name, value) != null) {
          return null;
        }
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return form;
  }
}
