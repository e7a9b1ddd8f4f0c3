package io.typedclient.reliability.lifecycle;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.typedclient.okta.SessionApiClient;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.reliability.matrix.Endpoint;
import io.typedclient.reliability.matrix.Endpoint.Form;
import io.typedclient.reliability.matrix.Target;
import io.typedclient.reliability.support.Await;
import io.typedclient.reliability.support.OktaFixture;
import io.typedclient.reliability.support.Outcome;
import io.typedclient.runtime.ClientClosedException;
import io.typedclient.runtime.JdkHttpTransport;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Closing a client is idempotent; afterwards every call, in every form, fails at once with a
 * {@link ClientClosedException} that names the request (the asynchronous forms complete their future with it,
 * they do not throw), and nothing is sent. A call waiting to retry when its client closes ends the same way. A
 * transport the caller passed in stays the caller's: closing the client leaves it working.
 */
@Timeout(60)
class ShutdownTest {

  @Test
  void closeIsIdempotentAndEveryLaterCallFailsClearly() {
    try (OktaFixture fixture = OktaFixture.start()) {
      FakeSession session = fixture.session();
      Target target =
          new Target(fixture.okta(), session.userId(), session, fixture.sessionToken(), OktaFixture.cookie(session));
      SessionApiClient api = fixture.client().build();
      assertThat(api.getSession(session.id()).id()).isEqualTo(session.id());
      int before = fixture.okta().requestCount();

      api.close();
      api.close();

      for (Endpoint endpoint : Endpoint.values()) {
        for (Form form : Form.values()) {
          Outcome outcome = endpoint.call(api, target, form);
          String what = endpoint.label + " " + form;
          assertWithMessage("%s after close: %s", what, outcome).that(outcome.failure())
              .isInstanceOf(ClientClosedException.class);
          assertWithMessage("%s: not wrapped", what).that(outcome.isWrapped()).isFalse();
          assertWithMessage("%s: the message names the request", what)
              .that(outcome.failure().getMessage())
              .isEqualTo("client is closed; refused " + ((ClientClosedException) outcome.failure()).request());
          assertThat(outcome.failure().getMessage()).contains(endpoint.request.substring(endpoint.request.indexOf(' ') + 1));
        }
      }
      assertWithMessage("nothing was sent after close").that(fixture.okta().requestCount()).isEqualTo(before);
      assertThat(api.toString()).isNotEmpty();
    }
  }

  @Test
  void aBlockingCallWaitingToRetryEndsWhenItsClientCloses() {
    try (OktaFixture fixture = OktaFixture.start()) {
      FakeSession session = fixture.session();
      AtomicReference<SessionApiClient> client = new AtomicReference<>();
      fixture.scheduler().onWait(() -> client.get().close());
      client.set(fixture.client().build());
      fixture.okta().faults().matching("*", "/**").respond(503);

      Outcome outcome = Outcome.of(() -> client.get().getSession(session.id()));

      assertWithMessage("%s", outcome).that(outcome.failure()).isInstanceOf(ClientClosedException.class);
      assertThat(fixture.okta().requestCount()).isEqualTo(1);
      assertThat(fixture.scheduler().waits()).hasSize(1);
    }
  }

  @Test
  void anAsynchronousCallWaitingToRetryEndsWhenItsClientCloses() {
    try (OktaFixture fixture = OktaFixture.startHolding()) {
      FakeSession session = fixture.session();
      SessionApiClient api = fixture.client().build();
      fixture.okta().faults().matching("*", "/**").respond(503);

      CompletableFuture<?> future = api.endSessionWithResponseAsync(session.id());
      Await.until("the call waits to retry", Duration.ofSeconds(10), () -> fixture.scheduler().held().size() == 1);
      api.close();
      fixture.scheduler().releaseHeld();
      Outcome outcome = Outcome.ofAsync(() -> future, 10);

      assertWithMessage("%s", outcome).that(outcome.failure()).isInstanceOf(ClientClosedException.class);
      assertThat(outcome.isWrapped()).isFalse();
      assertThat(fixture.okta().requestCount()).isEqualTo(1);
      assertThat(fixture.okta().session(session.id())).isPresent();
    }
  }

  @Test
  void closingAClientLeavesTheTransportItWasGivenWorking() {
    try (OktaFixture fixture = OktaFixture.start(); JdkHttpTransport transport = JdkHttpTransport.create()) {
      FakeSession session = fixture.session();
      SessionApiClient first = fixture.client().transport(transport).build();
      SessionApiClient second = fixture.client().transport(transport).build();
      assertThat(first.getSession(session.id()).id()).isEqualTo(session.id());

      first.close();

      assertThat(Outcome.of(() -> first.getSession(session.id())).failure()).isInstanceOf(ClientClosedException.class);
      assertThat(second.getSession(session.id()).id()).isEqualTo(session.id());
      second.close();
    }
  }
}
