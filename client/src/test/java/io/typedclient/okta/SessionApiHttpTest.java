package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.OktaHttp.API_TOKEN;
import static io.typedclient.okta.OktaHttp.SESSION_ID;
import static io.typedclient.okta.OktaHttp.T0;
import static io.typedclient.okta.OktaHttp.body;
import static io.typedclient.okta.OktaHttp.example;
import static io.typedclient.okta.OktaHttp.json;
import static io.typedclient.okta.OktaHttp.status;
import static io.typedclient.okta.OktaHttp.take;

import io.typedclient.runtime.ApiResponse;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every endpoint in every form, over real HTTP: what is sent, and what comes back. */
@Timeout(30)
class SessionApiHttpTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private SessionApiClient sessions;

  @BeforeEach
  void setUp() {
    sessions = OktaHttp.clientFor(server, FakeScheduler.autoAdvancing(T0)).build();
  }

  @AfterEach
  void tearDown() {
    sessions.close();
  }

  private Form.Calls<Session> createSession(String token) {
    CreateSessionRequest request = CreateSessionRequest.of(token);
    return new Form.Calls<>(
        () -> sessions.createSession(request),
        () -> sessions.createSessionAsync(request),
        () -> sessions.createSessionWithResponse(request),
        () -> sessions.createSessionWithResponseAsync(request));
  }

  private Form.Calls<Session> getSession(String id) {
    return new Form.Calls<>(
        () -> sessions.getSession(id),
        () -> sessions.getSessionAsync(id),
        () -> sessions.getSessionWithResponse(id),
        () -> sessions.getSessionWithResponseAsync(id));
  }

  /** Every operation, by name, in the four forms; the ones without a result give {@code null} bodies. */
  static Form.Calls<?> operation(SessionApi sessions, String name, String id) {
    switch (name) {
      case "createSession":
        CreateSessionRequest request = CreateSessionRequest.of("00HiohZYpJgMSHwmL9TQy7RRzuY-q9soKp1SPmYYow");
        return new Form.Calls<>(
            () -> sessions.createSession(request),
            () -> sessions.createSessionAsync(request),
            () -> sessions.createSessionWithResponse(request),
            () -> sessions.createSessionWithResponseAsync(request));
      case "getSession":
        return new Form.Calls<>(
            () -> sessions.getSession(id),
            () -> sessions.getSessionAsync(id),
            () -> sessions.getSessionWithResponse(id),
            () -> sessions.getSessionWithResponseAsync(id));
      case "refreshSession":
        return new Form.Calls<>(
            () -> sessions.refreshSession(id),
            () -> sessions.refreshSessionAsync(id),
            () -> sessions.refreshSessionWithResponse(id),
            () -> sessions.refreshSessionWithResponseAsync(id));
      case "endSession":
        return new Form.Calls<Void>(
            () -> {
              sessions.endSession(id);
              return null;
            },
            () -> sessions.endSessionAsync(id),
            () -> sessions.endSessionWithResponse(id),
            () -> sessions.endSessionWithResponseAsync(id));
      case "revokeUserSessions":
        return new Form.Calls<Void>(
            () -> {
              sessions.revokeUserSessions(id, true, false);
              return null;
            },
            () -> sessions.revokeUserSessionsAsync(id, true, false),
            () -> sessions.revokeUserSessionsWithResponse(id, true, false),
            () -> sessions.revokeUserSessionsWithResponseAsync(id, true, false));
      case "getCurrentSession":
        return new Form.Calls<>(
            () -> sessions.getCurrentSession("sid=" + id),
            () -> sessions.getCurrentSessionAsync("sid=" + id),
            () -> sessions.getCurrentSessionWithResponse("sid=" + id),
            () -> sessions.getCurrentSessionWithResponseAsync("sid=" + id));
      case "refreshCurrentSession":
        return new Form.Calls<>(
            () -> sessions.refreshCurrentSession("sid=" + id),
            () -> sessions.refreshCurrentSessionAsync("sid=" + id),
            () -> sessions.refreshCurrentSessionWithResponse("sid=" + id),
            () -> sessions.refreshCurrentSessionWithResponseAsync("sid=" + id));
      case "closeCurrentSession":
        return new Form.Calls<Void>(
            () -> {
              sessions.closeCurrentSession("sid=" + id);
              return null;
            },
            () -> sessions.closeCurrentSessionAsync("sid=" + id),
            () -> sessions.closeCurrentSessionWithResponse("sid=" + id),
            () -> sessions.closeCurrentSessionWithResponseAsync("sid=" + id));
      default:
        throw new IllegalArgumentException(name);
    }
  }

  private static void assertCommonHeaders(RecordedRequest recorded) {
    assertThat(recorded.getHeaders().values("Accept")).containsExactly("application/json");
    assertThat(recorded.getHeaders().get("User-Agent"))
        .matches("typedclient-okta-sessions/" + Version.VERSION.replace(".", "\\.") + " java/\\S+ \\S+/\\S+");
    assertThat(recorded.getHeaders().get("Cache-Control")).isNull();
  }

  private static void assertApiToken(RecordedRequest recorded) {
    assertThat(recorded.getHeaders().values("Authorization")).containsExactly("SSWS " + API_TOKEN);
    assertThat(recorded.getHeaders().get("Cookie")).isNull();
  }

  private static void assertCookieOnly(RecordedRequest recorded) {
    assertThat(recorded.getHeaders().get("Authorization")).isNull();
    assertThat(recorded.getHeaders().values("Cookie")).containsExactly("sid=" + SESSION_ID);
  }

  private static void assertNoBody(RecordedRequest recorded) {
    assertThat(body(recorded)).isEmpty();
    assertThat(recorded.getHeaders().get("Content-Type")).isNull();
  }

  private static void assertSpecExampleSession(Session session) {
    assertThat(session.id()).isEqualTo(SESSION_ID);
    assertThat(session.login()).isEqualTo("user@example.com");
    assertThat(session.userId()).isEqualTo("00u0abcdefGHIJKLMNOP");
    assertThat(session.status()).isEqualTo(SessionStatus.ACTIVE);
    assertThat(session.amr()).containsExactly(SessionAuthenticationMethod.PASSWORD);
    assertThat(session.idp()).isEqualTo(
        new SessionIdentityProvider("01a2bcdef3GHIJKLMNOP", SessionIdentityProviderType.ACTIVE_DIRECTORY));
    assertThat(session.lastFactorVerification()).isEqualTo(Instant.parse("2019-08-24T14:15:22Z"));
    assertThat(session.lastPasswordVerification()).isEqualTo(Instant.parse("2019-08-24T14:15:22Z"));
    assertThat(session.links().self()).isNotNull();
  }

  private static <T> void assertOkResponse(Form.Result<T> result, int status) {
    if (result.response() != null) {
      ApiResponse<T> response = result.response();
      assertThat(response.status()).isEqualTo(status);
      assertThat(response.header("X-Okta-Request-Id")).isEqualTo("req-" + status);
      assertThat(RateLimit.of(response).remaining().getAsLong()).isEqualTo(599);
    }
  }

  private static String[] okHeaders(int status) {
    return new String[] {
      "X-Okta-Request-Id", "req-" + status,
      "X-Rate-Limit-Limit", "600", "X-Rate-Limit-Remaining", "599", "X-Rate-Limit-Reset", "1748779260"
    };
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void createSession(Form form) throws Exception {
    server.enqueue(example(200, "create-session-response.json", okHeaders(200)));

    Form.Result<Session> result = form.call(createSession("00HiohZYpJgMSHwmL9TQy7RRzuY-q9soKp1SPmYYow"));

    assertSpecExampleSession(result.body());
    assertThat(result.body().createdAt()).isEqualTo(Instant.parse("2019-08-24T14:15:22Z"));
    assertOkResponse(result, 200);
    RecordedRequest recorded = take(server);
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getTarget()).isEqualTo("/api/v1/sessions");
    assertThat(body(recorded)).isEqualTo(Payloads.example("create-session-request.json").replaceAll("\\s", ""));
    assertThat(recorded.getHeaders().get("Content-Type")).startsWith("application/json");
    assertCommonHeaders(recorded);
    assertApiToken(recorded);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void getSession(Form form) throws Exception {
    server.enqueue(example(200, "get-session-response.json", okHeaders(200)));

    Form.Result<Session> result = form.call(getSession(SESSION_ID));

    assertSpecExampleSession(result.body());
    assertThat(result.body().links().self().href())
        .isEqualTo("https://{yourOktaDomain}/api/v1/sessions/l7FbDVqS8zHSy65uJD85");
    assertOkResponse(result, 200);
    RecordedRequest recorded = take(server);
    assertThat(recorded.getMethod()).isEqualTo("GET");
    assertThat(recorded.getTarget()).isEqualTo("/api/v1/sessions/" + SESSION_ID);
    assertNoBody(recorded);
    assertCommonHeaders(recorded);
    assertApiToken(recorded);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  @SuppressWarnings("unchecked")
  void refreshSession(Form form) throws Exception {
    server.enqueue(example(200, "refresh-session-response.json", okHeaders(200)));

    Form.Result<Session> result = form.call((Form.Calls<Session>) operation(sessions, "refreshSession", SESSION_ID));

    assertSpecExampleSession(result.body());
    assertThat(result.body().expiresAt()).isEqualTo(Instant.parse("2019-08-25T14:17:22Z"));
    assertOkResponse(result, 200);
    RecordedRequest recorded = take(server);
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getTarget()).isEqualTo("/api/v1/sessions/" + SESSION_ID + "/lifecycle/refresh");
    assertNoBody(recorded);
    assertCommonHeaders(recorded);
    assertApiToken(recorded);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  @SuppressWarnings("unchecked")
  void endSession(Form form) throws Exception {
    server.enqueue(status(204, okHeaders(204)));

    Form.Result<Void> result = form.call((Form.Calls<Void>) operation(sessions, "endSession", SESSION_ID));

    assertThat(result.body()).isNull();
    assertOkResponse(result, 204);
    RecordedRequest recorded = take(server);
    assertThat(recorded.getMethod()).isEqualTo("DELETE");
    assertThat(recorded.getTarget()).isEqualTo("/api/v1/sessions/" + SESSION_ID);
    assertNoBody(recorded);
    assertCommonHeaders(recorded);
    assertApiToken(recorded);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  @SuppressWarnings("unchecked")
  void revokeUserSessions(Form form) throws Exception {
    server.enqueue(status(204, okHeaders(204)));

    Form.Result<Void> result =
        form.call((Form.Calls<Void>) operation(sessions, "revokeUserSessions", "00u0abcdefGHIJKLMNOP"));

    assertThat(result.body()).isNull();
    assertOkResponse(result, 204);
    RecordedRequest recorded = take(server);
    assertThat(recorded.getMethod()).isEqualTo("DELETE");
    assertThat(recorded.getTarget())
        .isEqualTo("/api/v1/users/00u0abcdefGHIJKLMNOP/sessions?oauthTokens=true&forgetDevices=false");
    assertNoBody(recorded);
    assertCommonHeaders(recorded);
    assertApiToken(recorded);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void revokeUserSessionsLeavesOutNullParameters(Form form) throws Exception {
    server.enqueue(status(204));
    server.enqueue(status(204));

    form.call(new Form.Calls<Void>(
        () -> {
          sessions.revokeUserSessions("00u1", null, null);
          return null;
        },
        () -> sessions.revokeUserSessionsAsync("00u1", null, null),
        () -> sessions.revokeUserSessionsWithResponse("00u1", null, null),
        () -> sessions.revokeUserSessionsWithResponseAsync("00u1", null, null)));
    form.call(new Form.Calls<Void>(
        () -> {
          sessions.revokeUserSessions("00u1", null, true);
          return null;
        },
        () -> sessions.revokeUserSessionsAsync("00u1", null, true),
        () -> sessions.revokeUserSessionsWithResponse("00u1", null, true),
        () -> sessions.revokeUserSessionsWithResponseAsync("00u1", null, true)));

    assertThat(take(server).getTarget()).isEqualTo("/api/v1/users/00u1/sessions");
    assertThat(take(server).getTarget()).isEqualTo("/api/v1/users/00u1/sessions?forgetDevices=true");
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  @SuppressWarnings("unchecked")
  void getCurrentSession(Form form) throws Exception {
    server.enqueue(example(200, "get-current-session-response.json", okHeaders(200)));

    Form.Result<Session> result =
        form.call((Form.Calls<Session>) operation(sessions, "getCurrentSession", SESSION_ID));

    assertSpecExampleSession(result.body());
    assertThat(result.body().links().user().name()).isEqualTo("User Name");
    assertThat(result.body().links().refresh().allowedMethods()).containsExactly("POST");
    assertOkResponse(result, 200);
    RecordedRequest recorded = take(server);
    assertThat(recorded.getMethod()).isEqualTo("GET");
    assertThat(recorded.getTarget()).isEqualTo("/api/v1/sessions/me");
    assertNoBody(recorded);
    assertCommonHeaders(recorded);
    assertCookieOnly(recorded);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  @SuppressWarnings("unchecked")
  void refreshCurrentSession(Form form) throws Exception {
    server.enqueue(example(200, "refresh-current-session-response.json", okHeaders(200)));

    Form.Result<Session> result =
        form.call((Form.Calls<Session>) operation(sessions, "refreshCurrentSession", SESSION_ID));

    assertSpecExampleSession(result.body());
    assertOkResponse(result, 200);
    RecordedRequest recorded = take(server);
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getTarget()).isEqualTo("/api/v1/sessions/me/lifecycle/refresh");
    assertNoBody(recorded);
    assertCommonHeaders(recorded);
    assertCookieOnly(recorded);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  @SuppressWarnings("unchecked")
  void closeCurrentSession(Form form) throws Exception {
    server.enqueue(status(204, okHeaders(204)));

    Form.Result<Void> result = form.call((Form.Calls<Void>) operation(sessions, "closeCurrentSession", SESSION_ID));

    assertThat(result.body()).isNull();
    assertOkResponse(result, 204);
    RecordedRequest recorded = take(server);
    assertThat(recorded.getMethod()).isEqualTo("DELETE");
    assertThat(recorded.getTarget()).isEqualTo("/api/v1/sessions/me");
    assertNoBody(recorded);
    assertCommonHeaders(recorded);
    assertCookieOnly(recorded);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void bearerTokenIsSentWhenConfigured(Form form) throws Exception {
    sessions.close();
    sessions = OktaSessions.builder()
        .environment(name -> null, name -> null)
        .orgUrl(server.url("/").toString())
        .accessToken(() -> "eyJ.access.token")
        .build();
    server.enqueue(example(200, "get-session-response.json"));

    form.call(getSession(SESSION_ID));

    assertThat(take(server).getHeaders().values("Authorization")).containsExactly("Bearer eyJ.access.token");
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void docsStyleSessionDecodes(Form form) {
    server.enqueue(json(200, Payloads.docsStyle("session.json")));

    Session session = form.call(getSession("101W_juydrDRByB7fUdRyE2JQ")).body();

    assertThat(session.id()).isEqualTo("101W_juydrDRByB7fUdRyE2JQ");
    assertThat(session.createdAt()).isEqualTo(Instant.parse("2015-08-30T18:41:35.818Z"));
    assertThat(session.expiresAt()).isEqualTo(Instant.parse("2015-08-30T20:41:35.818Z"));
    assertThat(session.lastFactorVerification()).isNull();
    assertThat(session.idp().type()).isEqualTo(SessionIdentityProviderType.OKTA);
    assertThat(session.links().self().href())
        .isEqualTo("https://dev-123456.okta.com/api/v1/sessions/101W_juydrDRByB7fUdRyE2JQ");
    assertThat(session.links().user().name()).isEqualTo("Isaac Brock");
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void valuesOktaAddsLaterDecodeToUnknown(Form form) {
    server.enqueue(json(200, Payloads.docsStyle("session-from-the-future.json")));

    Session session = form.call(getSession("102future0000000000000")).body();

    assertThat(session.status()).isEqualTo(SessionStatus.UNKNOWN);
    assertThat(session.idp().type()).isEqualTo(SessionIdentityProviderType.UNKNOWN);
    assertThat(session.amr()).containsExactly(
        SessionAuthenticationMethod.PASSWORD,
        SessionAuthenticationMethod.UNKNOWN,
        SessionAuthenticationMethod.MULTIFACTOR_AUTHENTICATION).inOrder();
    assertThat(session.lastPasswordVerification()).isNull();
    assertThat(session.lastFactorVerification()).isEqualTo(Instant.parse("2031-01-02T03:04:06.500Z"));
    assertThat(session.links().relations().keySet()).containsExactly("self", "logout", "devices").inOrder();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void sessionWithOnlyAnIdDecodes(Form form) {
    server.enqueue(json(200, Payloads.docsStyle("session-minimal.json")));

    Session session = form.call(getSession("103minimal000000000000")).body();

    assertThat(session).isEqualTo(
        new Session("103minimal000000000000", null, null, null, null, null, null, null, null, null, null));
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void everyAuthenticationMethodCodeDecodes(Form form) {
    server.enqueue(json(200, "{\"id\":\"s1\",\"amr\":"
        + "[\"fpt\",\"geo\",\"hwk\",\"kba\",\"mca\",\"mfa\",\"otp\",\"pwd\",\"sc\",\"sms\",\"swk\",\"tel\"]}"));

    Session session = form.call(getSession("s1")).body();

    assertThat(session.amr()).containsExactly(
        SessionAuthenticationMethod.BIO_FINGERPRINT,
        SessionAuthenticationMethod.GEOLOCATION,
        SessionAuthenticationMethod.POP_HARDWARE_KEY,
        SessionAuthenticationMethod.KNOWLEDGE_BASED_AUTHENTICATION,
        SessionAuthenticationMethod.MULTIPLE_CHANNEL_AUTHENTICATION,
        SessionAuthenticationMethod.MULTIFACTOR_AUTHENTICATION,
        SessionAuthenticationMethod.ONE_TIME_PASSWORD,
        SessionAuthenticationMethod.PASSWORD,
        SessionAuthenticationMethod.SMART_CARD,
        SessionAuthenticationMethod.SMS_MESSAGE,
        SessionAuthenticationMethod.POP_SOFTWARE_KEY,
        SessionAuthenticationMethod.TELEPHONE_CALL).inOrder();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void timestampsWithAnOffsetAreTheSameInstant(Form form) {
    server.enqueue(json(200, "{\"id\":\"s1\",\"createdAt\":\"2019-08-24T16:15:22+02:00\","
        + "\"expiresAt\":\"2019-08-24T14:15:22.123456Z\"}"));

    Session session = form.call(getSession("s1")).body();

    assertThat(session.createdAt()).isEqualTo(Instant.parse("2019-08-24T14:15:22Z"));
    assertThat(session.expiresAt()).isEqualTo(Instant.parse("2019-08-24T14:15:22.123456Z"));
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void sessionWithoutIdIsADecodingErrorNamingTheId(Form form) {
    server.enqueue(json(200, "{\"login\":\"user@example.com\",\"status\":\"ACTIVE\"}"));

    io.typedclient.runtime.ResponseDecodingException e =
        form.failure(io.typedclient.runtime.ResponseDecodingException.class, getSession("s1"));

    assertThat(e).hasMessageThat().contains("id");
    assertThat(e).hasMessageThat().contains("/api/v1/sessions/{sessionId}");
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void nothingIsCachedARevokedSessionIsNotFound(Form form) throws Exception {
    server.enqueue(example(200, "get-session-response.json", "Cache-Control", "max-age=3600", "ETag", "\"v1\""));
    server.enqueue(example(404, "error-404-resource-not-found-E0000007.json"));

    form.call(getSession(SESSION_ID));
    OktaApiException gone = form.failure(OktaApiException.class, getSession(SESSION_ID));

    assertThat(gone.isNotFound()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
    take(server);
    RecordedRequest second = take(server);
    assertThat(second.getHeaders().get("If-None-Match")).isNull();
  }

  static List<String> operations() {
    return List.of("createSession", "getSession", "refreshSession", "endSession", "revokeUserSessions",
        "getCurrentSession", "refreshCurrentSession", "closeCurrentSession");
  }
}
