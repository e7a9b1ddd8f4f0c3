package io.typedclient.runtime;

/**
 * Turns a response with a non-2xx status into the exception a call throws. The default,
 * {@link #DEFAULT}, gives an {@link HttpStatusException}; an API client supplies one that reads its own error
 * body (see the Okta client's {@code OktaApiException}). A mapper must not throw: when it cannot read the
 * body it still returns an exception carrying the status and a bounded excerpt of the body.
 */
@FunctionalInterface
public interface ErrorMapper {

  /** The default mapping to {@link HttpStatusException}. */
  ErrorMapper DEFAULT = HttpStatusException::new;

  /** The exception for {@code response}, whose status is not 2xx. */
  TypedClientException toException(HttpResponse response);
}
