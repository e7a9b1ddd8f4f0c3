package io.typedclient.okta;

import io.typedclient.runtime.HttpResponse;

/**
 * How a token request ended: with a token, or with the token endpoint's error answer, which the call then
 * returns as its own response so that the error mapper and the retries treat it like any answer of Okta's
 * (its request and body stripped of the assertion and proof).
 */
final class TokenResult {
  final AccessToken token;
  final HttpResponse failure;

  private TokenResult(AccessToken token, HttpResponse failure) {
    this.token = token;
    this.failure = failure;
  }

  static TokenResult of(AccessToken token) {
    return new TokenResult(token, null);
  }

  static TokenResult failed(HttpResponse failure) {
    return new TokenResult(null, failure);
  }

  @Override
  public String toString() {
    return token != null ? "TokenResult{" + token + "}" : "TokenResult{failed: " + failure + "}";
  }
}
