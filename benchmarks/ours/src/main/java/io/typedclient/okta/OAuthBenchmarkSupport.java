package io.typedclient.okta;

import io.typedclient.runtime.HttpHeaders;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * The client's OAuth 2.0 pieces as the interceptor uses them, for {@code OAuthBenchmark}: a service app with a
 * given client key and DPoP key, one token request's client-side work (assertion, proof, form body; then reading
 * the answer), and one API call's DPoP proof. Lives in the client's package (benchmark code on the classpath, not
 * part of the client) because these classes are package-private.
 */
public final class OAuthBenchmarkSupport {
  private static final byte[] TOKEN_RESPONSE = ("{\"token_type\":\"DPoP\",\"expires_in\":3600,"
      + "\"access_token\":\"eyJraWQiOiJiZW5jaCIsImFsZyI6IlJTMjU2In0.eyJ2ZXIiOjEsImp0aSI6IkFULmJlbmNoIiwiaXNzIjoiaHR0cHM6"
      + "Ly9kZXYtMTIzNDU2Lm9rdGEuY29tIiwiYXVkIjoiaHR0cHM6Ly9kZXYtMTIzNDU2Lm9rdGEuY29tIn0.c2lnbmF0dXJlLWJlbmNo\","
      + "\"scope\":\"okta.sessions.read okta.sessions.manage okta.users.manage\"}").getBytes(StandardCharsets.UTF_8);
  private static final HttpHeaders HEADERS = HttpHeaders.of("Content-Type", "application/json");

  private final ServiceApp app;
  private final TokenEndpoint endpoint;
  private final HttpRequest call;
  private final AccessToken token;

  /** A service app signing assertions with {@code clientKey} and proofs with {@code dpopKey}, DPoP on. */
  public OAuthBenchmarkSupport(KeyPair clientKey, KeyPair dpopKey) {
    PrivateKeys.Parsed client = PrivateKeys.check(clientKey.getPrivate(), null, null, "benchmark");
    PrivateKeys.Parsed dpop = PrivateKeys.check(dpopKey.getPrivate(), null, null, "benchmark");
    URI org = URI.create("https://dev-123456.okta.com");
    this.app = new ServiceApp(org, "0oa1benchmark", new JwsSigner(client.key, client.algorithm), "kid-1",
        OktaOperations.DEFAULT_SCOPES, DpopMode.ON, new JwsSigner(dpop.key, dpop.algorithm),
        Jwks.publicJwk(dpopKey.getPublic()), new SecureRandom());
    this.endpoint = new TokenEndpoint(app);
    this.call = HttpRequest.builder("GET", URI.create("https://dev-123456.okta.com/api/v1/sessions/102abcdef"))
        .header("User-Agent", "benchmark").build();
    this.token = (AccessToken) tokenRequest(Instant.parse("2026-01-05T10:00:00Z"));
  }

  /** A client assertion: what signing costs in a token request. */
  public String clientAssertion(Instant now) {
    return app.clientAssertion(now);
  }

  /**
   * The client's whole share of one token request: the request (client assertion, DPoP proof, form body) and the
   * reading of a DPoP token answer into the cached token (its {@code ath} included). No network.
   */
  public Object tokenRequest(Instant now) {
    TokenEndpoint.Attempt attempt = endpoint.attempt(call, now);
    HttpResponse answer = HttpResponse.ownedBody(attempt.request, 200, HEADERS, TOKEN_RESPONSE);
    return endpoint.answer(attempt, answer, 1).result.token;
  }

  /** The DPoP proof of one API call with the cached token ({@code htm}, {@code htu}, {@code ath}, a new jti). */
  public String apiProof(Instant now) {
    return app.dpopProof(call.method(), call.uri(), null, token.ath(), now);
  }
}
