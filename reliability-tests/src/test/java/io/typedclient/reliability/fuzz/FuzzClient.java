package io.typedclient.reliability.fuzz;

import static com.google.common.truth.Truth.assertWithMessage;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.typedclient.okta.CreateSessionRequest;
import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.Session;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.reliability.secrets.Exposure;
import io.typedclient.reliability.support.Outcome;
import io.typedclient.runtime.ApiResponse;
import io.typedclient.runtime.HttpHeaders;
import io.typedclient.runtime.ResponseDecodingException;
import java.io.EOFException;
import java.util.Random;

/**
 * The Okta client over a {@link CannedTransport}: each fuzz case sets the answer and makes one call, in one of
 * the session-returning operations and forms chosen by the case's random source, and classifies what came out.
 */
final class FuzzClient implements AutoCloseable {
  static final String API_TOKEN = "00FuzzApiToken0000000000000000000000000000";
  static final String SESSION_ID = "102FuzzSessionId0000000000";
  static final String SESSION_TOKEN = "00FuzzSessionToken000000000000000000000000";
  static final String COOKIE = "sid=" + SESSION_ID;

  final CannedTransport transport = new CannedTransport();
  final SessionApiClient api;

  FuzzClient() {
    Exposure.global().secret(API_TOKEN, "API token");
    Exposure.global().secret(SESSION_ID, "session id used as a cookie");
    Exposure.global().secret(SESSION_TOKEN, "session token");
    api = OktaSessions.builder()
        .orgUrl("https://fuzz.okta.com")
        .apiToken(API_TOKEN)
        .transport(transport)
        .maxRetries(0)
        .build();
  }

  /** One call of a session-returning operation, in a form chosen by {@code random}; the session or a failure. */
  Outcome callReturningSession(Random random) {
    switch (random.nextInt(8)) {
      case 0:
        return Outcome.of(() -> api.getSession(SESSION_ID));
      case 1:
        return Outcome.ofAsync(() -> api.getSessionAsync(SESSION_ID), 10);
      case 2:
        return Outcome.of(() -> api.getSessionWithResponse(SESSION_ID).body());
      case 3:
        return Outcome.ofAsync(() -> api.refreshSessionWithResponseAsync(SESSION_ID).thenApply(ApiResponse::body), 10);
      case 4:
        return Outcome.of(() -> api.createSession(CreateSessionRequest.of(SESSION_TOKEN)));
      case 5:
        return Outcome.ofAsync(() -> api.createSessionAsync(CreateSessionRequest.of(SESSION_TOKEN)), 10);
      case 6:
        return Outcome.of(() -> api.getCurrentSession(COOKIE));
      default:
        return Outcome.ofAsync(() -> api.refreshCurrentSessionAsync(COOKIE), 10);
    }
  }

  /** A 200 with {@code body} as {@code application/json}. */
  void answerOk(byte[] body) {
    transport.answer(200, HttpHeaders.of("Content-Type", "application/json", "X-Okta-Request-Id", "reqFuzz1"), body);
  }

  /**
   * Holds a 2xx outcome to the contract: a session with an id, or a {@link ResponseDecodingException} caused by
   * Moshi's {@link JsonDataException} or {@link JsonEncodingException} (an end of input is a
   * {@code JsonEncodingException} naming the path, caused by Moshi's {@link EOFException}). Nothing else: not an
   * exception of an adapter's own, not a wrapped one.
   */
  static void assertSessionOrDecodingFailure(Outcome outcome, String input) {
    if (outcome.succeeded()) {
      Session session = (Session) outcome.result();
      assertWithMessage("a session always has its id; input %s", input).that(session.id()).isNotNull();
      assertWithMessage("toString").that(session.toString()).startsWith("Session{");
      return;
    }
    Throwable failure = outcome.failure();
    if (!(failure instanceof ResponseDecodingException) || failure.getClass() != ResponseDecodingException.class) {
      throw new AssertionError("expected a session or a ResponseDecodingException for input " + input
          + ", got " + failure, failure);
    }
    Throwable cause = failure.getCause();
    boolean moshi = cause instanceof JsonDataException || cause instanceof JsonEncodingException;
    if (!moshi) {
      throw new AssertionError("the cause must be Moshi's JsonDataException or JsonEncodingException; input "
          + input + ", got " + cause, failure);
    }
    if (cause instanceof JsonEncodingException && cause.getCause() != null
        && !(cause.getCause() instanceof EOFException)) {
      throw new AssertionError("unexpected cause below JsonEncodingException for input " + input, failure);
    }
    if (cause.getMessage() != null && cause.getMessage().contains("in a JSON adapter at path")) {
      // The runtime's last resort: an adapter threw something of its own (NPE, DateTimeException, ...).
      throw new AssertionError("an adapter failed with its own exception for input " + input, failure);
    }
    assertWithMessage("the message names the request by its template")
        .that(failure.getMessage()).contains("https://fuzz.okta.com/api/v1/sessions");
    assertWithMessage("the message is bounded").that(failure.getMessage().length()).isAtMost(1000);
  }

  @Override
  public void close() {
    api.close();
  }
}
