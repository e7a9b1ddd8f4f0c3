package io.typedclient.reliability.oauth;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.typedclient.okta.SessionApiClient;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.okta.testing.RecordedRequest;
import io.typedclient.reliability.secrets.Exposure;
import io.typedclient.reliability.support.ServiceAppFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sixteen threads share one OAuth client (DPoP, as Okta's default) while its token expires under them: the
 * clock jumps past the token's hour in the middle of the run. Exactly one token request replaces it, no call
 * fails (a call that was on its way with the old token is answered {@code invalid_token} and made again with the
 * new one), and no DPoP proof or client assertion is ever used twice.
 */
class OAuthLoadTest {
  private static final int THREADS = 16;
  private static final int CALLS_PER_THREAD = 40;
  private static final Pattern JTI = Pattern.compile("\"jti\":\"([^\"]+)\"");

  @Test
  @Timeout(120)
  void sixteenThreadsAcrossATokenExpiryMakeOneTokenRequestAndNoCallFails() throws Exception {
    try (ServiceAppFixture fixture = new ServiceAppFixture();
        SessionApiClient client = fixture.client().build()) {
      FakeSession session = fixture.okta().createSession(fixture.user());
      Exposure.global().secret(session.id(), "session id");
      client.getSession(session.id());
      int tokenRequestsBefore = fixture.okta().tokenRequestCount();
      assertThat(tokenRequestsBefore).isEqualTo(3);

      List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger done = new AtomicInteger();
      CountDownLatch halfway = new CountDownLatch(THREADS * CALLS_PER_THREAD / 2);
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        boolean async = t % 2 == 1;
        Thread thread = new Thread(() -> {
          for (int i = 0; i < CALLS_PER_THREAD; i++) {
            try {
              if (async) {
                client.getSessionAsync(session.id()).get(30, TimeUnit.SECONDS);
              } else {
                client.getSession(session.id());
              }
              done.incrementAndGet();
            } catch (Throwable e) {
              failures.add(e);
            } finally {
              halfway.countDown();
            }
          }
        }, "oauth-load-" + t);
        threads.add(thread);
        thread.start();
      }
      assertThat(halfway.await(60, TimeUnit.SECONDS)).isTrue();
      // Half the calls are done and the threads keep calling: the token expires under calls on their way.
      fixture.clock().advance(Duration.ofMinutes(61));
      for (Thread thread : threads) {
        thread.join(TimeUnit.SECONDS.toMillis(60));
      }
      fixture.registerWireSecrets();
      for (Throwable failure : failures) {
        Exposure.global().exception(failure);
      }

      assertWithMessage("failed calls: %s", failures).that(failures).isEmpty();
      assertThat(done.get()).isEqualTo(THREADS * CALLS_PER_THREAD);
      assertWithMessage("token requests after the expiry")
          .that(fixture.okta().tokenRequestCount() - tokenRequestsBefore).isEqualTo(1);

      Set<String> jtis = new HashSet<>();
      int proofs = 0;
      for (RecordedRequest request : fixture.okta().requests()) {
        String proof = request.header("DPoP");
        if (proof != null) {
          proofs++;
          Matcher jti = JTI.matcher(ServiceAppFixture.payload(proof));
          assertThat(jti.find()).isTrue();
          assertWithMessage("a DPoP proof's jti was used twice").that(jtis.add(jti.group(1))).isTrue();
        }
      }
      assertThat(proofs).isAtLeast(THREADS * CALLS_PER_THREAD + 3);
      Exposure.global().object(client);
    }
  }
}
