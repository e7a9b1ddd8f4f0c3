package io.typedclient.okta;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.Interceptor;
import io.typedclient.runtime.TransportException;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Authenticates calls as an Okta OAuth 2.0 service app: a client-credentials access token from the org
 * authorization server, obtained with a {@code private_key_jwt} client assertion, cached and refreshed ahead of
 * expiry by one caller while the others wait (or keep using the old token while it is valid), and sent as
 * {@code Authorization: Bearer} or, DPoP-bound, as {@code Authorization: DPoP} with a fresh {@code DPoP} proof on
 * every attempt.
 *
 * <p>The token request goes through the rest of the chain, as the call's own request does: every interceptor
 * after this one and the client's transport apply to it.
 *
 * <p>Per call: the current-session calls go out with the user's cookie and nothing else (no token is asked for);
 * {@code createSession}, which Okta serves with an API token only, and an operation whose scope the client does
 * not ask for, are refused before anything is sent. After the answer: a 401 {@code invalid_token} discards the
 * token and the call is made once more with a new one; a 401 DPoP {@code use_dpop_nonce} is answered once with a
 * proof carrying the nonce. The token endpoint's own error answers come back as the call's answer, so they become
 * {@link OktaApiException}s and are retried by the same rules as any of Okta's answers.
 */
final class OAuthInterceptor implements Interceptor {
  /** How often a caller whose token request was cancelled by another caller starts its own. */
  private static final int MAX_FLIGHTS = 3;

  private final ServiceApp app;
  private final TokenEndpoint endpoint;
  private final TokenCache cache = new TokenCache();
  private final AuthInterceptor cookieOnly = AuthInterceptor.accessToken(new NeverAsked());
  /** The API's latest {@code DPoP-Nonce}, if it ever sent one. */
  private volatile @Nullable String apiNonce;

  OAuthInterceptor(ServiceApp app) {
    this.app = app;
    this.endpoint = new TokenEndpoint(app);
  }

  @Override
  public HttpResponse intercept(Chain chain) {
    HttpRequest request = chain.request();
    if (AuthInterceptor.isCurrentSessionCall(request)) {
      return chain.proceed(cookieOnly.rewrite(request));
    }
    refuseBeforeSending(request);
    TokenResult result = token(chain);
    if (result.failure != null) {
      return result.failure;
    }
    AccessToken token = result.token();
    HttpResponse response = chain.proceed(authorize(request, token, chain.scheduler().now()));
    switch (afterCall(response, token)) {
      case NEW_TOKEN:
        result = token(chain);
        if (result.failure != null) {
          return result.failure;
        }
        return chain.proceed(authorize(request, result.token(), chain.scheduler().now()));
      case SAME_TOKEN:
        return chain.proceed(authorize(request, token, chain.scheduler().now()));
      default:
        return response;
    }
  }

  @Override
  public CompletableFuture<HttpResponse> interceptAsync(AsyncChain chain) {
    HttpRequest request = chain.request();
    try {
      if (AuthInterceptor.isCurrentSessionCall(request)) {
        return chain.proceed(cookieOnly.rewrite(request));
      }
      refuseBeforeSending(request);
    } catch (RuntimeException e) {
      return failed(e);
    }
    return tokenAsync(chain, 0).thenCompose(result -> {
      if (result.failure != null) {
        return CompletableFuture.completedFuture(result.failure);
      }
      AccessToken token = result.token();
      return chain.proceed(authorize(request, token, chain.scheduler().now())).thenCompose(response -> {
        switch (afterCall(response, token)) {
          case NEW_TOKEN:
            return tokenAsync(chain, 0).thenCompose(again -> again.failure != null
                ? CompletableFuture.completedFuture(again.failure)
                : chain.proceed(authorize(request, again.token(), chain.scheduler().now())));
          case SAME_TOKEN:
            return chain.proceed(authorize(request, token, chain.scheduler().now()));
          default:
            return CompletableFuture.completedFuture(response);
        }
      });
    });
  }

  /** Refuses what this client cannot send with an access token, before a token is asked for. */
  private void refuseBeforeSending(HttpRequest request) {
    if (OktaOperations.isCreateSession(request)) {
      throw new OktaConfigurationException(request.invocation().operation() + " (POST /api/v1/sessions) needs an API token: "
          + "Okta does not accept an OAuth 2.0 access token for it, and this client is configured for OAuth 2.0 only. "
          + "Nothing was sent and the session token was not used; create sessions with a client built with "
          + "apiToken(...) (okta.client.token or OKTA_CLIENT_TOKEN)");
    }
    AuthInterceptor.refuseMeAsId(request);
    String scope = OktaOperations.scopeFor(request);
    if (scope != null && !app.scopes().contains(scope)) {
      throw new OktaConfigurationException(request.invocation().operation() + " needs the scope " + scope + ", which this client "
          + "does not ask for (scopes " + String.join(" ", app.scopes()) + "); add it to the configured scopes and "
          + "grant it to the service app in Okta. Nothing was sent");
    }
  }

  /** The call with its credentials: the token, and for a DPoP token a new proof bound to it. */
  private HttpRequest authorize(HttpRequest request, AccessToken token, Instant now) {
    HttpRequest.Builder authorized = request.toBuilder().header("Authorization", token.authorization());
    if (token.isDpop()) {
      authorized.header("DPoP", app.dpopProof(request.method(), request.uri(), apiNonce, token.ath(), now));
    } else {
      authorized.removeHeader("DPoP");
    }
    return authorized.build();
  }

