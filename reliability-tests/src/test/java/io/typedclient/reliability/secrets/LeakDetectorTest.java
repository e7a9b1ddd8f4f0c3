package io.typedclient.reliability.secrets;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.okta.SessionApiClient;
import io.typedclient.reliability.support.OktaFixture;
import io.typedclient.reliability.support.Outcome;
import io.typedclient.runtime.ClientConfig;
import io.typedclient.runtime.HttpStatusException;
import io.typedclient.runtime.RequestInterceptor;
import io.typedclient.runtime.TypedClientException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The secrets check can fail: the detector finds a secret in each kind of text it watches, and a deliberately
 * leaking client (an interceptor that logs the bearer token, an error mapper that puts the session cookie in its
 * message, a value whose {@code toString} shows an API token) run through the suite's own capture is caught.
 * Those values are registered as canaries: {@code SecretsAuditTest} requires every canary to have been found,
 * and every other secret never.
 */
@Timeout(30)
class LeakDetectorTest {
  private static final String SECRET = "00LeakDetectorSecret0000000000";

  @Test
  void findsASecretInEachKindOfText() {
    Exposure exposure = new Exposure();
    exposure.secret(SECRET, "API token");

    exposure.log("io.typedclient", System.Logger.Level.TRACE, "sending Authorization: SSWS " + SECRET, null);
    exposure.exception(new IllegalStateException("outer", new RuntimeException("caused by " + SECRET)));
    RuntimeException suppressing = new RuntimeException("clean");
    suppressing.addSuppressed(new RuntimeException("suppressed " + SECRET));
    exposure.exception(suppressing);
    exposure.object(new Object() {
      @Override
      public String toString() {
        return "Credentials{token=" + SECRET + "}";
      }
    });
    exposure.object("nothing to see");
    exposure.log("io.typedclient", System.Logger.Level.DEBUG, "GET /api/v1/sessions/{sessionId} -> 200", null);

    List<Exposure.Finding> findings = exposure.findings();
    assertThat(findings.stream().map(Exposure.Finding::channel).collect(Collectors.toList()))
        .containsExactly(Exposure.Channel.LOG, Exposure.Channel.EXCEPTION, Exposure.Channel.EXCEPTION,
            Exposure.Channel.TO_STRING)
        .inOrder();
    for (Exposure.Finding finding : findings) {
      assertThat(finding.toString()).doesNotContain(SECRET);
      assertThat(finding.excerpt()).contains("«API token»");
    }
  }

  @Test
  void findsASecretRegisteredJustAfterTheTextThatShowedIt() {
    Exposure exposure = new Exposure();
    exposure.object("Session{id=102LateRegisteredSession}");
    assertThat(exposure.findings()).isEmpty();

    exposure.secret("102LateRegisteredSession", "session id");

    assertThat(exposure.findings()).hasSize(1);
  }

  @Test
  void findsEachOfThousandsOfSecretsAndNothingElse() {
    Exposure exposure = new Exposure();
    for (int i = 0; i < 5_000; i++) {
      exposure.secret(String.format("102Session%015d", i), "session id");
    }
    exposure.object("x".repeat(100_000) + "102Session000000000004321" + "y".repeat(100_000));
    exposure.object("102Session00000000000432 and 02Session000000000004321");

    assertThat(exposure.findings()).hasSize(1);
  }

  @Test
  void refusesValuesTooShortToBeSecrets() {
    Exposure exposure = new Exposure();
    assertThrows(IllegalArgumentException.class, () -> exposure.secret("short", "x"));
  }

  /** A client that leaks on purpose, through the suite's real capture: the canaries the audit must find. */
  @Test
  void aDeliberatelyLeakingClientIsCaughtByTheSuitesCapture() {
    String bearer = "eyJLeakyBearerTokenCanary0000";
    String cookieValue = "102LeakyCookieCanary000000";
    String apiToken = "00LeakyApiTokenCanary00000000000000000000";
    Exposure.global().canary(bearer, "bearer token logged by a leaking interceptor");
    Exposure.global().canary(cookieValue, "cookie put in an exception message by a leaking error mapper");
    Exposure.global().canary(apiToken, "API token shown by a leaking toString");

    try (OktaFixture fixture = OktaFixture.start();
        SessionApiClient leaky = new SessionApiClient(ClientConfig.builder()
            .baseUrl(fixture.okta().orgUrl())
            .addInterceptor((RequestInterceptor) request -> {
              System.getLogger("io.typedclient.leaky")
                  .log(System.Logger.Level.TRACE, "calling with Authorization: Bearer " + bearer);
              return request.toBuilder().header("Authorization", "Bearer " + bearer).build();
            })
            .errorMapper(response -> new TypedClientException(
                "no session for cookie " + response.request().headers().first("Cookie"), response.request(),
                new HttpStatusException(response)))
            .build())) {
      Outcome outcome = Outcome.of(() -> leaky.getCurrentSession("sid=" + cookieValue));
      assertThat(outcome.failure()).isInstanceOf(TypedClientException.class);
      Exposure.global().object(new Object() {
        @Override
        public String toString() {
          return "LeakyConfig{apiToken=" + apiToken + "}";
        }
      });
    }

    assertThat(Exposure.global().channelsShowing(bearer)).containsExactly(Exposure.Channel.LOG);
    assertThat(Exposure.global().channelsShowing(cookieValue)).contains(Exposure.Channel.EXCEPTION);
    assertThat(Exposure.global().channelsShowing(apiToken)).containsExactly(Exposure.Channel.TO_STRING);
    assertThat(Exposure.global().unfoundCanaries()).isEmpty();
  }
}
