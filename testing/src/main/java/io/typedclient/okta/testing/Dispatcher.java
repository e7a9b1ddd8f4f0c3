package io.typedclient.okta.testing;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Every request's path through FakeOkta: record it, let an armed fault strike, otherwise let the org answer. */
final class Dispatcher implements LoopbackServer.Handler {
  private final Clock clock;
  private final Ids ids;
  private final SessionEndpoints api;
  private final RequestLog log;
  private final FaultRules faults;

  Dispatcher(Clock clock, Ids ids, SessionEndpoints api, RequestLog log, FaultRules faults) {
    this.clock = clock;
    this.ids = ids;
    this.api = api;
    this.log = log;
    this.faults = faults;
  }

  @Override
  public Reply handle(IncomingRequest request) {
    String requestId = ids.requestId();
    Route.Match match = Route.match(request.path);
    Instant now = null;
    try {
      now = now();
      RecordedRequest recorded = log.record(request, match == null ? null : match.route.template, requestId, now);
      RoutedRequest routed = new RoutedRequest(request, match, requestId, now, api);
      FaultAction fault = faults.strike(recorded);
      return fault == null ? Replies.complete(routed.process()) : fault.apply(routed);
    } catch (InterruptedException e) {
      // FakeOkta is closing while a delayed answer waits: drop the connection, as a stopping server does.
      Thread.currentThread().interrupt();
      return Replies.closeBeforeResponse();
    } catch (RuntimeException e) {
      // A bug here, a test's fault predicate or clock that threw: answer like Okta, never with a stack trace.
      // The logger is looked up here only: setting up System.Logger would slow every start in a cold JVM.
      String endpoint = request.method + " " + (match == null ? "(no such endpoint)" : match.route.template);
      System.getLogger(FakeOkta.class.getName())
          .log(Level.WARNING, () -> "FakeOkta could not answer " + endpoint + ": " + e, e);
      Instant date = now != null ? now : Instant.now().truncatedTo(ChronoUnit.MILLIS);
      return Replies.complete(api.unrouted(OktaError.internal(), requestId, date));
    }
  }

  @Override
  public Response rejected(int status, String reason) {
    OktaError error = OktaError.of(status, "E0000003", "The request was not well-formed HTTP: " + reason);
    Instant now;
    try {
      now = now();
    } catch (RuntimeException e) {
      now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
    return api.unrouted(error, ids.requestId(), now);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
