package io.typedclient.reliability.hostile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.typedclient.okta.OktaApiException;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.RecordedRequest;
import io.typedclient.reliability.support.OktaFixture;
import io.typedclient.reliability.support.Outcome;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every id of {@link HostileIds} either is refused before anything is sent, with an
 * {@link IllegalArgumentException} that says what is wrong, or reaches FakeOkta as exactly one path segment:
 * only unreserved characters and {@code %XX} escapes on the wire, which decode to exactly the id, with no query
 * or fragment split off. For user ids FakeOkta has a user with exactly that id, so a 204 proves the server
 * resolved the segment to it.
 */
@Timeout(60)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileIdsTest {
  private OktaFixture fixture;
  private FakeOkta okta;
  private SessionApiClient api;

  @BeforeAll
  void start() {
    fixture = OktaFixture.start();
    okta = fixture.okta();
    api = fixture.client().maxRetries(0).build();
  }

  @AfterAll
  void stop() {
    api.close();
    fixture.close();
  }

  @BeforeEach
  void reset() {
    okta.reset();
  }

  static Stream<Arguments> ids() {
    return HostileIds.ALL.entrySet().stream()
        .map(entry -> Arguments.of(Named.of(HostileIds.printable(entry.getKey()), entry.getKey()), entry.getValue()));
  }

  @Test
  void theListIsLongAndVaried() {
    assertThat(HostileIds.ALL.size()).isAtLeast(50);
    assertThat(HostileIds.ALL.values().stream().filter(reason -> reason != null).count()).isAtLeast(5);
  }

  @ParameterizedTest(name = "session id {0}")
  @MethodSource("ids")
  void sessionIdIsOneSegmentOrRefusedBeforeSending(String id, String refusal) {
    checkSessionCall("getSession", id, refusal, "", () -> Outcome.of(() -> api.getSession(id)));
    checkSessionCall("refreshSessionAsync", id, refusal, "/lifecycle/refresh",
        () -> Outcome.ofAsync(() -> api.refreshSessionAsync(id), 10));
    checkSessionCall("endSessionWithResponse", id, refusal, "", () -> Outcome.of(() -> api.endSessionWithResponse(id)));
  }

  /** One call on a session by a hostile id, the latest to reach (or not) the server. */
  private void checkSessionCall(String name, String id, String refusal, String suffix, Supplier<Outcome> call) {
    String what = name + "(" + HostileIds.printable(id) + ")";
    int before = okta.requestCount();
    Outcome outcome = call.get();
    if (refusal != null) {
      assertRefused(outcome, what, "sessionId", refusal, before);
      return;
    }
    assertWithMessage("%s: no such session, so Okta's 404", what)
        .that(outcome.failure()).isInstanceOf(OktaApiException.class);
    OktaApiException notFound = (OktaApiException) outcome.failure();
    assertThat(notFound.isNotFound()).isTrue();
    RecordedRequest request = last(before, what);
    String segment = assertOneSegment(request, "/api/v1/sessions/", suffix, id, what);
    String template = "/api/v1/sessions/{sessionId}" + suffix;
    assertWithMessage("%s: route", what).that(request.route()).isEqualTo(template);
    assertWithMessage("%s: the server decoded the segment to the id", what)
        .that(notFound.errorSummary()).isEqualTo("Not found: Resource not found: " + id + " (Session)");
    if (id.length() >= 8) {
      // The message names the request by its template, which this one id happens to spell.
      String message = notFound.getMessage().replace(template, "");
      assertWithMessage("%s: the message masks the id", what).that(message).doesNotContain(id);
      assertWithMessage("%s: the message masks the id as sent", what).that(message).doesNotContain(segment);
    }
  }

  @ParameterizedTest(name = "user id {0}")
  @MethodSource("ids")
  void userIdIsOneSegmentOrRefusedBeforeSending(String id, String refusal) {
    boolean userExists = !id.isBlank() && refusal == null;
    if (userExists) {
      okta.addUser(id, "hostile@example.com", "Hostile Id");
    }
    Outcome outcome = Outcome.of(() -> {
      api.revokeUserSessions(id, null, false);
      return "revoked";
    });
    String what = "revokeUserSessions(" + HostileIds.printable(id) + ")";
    if (refusal != null) {
      assertRefused(outcome, what, "userId", refusal, 0);
      return;
    }
    if (userExists) {
      assertWithMessage("%s: FakeOkta found the user with exactly this id", what).that(outcome.failure()).isNull();
    } else {
      assertWithMessage("%s: a blank id names no user", what).that(outcome.failure()).isInstanceOf(OktaApiException.class);
      assertThat(((OktaApiException) outcome.failure()).isNotFound()).isTrue();
    }
    RecordedRequest request = last(0, what);
    assertOneSegment(request, "/api/v1/users/", "/sessions", id, what);
    assertThat(request.route()).isEqualTo("/api/v1/users/{userId}/sessions");
    assertWithMessage("%s: the query is only what the call set", what).that(request.rawQuery()).isEqualTo("forgetDevices=false");
  }

  @Test
  void nullIdsAreRefusedBeforeSending() {
    assertRefused(Outcome.of(() -> api.getSession(null)), "getSession(null)", "sessionId", "is null", 0);
    assertRefused(Outcome.ofAsync(() -> api.endSessionAsync(null), 10), "endSessionAsync(null)", "sessionId", "is null", 0);
    assertRefused(Outcome.of(() -> {
      api.revokeUserSessions(null, true, true);
      return null;
    }), "revokeUserSessions(null)", "userId", "is null", 0);
  }

  private void assertRefused(Outcome outcome, String what, String parameter, String reason, int requestsBefore) {
    assertWithMessage("%s: refused before sending", what).that(outcome.failure())
        .isInstanceOf(IllegalArgumentException.class);
    assertWithMessage("%s: the message names the parameter", what)
        .that(outcome.failure().getMessage()).contains("\"" + parameter + "\"");
    assertWithMessage("%s: the message says what is wrong", what).that(outcome.failure().getMessage()).contains(reason);
    assertWithMessage("%s: nothing reached the server", what).that(okta.requestCount()).isEqualTo(requestsBefore);
  }

  private RecordedRequest last(int requestsBefore, String what) {
    assertWithMessage("%s: one request reached the server", what).that(okta.requestCount()).isEqualTo(requestsBefore + 1);
    return okta.requests().get(okta.requests().size() - 1);
  }

  /** The raw path is prefix + one segment + suffix, the segment decodes to {@code id}; returns the segment. */
  private static String assertOneSegment(RecordedRequest request, String prefix, String suffix, String id, String what) {
    String path = request.path();
    assertWithMessage("%s: raw path", what).that(path).startsWith(prefix);
    assertWithMessage("%s: raw path", what).that(path).endsWith(suffix);
    String segment = path.substring(prefix.length(), path.length() - suffix.length());
    assertWithMessage("%s: the segment holds only unreserved characters and escapes", what)
        .that(isUnreservedOrEscaped(segment)).isTrue();
    assertWithMessage("%s: the segment decodes to the id", what).that(decode(segment)).isEqualTo(id);
    if (!suffix.equals("/sessions")) {
      assertWithMessage("%s: no query split off", what).that(request.rawQuery()).isNull();
    }
    return segment;
  }

  /** Only RFC 3986 unreserved characters and upper-case {@code %XX} escapes: nothing a server splits on. */
  private static boolean isUnreservedOrEscaped(String segment) {
    if (segment.isEmpty()) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%') {
        if (i + 2 >= segment.length() || !isUpperHex(segment.charAt(i + 1)) || !isUpperHex(segment.charAt(i + 2))) {
          return false;
        }
        i += 2;
      } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpperHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
  }

  private static String decode(String segment) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%') {
        bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
