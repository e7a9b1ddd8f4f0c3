package io.typedclient.okta;

import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpStatusException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Okta answered a call with an error status. Carries what Okta's error body says ({@link #errorCode()},
 * {@link #errorSummary()}, {@link #errorLink()}, {@link #errorId()}, {@link #errorCauses()}), and from the
 * response itself the {@link #status()}, the {@link #requestId() X-Okta-Request-Id}, the {@link #rateLimit()}
 * values and a bounded {@link #bodyExcerpt()}.
 *
 * <p>A body that is not Okta's error JSON (an HTML page from a proxy, an empty body, truncated JSON) still gives
 * this exception, with the error properties {@code null} and the status and excerpt as they came.
 *
 * <p>The {@linkplain #getMessage() message} names the request by its path template and leaves out the values
 * the call sent: Okta's summaries repeat them ({@code "Not found: Resource not found: <session id> (Session)"}),
 * and a session id is a secret. The accessors return what Okta sent, unchanged.
 *
 * <pre>
 * try {
 *   Session session = sessions.getSession(sessionId);
 * } catch (OktaApiException e) {
 *   if (e.isNotFound()) { ... }                 // E0000007: ended or expired
 *   if (e.isRateLimited()) { e.rateLimit().resetAt() ... }
 * }
 * </pre>
 */
public final class OktaApiException extends HttpStatusException {
  private static final long serialVersionUID = 1L;

  /** {@code E0000005}: the session is invalid. */
  public static final String INVALID_SESSION = "E0000005";
  /** {@code E0000007}: the resource (a session, a user) was not found. */
  public static final String NOT_FOUND = "E0000007";
  /** {@code E0000011}: the API token or access token is invalid. */
  public static final String INVALID_TOKEN = "E0000011";
  /** {@code E0000047}: a rate limit was exceeded. */
  public static final String RATE_LIMITED = "E0000047";

  private final @Nullable String errorCode;
  private final @Nullable String errorSummary;
  private final @Nullable String errorLink;
  private final @Nullable String errorId;
  private final String[] errorCauses;
  private final RateLimit rateLimit;
  private final @Nullable String oauthError;
  private final @Nullable String oauthErrorDescription;

  OktaApiException(HttpResponse response, OktaErrorBody error, String detail) {
    super(response, detail);
    this.errorCode = error.errorCode;
    this.errorSummary = error.errorSummary;
    this.errorLink = error.errorLink;
    this.errorId = error.errorId;
    this.errorCauses = error.errorCauses.toArray(new String[0]);
    this.rateLimit = RateLimit.from(response.headers());
    WwwAuthenticate.Challenge challenge =
        WwwAuthenticate.of(response.headers().all("WWW-Authenticate")).withError();
    this.oauthError = error.oauthError != null ? error.oauthError : challenge == null ? null : challenge.parameter("error");
    this.oauthErrorDescription = error.oauthError != null ? error.oauthErrorDescription
        : challenge == null ? null : challenge.parameter("error_description");
  }

  /**
   * The OAuth 2.0 error, for a failed token request or an access token or DPoP proof Okta refused: the token
   * endpoint's {@code error} ({@code invalid_client}, {@code invalid_scope}, {@code invalid_dpop_proof}, ...) or
   * the {@code error} of the response's {@code WWW-Authenticate} challenge ({@code invalid_token},
   * {@code invalid_dpop_proof}, {@code insufficient_scope}); {@code null} when there is none.
   */
  public @Nullable String oauthError() {
    return oauthError;
  }

  /**
   * What Okta said about {@link #oauthError()}, such as {@code "'htu' claim in the DPoP proof JWT is invalid."};
   * {@code null} when it said nothing.
   */
  public @Nullable String oauthErrorDescription() {
    return oauthErrorDescription;
  }

  /** Okta's error code, such as {@code E0000007}, or {@code null} when the body had none. */
  public @Nullable String errorCode() {
    return errorCode;
  }

  /** Okta's description of the error, as Okta wrote it (it may repeat values the call sent), or {@code null}. */
  public @Nullable String errorSummary() {
    return errorSummary;
  }

  /** Okta's error link (usually the error code again), or {@code null}. */
  public @Nullable String errorLink() {
    return errorLink;
  }

  /** Okta's id for this occurrence of the error, for Okta support, or {@code null}. */
  public @Nullable String errorId() {
    return errorId;
  }

  /** The {@code errorSummary} of each of Okta's {@code errorCauses}, in order; empty when there were none. */
  public List<String> errorCauses() {
    return Collections.unmodifiableList(Arrays.asList(errorCauses));
  }

  /**
   * The response's rate-limit headers. On a {@code 429} that the client did not retry (the wait was longer than
   * the retry budget, or retries are off), {@link RateLimit#resetAt()} says when to try again.
   */
  public RateLimit rateLimit() {
    return rateLimit;
  }

  /**
   * Whether the resource does not exist (any more): error code {@code E0000007}, or a {@code 404} without an
   * Okta error code. A session that was ended or has expired answers this way.
   */
  public boolean isNotFound() {
    return NOT_FOUND.equals(errorCode) || (errorCode == null && status() == 404);
  }

  /** Whether Okta called the session invalid: error code {@code E0000005}. */
  public boolean isInvalidSession() {
    return INVALID_SESSION.equals(errorCode);
  }

  /**
   * Whether the API token or access token was refused: error code {@code E0000011}, or a {@code 401} without an
   * Okta error code.
   */
  public boolean isInvalidToken() {
    return INVALID_TOKEN.equals(errorCode) || (errorCode == null && status() == 401);
  }

  /** Whether a rate limit was exceeded: error code {@code E0000047}, or a {@code 429} without an Okta error code. */
  public boolean isRateLimited() {
    return RATE_LIMITED.equals(errorCode) || (errorCode == null && status() == 429);
  }
}
