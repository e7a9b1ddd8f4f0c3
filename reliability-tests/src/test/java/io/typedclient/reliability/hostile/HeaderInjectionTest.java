package io.typedclient.reliability.hostile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.Session;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.okta.testing.ManualClock;
import io.typedclient.reliability.secrets.Exposure;
import io.typedclient.reliability.support.OktaFixture;
import io.typedclient.reliability.support.Outcome;
import io.typedclient.reliability.support.TestScheduler;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A header value can never carry a second header or request: CR, LF and NUL in a cookie, an API token or an access
 * token are refused with an {@link IllegalArgumentException} before anything is sent, in the blocking and the
 * asynchronous forms, and the message never repeats the value.
 */
@Timeout(60)
class HeaderInjectionTest {
  private static final String SID = "102HeaderInjectionSid000";

  private OktaFixture fixture;
  private FakeOkta okta;
  private SessionApiClient api;

  @BeforeEach
  void start() {
    fixture = OktaFixture.start();
    okta = fixture.okta();
    api = fixture.client().maxRetries(0).build();
    Exposure.global().secret(SID, "session id used as a cookie");
  }

  @AfterEach
  void stop() {
    api.close();
    fixture.close();
  }

  static Stream<Arguments> injectedCookies() {
    return Stream.of(
            "sid=" + SID + "\r\nX-Injected: 1",
            "sid=" + SID + "\nAuthorization: SSWS stolen",
            "sid=" + SID + "\r",
            "sid=" + SID + "\r\n\r\nGET /api/v1/users HTTP/1.1",
            "sid=" + SID + "\u0000",
            "sid=" + SID + "\u0001",
            "sid=" + SID + "\u007f",
            "sid=" + SID + "\u2028",
            "sid=" + SID + "; name=日本")
        .map(cookie -> Arguments.of(Named.of(HostileIds.printable(cookie), cookie)));
  }

  @ParameterizedTest(name = "cookie {0}")
  @MethodSource("injectedCookies")
  void cookieThatCouldInjectIsRefusedBeforeSending(String cookie) {
    List<Function<String, Outcome>> calls = List.of(
        c -> Outcome.of(() -> api.getCurrentSession(c)),
        c -> Outcome.ofAsync(() -> api.getCurrentSessionAsync(c), 10),
        c -> Outcome.of(() -> api.refreshCurrentSessionWithResponse(c)),
        c -> Outcome.ofAsync(() -> api.refreshCurrentSessionWithResponseAsync(c), 10),
        c -> Outcome.of(() -> {
          api.closeCurrentSession(c);
          return null;
        }),
        c -> Outcome.ofAsync(() -> api.closeCurrentSessionAsync(c), 10));
    for (Function<String, Outcome> call : calls) {
      Outcome outcome = call.apply(cookie);
      assertRefused(outcome, "Cookie");
      assertThat(outcome.failure().getMessage()).doesNotContain(SID);
    }
    assertWithMessage("nothing reached the server").that(okta.requestCount()).isEqualTo(0);
  }

  @Test
  void cookieWithLatin1TextIsSentAsItIsOrRefused() {
    FakeSession session = fixture.session();
    String cookie = OktaFixture.cookie(session) + "; theme=caf\u00e9";
    Outcome outcome = Outcome.of(() -> api.getCurrentSession(cookie));
    if (outcome.succeeded()) {
      assertThat(((Session) outcome.result()).id()).isEqualTo(session.id());
      assertThat(okta.takeRequest().header("Cookie")).isEqualTo(cookie);
    } else {
      assertRefused(outcome, "Cookie");
      assertThat(okta.requestCount()).isEqualTo(0);
    }
  }

  static Stream<Arguments> injectedTokens() {
    return Stream.of(
            "00InjectedToken0000000000\r\nX-Injected: 1",
            "00InjectedToken0000000000\nHost: evil.example.com",
            "00Injected\rToken0000000000",
            "00InjectedToken\u00000000000000")
        .map(token -> Arguments.of(Named.of(HostileIds.printable(token), token)));
  }

  @ParameterizedTest(name = "API token {0}")
  @MethodSource("injectedTokens")
  void apiTokenThatCouldInjectIsRefusedBeforeSending(String token) {
    Exposure.global().secret(token, "API token");
    for (String part : token.split("[\r\n\u0000]+")) {
      if (part.length() >= 8) {
        Exposure.global().secret(part, "part of an API token");
      }
    }
    Outcome built = Outcome.of(() -> fixture.client().apiToken(token).build());
    if (!built.succeeded()) {
      // Refusing it when the client is built is as good as refusing it on each call.
      assertThat(built.failure()).isInstanceOf(IllegalArgumentException.class);
      return;
    }
    try (SessionApiClient client = (SessionApiClient) built.result()) {
      FakeSession session = fixture.session();
      assertRefused(Outcome.of(() -> client.getSession(session.id())), "Authorization");
      assertRefused(Outcome.ofAsync(() -> client.endSessionAsync(session.id()), 10), "Authorization");
    }
    assertWithMessage("nothing reached the server").that(okta.requestCount()).isEqualTo(0);
  }

  @ParameterizedTest(name = "access token {0}")
  @MethodSource("injectedTokens")
  void accessTokenThatCouldInjectIsRefusedBeforeSending(String token) {
    Exposure.global().secret(token, "access token");
    FakeSession session = fixture.session();
    try (SessionApiClient client = OktaSessions.builder()
        .orgUrl(okta.orgUrl())
        .accessToken(() -> token)
        .scheduler(fixture.scheduler())
        .maxRetries(0)
        .build()) {
      assertRefused(Outcome.of(() -> client.refreshSession(session.id())), "Authorization");
      assertRefused(Outcome.ofAsync(() -> client.getSessionAsync(session.id()), 10), "Authorization");
    }
    assertWithMessage("nothing reached the server").that(okta.requestCount()).isEqualTo(0);
  }

  @Test
  void accessTokenReadWithATrailingNewlineIsTrimmedNotRefused() {
    String token = "eyJraWQiOiJBY2Nlc3NUb2tlbkZvclRlc3RzIn0";
    Exposure.global().secret(token, "access token");
    ManualClock clock = ManualClock.at(OktaFixture.T0);
    try (FakeOkta bearerOkta = FakeOkta.builder().clock(clock).accessToken(token).start();
        SessionApiClient client = OktaSessions.builder()
            .orgUrl(bearerOkta.orgUrl())
            .accessToken(() -> token + "\r\n")
            .scheduler(TestScheduler.on(clock))
            .build()) {
      Exposure.global().secret(bearerOkta.apiToken(), "API token");
      FakeSession session = bearerOkta.createSession(bearerOkta.addUser("00u1bearer", "b@example.com", "B"));
      Exposure.global().secret(session.id(), "session id");
      Outcome outcome = Outcome.of(() -> client.getSession(session.id()));
      assertWithMessage("%s", outcome).that(outcome.succeeded()).isTrue();
      assertThat(bearerOkta.takeRequest().header("Authorization")).isEqualTo("Bearer " + token);
    }
  }

  private static void assertRefused(Outcome outcome, String header) {
    assertWithMessage("%s", outcome).that(outcome.failure()).isInstanceOf(IllegalArgumentException.class);
    assertWithMessage("the message names the header").that(outcome.failure().getMessage()).contains(header);
  }
}