  private enum Again {
    NO,
    NEW_TOKEN,
    SAME_TOKEN
  }

  /** Whether Okta's answer asks for one more attempt, and with which token. */
  private Again afterCall(HttpResponse response, AccessToken token) {
    String offered = response.header("DPoP-Nonce");
    if (offered != null && DpopNonces.isValid(offered)) {
      apiNonce = offered;
    }
    if (response.status() != 401) {
      return Again.NO;
    }
    String error = WwwAuthenticate.of(response.headers().all("WWW-Authenticate")).error();
    if ("invalid_token".equals(error)
        || (error == null && OktaApiException.INVALID_TOKEN.equals(OktaErrorBody.parse(response.body()).errorCode))) {
      cache.discard(token);
      return Again.NEW_TOKEN;
    }
    if ("use_dpop_nonce".equals(error) && token.isDpop() && offered != null && DpopNonces.isValid(offered)) {
      return Again.SAME_TOKEN;
    }
    return Again.NO;
  }

  private TokenResult token(Chain chain) {
    for (int flights = 0; ; flights++) {
      TokenCache.Ticket ticket = cache.acquire(chain.scheduler().now());
      if (ticket.ready != null) {
        return TokenResult.of(ticket.ready);
      }
      if (ticket.leads) {
        return lead(chain, ticket);
      }
      try {
        return ticket.flight().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TransportException("interrupted while waiting for an access token", chain.request(), e);
      } catch (CancellationException e) {
        if (flights + 1 >= MAX_FLIGHTS) {
          throw e;
        }
      } catch (ExecutionException e) {
        Throwable cause = unwrap(e);
        if (!(cause instanceof CancellationException) || flights + 1 >= MAX_FLIGHTS) {
          throw rethrow(cause);
        }
      }
    }
  }

  private TokenResult lead(Chain chain, TokenCache.Ticket ticket) {
    TokenResult result;
    try {
      result = fetch(chain);
    } catch (RuntimeException | Error e) {
      cache.fail(ticket, e);
      AccessToken previous = ticket.previous;
      if (previous != null && previous.isUsable(chain.scheduler().now())) {
        return TokenResult.of(previous);
      }
      throw e;
    }
    cache.finish(ticket, result);
    AccessToken previous = ticket.previous;
    if (result.failure != null && previous != null && previous.isUsable(chain.scheduler().now())) {
      return TokenResult.of(previous);
    }
    return result;
  }

  private TokenResult fetch(Chain chain) {
    for (int exchanges = 1; ; exchanges++) {
      TokenEndpoint.Attempt attempt = endpoint.attempt(chain.request(), chain.scheduler().now());
      TokenEndpoint.Next next = endpoint.answer(attempt, chain.proceed(attempt.request), exchanges);
      TokenResult result = next.result;
      if (result != null) {
        return result;
      }
    }
  }

  private CompletableFuture<TokenResult> tokenAsync(AsyncChain chain, int flights) {
    TokenCache.Ticket ticket;
    try {
      ticket = cache.acquire(chain.scheduler().now());
    } catch (RuntimeException e) {
      return failed(e);
    }
    if (ticket.ready != null) {
      return CompletableFuture.completedFuture(TokenResult.of(ticket.ready));
    }
    if (ticket.leads) {
      return fetchAsync(chain, 1).handle((result, failure) -> {
        Instant now = chain.scheduler().now();
        AccessToken previous = ticket.previous;
        boolean fallBack = previous != null && previous.isUsable(now);
        if (failure != null) {
          cache.fail(ticket, unwrap(failure));
          if (previous != null && fallBack) {
            return TokenResult.of(previous);
          }
          throw new CompletionException(unwrap(failure));
        }
        cache.finish(ticket, result);
        return result.failure != null && previous != null && fallBack ? TokenResult.of(previous) : result;
      });
    }
    return ticket.flight().handle((result, failure) -> {
      Throwable cause = failure == null ? null : unwrap(failure);
      if (cause instanceof CancellationException && flights + 1 < MAX_FLIGHTS && !chain.isCancelled()) {
        return tokenAsync(chain, flights + 1);
      }
      return cause == null ? CompletableFuture.completedFuture(result) : OAuthInterceptor.<TokenResult>failed(cause);
    }).thenCompose(next -> next);
  }

  private CompletableFuture<TokenResult> fetchAsync(AsyncChain chain, int exchanges) {
    TokenEndpoint.Attempt attempt;
    try {
      attempt = endpoint.attempt(chain.request(), chain.scheduler().now());
    } catch (RuntimeException e) {
      return failed(e);
    }
    return chain.proceed(attempt.request).thenCompose(response -> {
      TokenEndpoint.Next next = endpoint.answer(attempt, response, exchanges);
      return next.again() ? fetchAsync(chain, exchanges + 1) : CompletableFuture.completedFuture(next.result);
    });
  }

  private static <T> CompletableFuture<T> failed(Throwable failure) {
    CompletableFuture<T> future = new CompletableFuture<>();
    future.completeExceptionally(failure);
    return future;
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException) {
      throw (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    throw new IllegalStateException("token request failed: " + cause.getClass().getSimpleName(), cause);
  }

  @Override
  public String toString() {
    return "OAuthInterceptor{" + app + "}";
  }

  /** The current-session calls never ask for a token; this supplier proves it by failing if it ever is. */
  private static final class NeverAsked implements Supplier<String> {
    @Override
    public String get() {
      throw new IllegalStateException("the current-session calls authenticate with the user's cookie only");
    }
  }
}
