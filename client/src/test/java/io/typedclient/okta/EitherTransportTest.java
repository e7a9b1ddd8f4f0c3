package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeUser;
import io.typedclient.okta.testing.ManualClock;
import io.typedclient.okta.testing.RecordedRequest;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.JdkHttpTransport;
import io.typedclient.runtime.UrlConnectionTransport;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Okta client over each transport against FakeOkta: the JDK's {@code java.net.http} one and the
 * {@code HttpURLConnection} one that Android apps pass to {@link OktaSessions.Builder#transport}. The same calls
 * must give the same sessions and the same errors, whichever carries them.
 */
@Timeout(30)
class EitherTransportTest {
  private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");

  /** The transports a user can pass to the builder. */
  enum Transport {
    JDK(() -> JdkHttpTransport.builder().connectTimeout(Duration.ofSeconds(5)).build()),
    URL_CONNECTION(() -> UrlConnectionTransport.builder().connectTimeout(Duration.ofSeconds(5)).build());

    private final Supplier<HttpTransport> factory;

    Transport(Supplier<HttpTransport> factory) {
      this.factory = factory;
    }
  }

  private final ManualClock clock = ManualClock.at(START);
  private final FakeOkta okta = FakeOkta.builder().clock(clock).start();
  private final FakeUser ada = okta.addUser("00u1ada", "ada@example.com", "Ada Lovelace");
  private HttpTransport transport;
  private SessionApiClient sessions;

  private SessionApiClient client(Transport kind, String apiToken) {
    transport = kind.factory.get();
    return OktaSessions.builder()
        .environment(name -> null, name -> null)
        .orgUrl(okta.orgUrl())
        .apiToken(apiToken)
        .transport(transport)
        .maxRetries(0)
        .requestTimeout(Duration.ofSeconds(5))
        .build();
  }

  @AfterEach
  void tearDown() {
    if (sessions != null) {
      sessions.close();
    }
    if (transport != null) {
      transport.close();
    }
    okta.close();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void createGetRefreshEndThenNotFound(Transport kind) {
    sessions = client(kind, okta.apiToken());
    String token = okta.issueSessionToken(ada);

    Session created = sessions.createSession(CreateSessionRequest.of(token));
    Session read = sessions.getSession(created.id());
    clock.advance(Duration.ofMinutes(30));
    Session refreshed = sessions.refreshSession(created.id());
    sessions.endSession(created.id());
    OktaApiException gone = assertThrows(OktaApiException.class, () -> sessions.getSession(created.id()));

    assertThat(created.userId()).isEqualTo("00u1ada");
    assertThat(created.status()).isEqualTo(SessionStatus.ACTIVE);
    assertThat(created.amr()).containsExactly(SessionAuthenticationMethod.PASSWORD);
    assertThat(created.links().user().name()).isEqualTo("Ada Lovelace");
    assertThat(read).isEqualTo(created);
    assertThat(refreshed.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(30)).plus(Duration.ofHours(2)));
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.errorCode()).isEqualTo(OktaApiException.NOT_FOUND);
    assertThat(gone.requestId()).isNotEmpty();
    assertThat(okta.session(created.id())).isEmpty();
    assertThat(okta.requests().stream().map(RecordedRequest::method))
        .containsExactly("POST", "GET", "POST", "DELETE", "GET")
        .inOrder();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void theSameLifecycleAsynchronously(Transport kind) throws Exception {
    sessions = client(kind, okta.apiToken());
    String token = okta.issueSessionToken(ada);

    Session created = sessions.createSessionAsync(CreateSessionRequest.of(token)).get(10, TimeUnit.SECONDS);
    Session read = sessions.getSessionAsync(created.id()).get(10, TimeUnit.SECONDS);
    Session refreshed = sessions.refreshSessionAsync(created.id()).get(10, TimeUnit.SECONDS);
    sessions.endSessionAsync(created.id()).get(10, TimeUnit.SECONDS);
    Throwable gone = assertThrows(ExecutionException.class,
        () -> sessions.getSessionAsync(created.id()).get(10, TimeUnit.SECONDS)).getCause();

    assertThat(read).isEqualTo(created);
    assertThat(refreshed.id()).isEqualTo(created.id());
    assertThat(gone).isInstanceOf(OktaApiException.class);
    assertThat(((OktaApiException) gone).errorCode()).isEqualTo(OktaApiException.NOT_FOUND);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aWrongApiTokenIsInvalidTokenWithOktasErrorBody(Transport kind) {
    sessions = client(kind, "not-the-token");

    OktaApiException e = assertThrows(OktaApiException.class, () -> sessions.getSession("anything"));

    assertThat(e.status()).isEqualTo(401);
    assertThat(e.errorCode()).isEqualTo(OktaApiException.INVALID_TOKEN);
    assertThat(e.errorSummary()).isNotEmpty();
    assertThat(e.isInvalidToken()).isTrue();
    assertThat(e.getMessage()).doesNotContain("not-the-token");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aSpentSessionTokenIs401AndIsSentOnce(Transport kind) {
    sessions = client(kind, okta.apiToken());
    String token = okta.issueSessionToken(ada);
    sessions.createSession(CreateSessionRequest.of(token));

    OktaApiException reused =
        assertThrows(OktaApiException.class, () -> sessions.createSession(CreateSessionRequest.of(token)));

    assertThat(reused.status()).isEqualTo(401);
    assertThat(reused.requestId()).isNotEmpty();
    if (kind == Transport.URL_CONNECTION) {
      // The JDK's HttpURLConnection discards the body of a 401 to a streamed request (Android's keeps it): the
      // status and headers are what is left, as UrlConnectionTransport documents.
      assertThat(reused.errorCode()).isAnyOf(null, "E0000004");
    } else {
      assertThat(reused.errorCode()).isEqualTo("E0000004");
    }
    assertThat(okta.requestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anHtmlErrorPageFromAProxyIsStillAClearOktaApiException(Transport kind) {
    sessions = client(kind, okta.apiToken());
    String id = okta.createSession(ada).id();
    okta.faults().next(1).respond(502);

    OktaApiException e = assertThrows(OktaApiException.class, () -> sessions.getSession(id));

    assertThat(e.status()).isEqualTo(502);
    assertThat(e.getMessage()).doesNotContain(id);
  }
}
