package io.typedclient.okta;

import io.typedclient.runtime.ErrorMapper;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpStatusException;
import io.typedclient.runtime.TypedClientException;
import io.typedclient.runtime.internal.RequestSecrets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns every non-2xx response into an {@link OktaApiException}. Never throws: whatever the body holds, the
 * caller gets the status, the request id, the rate-limit values and a bounded excerpt.
 */
final class OktaErrorMapper implements ErrorMapper {
  /** The most characters of error text put in a message. */
  static final int MAX_DETAIL_CHARS = 300;

  @Override
  public TypedClientException toException(HttpResponse response) {
    OktaErrorBody error = OktaErrorBody.parse(response.body());
    // Okta's summaries repeat what a request sent ("Not found: Resource not found: <id> (Session)"), and a proxy's
    // error page may repeat its path; a DPoP proof is among the sensitive headers.
    List<String> secrets = RequestSecrets.of(response.request());
    return new OktaApiException(response, error, detail(response, error, secrets));
  }

  /**
   * The message's detail: Okta's code and summary, or a description of a body that is not Okta's, with the
   * request's values masked.
   */
  static String detail(HttpResponse response, OktaErrorBody error, List<String> secrets) {
    StringBuilder detail = new StringBuilder();
    if (error.isOktaError()) {
      detail.append(error.errorCode == null ? "(no error code)" : error.errorCode);
      if (error.errorSummary != null) {
        detail.append(' ').append(error.errorSummary);
      }
      if (!error.errorCauses.isEmpty()) {
        detail.append(" (causes: ").append(String.join("; ", error.errorCauses)).append(')');
      }
    } else if (error.oauthError != null) {
      // The token endpoint's answer (RFC 6749, section 5.2), such as invalid_client or invalid_dpop_proof.
      detail.append(error.oauthError);
      if (error.oauthErrorDescription != null) {
        detail.append(": ").append(error.oauthErrorDescription);
      }
    } else if (response.bodyLength() == 0) {
      detail.append("empty body");
    } else {
      String type = response.header("Content-Type");
      detail.append("body is not an Okta error (")
          .append(type == null ? "no Content-Type" : type)
          .append(", ")
          .append(response.bodyLength())
          .append(" bytes): ")
          .append(response.bodyString());
    }
    WwwAuthenticate.Challenge challenge =
        WwwAuthenticate.of(response.headers().all("WWW-Authenticate")).withError();
    if (challenge != null) {
      // Which part of the token or DPoP proof Okta refused ('htu' claim ..., 'ath' ...): the clue a 401 needs.
      detail.append(" (WWW-Authenticate: ").append(challenge.scheme).append(" error ").append(challenge.parameter("error"));
      String description = challenge.parameter("error_description");
      if (description != null) {
        detail.append(": ").append(description);
      }
      detail.append(')');
    }
    RateLimit rateLimit = RateLimit.from(response.headers());
    if (response.status() == 429 && rateLimit.resetAt().isPresent()) {
      detail.append(" (rate limit resets at ").append(rateLimit.resetAt().get()).append(')');
    }
    // Whole text first, cut last: a secret straddling the cut would otherwise leave its first half visible.
    List<String> oneLineSecrets = new ArrayList<>(secrets);
    for (String secret : secrets) {
      oneLineSecrets.add(HttpStatusException.oneLine(secret));
    }
    oneLineSecrets.sort((a, b) -> b.length() - a.length());
    return bounded(RequestSecrets.mask(HttpStatusException.oneLine(detail.toString()), oneLineSecrets));
  }

  private static String bounded(String text) {
    return text.length() <= MAX_DETAIL_CHARS ? text : text.substring(0, MAX_DETAIL_CHARS) + "…";
  }
}
