package io.typedclient.okta;

import io.typedclient.runtime.HttpResponse;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a token request ended: with a token, or with the token endpoint's error answer, which the call then
 * returns as its own response so that the error mapper and the retries treat it like any answer of Okta's
 * (its request and body stripped of the assertion and proof).
 */
final class TokenResult {
  final @Nullable AccessToken token;
  final @Nullable HttpResponse failure;

  private TokenResult(@Nullable AccessToken token, @Nullable HttpResponse failure) {
    this.token = token;
    this.failure = failure;
  }

  /** The token of a result that is not a failure. */
  AccessToken token() {
    return Objects.requireNonNull(token, "a failed token request has no token");
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
