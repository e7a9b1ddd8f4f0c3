package io.typedclient.okta.testing;

import java.time.Instant;

/** One request on its way through FakeOkta: what arrived, when, under which request id, and who answers it. */
final class RoutedRequest {
  final IncomingRequest request;
  final Route.Match match;
  final String requestId;
  final Instant now;
  final SessionEndpoints api;

  RoutedRequest(IncomingRequest request, Route.Match match, String requestId, Instant now, SessionEndpoints api) {
    this.request = request;
    this.match = match;
    this.requestId = requestId;
    this.now = now;
    this.api = api;
  }

  /** The answer a real org gives: rate limit, routing, authentication, then the endpoint (state changes included). */
  Response process() {
    return api.process(this);
  }

  /** An Okta error answer that did not reach the org: rate-limit headers as they stand, budget untouched. */
  Response error(OktaError error) {
    return api.error(this, error, api.peekWindow(now));
  }
}
