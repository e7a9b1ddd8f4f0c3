package io.typedclient.reliability.lifecycle;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.okta.SessionApiClient;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.reliability.secrets.Exposure;
import io.typedclient.reliability.support.Await;
import io.typedclient.reliability.support.OktaFixture;
import io.typedclient.reliability.support.PortForwarder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Cancelling an asynchronous call stops it for good: a retry it was waiting for never starts (FakeOkta sees no
 * further attempt), and an attempt in flight is abandoned and its connection closed.
 */
@Timeout(60)
class CancellationTest {
  private static final Duration SOON = Duration.ofSeconds(10);

  @Test
  void cancellingDuringARetryWaitCancelsTheWaitAndStartsNoOtherAttempt() {
    try (OktaFixture fixture = OktaFixture.startHolding(); SessionApiClient api = fixture.client().build()) {
      FakeSession session = fixture.session();
      fixture.okta().faults().matching("*", "/**").respond(503);
      List<Function<SessionApiClient, CompletableFuture<?>>> calls = List.of(
          client -> client.getSessionAsync(session.id()),
          client -> client.getSessionWithResponseAsync(session.id()),
          client -> client.endSessionAsync(session.id()),
          client -> client.revokeUserSessionsWithResponseAsync(session.userId(), null, null),
          client -> client.getCurrentSessionAsync(OktaFixture.cookie(session)));
      for (Function<SessionApiClient, CompletableFuture<?>> call : calls) {
        int before = fixture.okta().requestCount();
        int waits = fixture.scheduler().held().size();
        CompletableFuture<?> future = call.apply(api);
        // The first attempt is answered 503; the retry waits on the scheduler, which holds the wait.
        Await.until("the call waits to retry", SOON, () -> fixture.scheduler().held().size() == waits + 1);
        CompletableFuture<Void> wait = fixture.scheduler().held().get(waits);

        assertThat(future.cancel(true)).isTrue();

        assertWithMessage("the retry wait was cancelled with the call").that(wait.isCancelled()).isTrue();
        fixture.scheduler().releaseHeld();
        assertThat(future.isCancelled()).isTrue();
        CancellationException cancelled = assertThrows(CancellationException.class, future::join);
        Exposure.global().exception(cancelled);
        assertWithMessage("FakeOkta saw the first attempt only").that(fixture.okta().requestCount()).isEqualTo(before + 1);
      }
      // A call made now is the next request FakeOkta sees: nothing of the cancelled calls came in between.
      fixture.okta().faults().clear();
      api.getSession(session.id());
      assertThat(fixture.okta().requestCount()).isEqualTo(calls.size() + 1);
    }
  }

  @Test
  void cancellingDuringAnAttemptAbandonsItAndClosesItsConnection() {
    try (OktaFixture fixture = OktaFixture.start();
        PortForwarder forwarder = PortForwarder.start(PortForwarder.reservePort(), fixture.okta().port())) {
      FakeSession session = fixture.session();
      fixture.okta().faults().matching("*", "/**").delay(Duration.ofSeconds(30));
      try (SessionApiClient api = fixture.client().orgUrl("http://127.0.0.1:" + forwarder.port()).build()) {
        CompletableFuture<?> future = api.refreshSessionWithResponseAsync(session.id());
        Await.until("the attempt reached FakeOkta", SOON, () -> fixture.okta().requestCount() == 1);
        assertThat(forwarder.openClientConnections()).isEqualTo(1);

        assertThat(future.cancel(true)).isTrue();

        // The client is still open and holds its transport: only the cancel can have closed the connection.
        Await.until("the cancelled attempt's connection is closed", SOON, () -> forwarder.openClientConnections() == 0);
        assertThat(future.isCancelled()).isTrue();
        assertThat(fixture.scheduler().waits()).isEmpty();
        assertThat(fixture.okta().requestCount()).isEqualTo(1);

        // The client goes on working on a new connection.
        fixture.okta().faults().clear();
        assertThat(api.getSession(session.id()).id()).isEqualTo(session.id());
      }
    }
  }
}
