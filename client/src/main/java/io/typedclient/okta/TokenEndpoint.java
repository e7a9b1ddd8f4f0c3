package io.typedclient.okta;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.Invocation;
import io.typedclient.runtime.internal.DebugLog;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The client-credentials exchange with Okta's token endpoint: builds each token request (form body written by
 * hand, a fresh client assertion, a fresh DPoP proof once DPoP is on) and decides what an answer means. Holds the
 * two things the exchange learns: whether the endpoint wants DPoP (in {@link DpopMode#AUTO}, detected from its
 * {@code invalid_dpop_proof} answer to a request without a proof) and its latest {@code DPoP-Nonce}, used until
 * it sends another. Thread-safe.
 */
final class TokenEndpoint {
  /** Token requests for one token at most: a DPoP detection and two nonce challenges, then the real answer. */
  static final int MAX_EXCHANGES = 4;
  static final String PATH = "/oauth2/v1/token";
  static final String OPERATION = "OAuth.token";

  private static final DebugLog LOG = DebugLog.named("io.typedclient.okta");

  private final ServiceApp app;
  private volatile boolean dpop;
  private volatile @Nullable String nonce;

  TokenEndpoint(ServiceApp app) {
    this.app = app;
    this.dpop = app.dpopMode() == DpopMode.ON;
  }

  /** Whether token requests carry DPoP proofs now. */
  boolean usesDpop() {
    return dpop;
  }

  /** One token request, with the secrets it carries (to keep them out of anything shown). */
  static final class Attempt {
    final HttpRequest request;
    final String assertion;
    final @Nullable String proof;
    final Instant sentAt;

    Attempt(HttpRequest request, String assertion, @Nullable String proof, Instant sentAt) {
      this.request = request;
      this.assertion = assertion;
      this.proof = proof;
      this.sentAt = sentAt;
    }

    @Override
    public String toString() {
      return "Attempt{" + request + "}";
    }
  }

  /** What to do after an answer: use the result, or send another request (a nonce or DPoP was asked for). */
  static final class Next {
    final @Nullable TokenResult result;

    private Next(@Nullable TokenResult result) {
      this.result = result;
    }

    boolean again() {
      return result == null;
    }
  }

  private static final Next AGAIN = new Next(null);

  /**
   * A token request on behalf of {@code call}: its timeout, response limit and {@code User-Agent}, so the token
   * request goes out as the call's own requests do.
   */
  Attempt attempt(HttpRequest call, Instant now) {
    String assertion = app.clientAssertion(now);
    String proof = dpop ? app.dpopProof("POST", app.tokenUri(), nonce, null, now) : null;
    HttpRequest.Builder request = HttpRequest.builder("POST", app.tokenUri())
        .header("Accept", "application/json")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(app.tokenRequestBody(assertion).getBytes(StandardCharsets.US_ASCII))
        .timeout(call.timeout())
        .maxResponseBytes(call.maxResponseBytes())
        .invocation(Invocation.builder(OPERATION).pathTemplate(PATH).build());
    String userAgent = call.headers().first("User-Agent");
    if (userAgent != null) {
      request.header("User-Agent", userAgent);
    }
    if (proof != null) {
      request.header("DPoP", proof);
    }
    return new Attempt(request.build(), assertion, proof, now);
  }

  /**
   * What {@code response} to {@code attempt} means; {@code exchanges} counts the token requests made for this
   * token so far, this one included.
   *
   * @throws OktaApiException when the endpoint answered 2xx with something that is not a usable token
   */
  Next answer(Attempt attempt, HttpResponse response, int exchanges) {
    String offered = response.header("DPoP-Nonce");
    if (offered != null && DpopNonces.isValid(offered)) {
      nonce = offered;
    }
    if (response.isSuccessful()) {
      return new Next(TokenResult.of(TokenResponses.parse(attempt, response)));
    }
    if (response.status() == 400 && exchanges < MAX_EXCHANGES) {
      String error = OktaErrorBody.parse(response.body()).oauthError;
      if ("use_dpop_nonce".equals(error) && attempt.proof != null && offered != null && DpopNonces.isValid(offered)) {
        LOG.log("the token endpoint asked for a DPoP nonce; signing a new proof with it");
        return AGAIN;
      }
      if ("invalid_dpop_proof".equals(error) && attempt.proof == null && app.dpopMode() == DpopMode.AUTO) {
        dpop = true;
        LOG.log("the token endpoint requires DPoP; every request carries a proof from now on");
        return AGAIN;
      }
    }
    return new Next(TokenResult.failed(TokenResponses.sanitized(attempt, response)));
  }

  @Override
  public String toString() {
    return "TokenEndpoint{" + app.tokenUri() + (dpop ? ", DPoP" : "") + "}";
  }
}
