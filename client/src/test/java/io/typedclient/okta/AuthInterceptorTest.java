package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.HttpRequest;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthInterceptorTest {

  @Test
  void apiTokenIsSentAsSsws() {
    HttpRequest sent = AuthInterceptor.apiToken(() -> "00abc").rewrite(TestRequests.getSession("abc123"));
    assertThat(sent.headers().all("Authorization")).containsExactly("SSWS 00abc");
  }

  @Test
  void accessTokenIsSentAsBearerAndAskedForOnEveryAttempt() {
    AtomicInteger asked = new AtomicInteger();
    AuthInterceptor auth = AuthInterceptor.accessToken(() -> "token-" + asked.incrementAndGet());
    HttpRequest request = TestRequests.getSession("abc123");

    assertThat(auth.rewrite(request).headers().first("Authorization")).isEqualTo("Bearer token-1");
    assertThat(auth.rewrite(request).headers().first("Authorization")).isEqualTo("Bearer token-2");
  }

  @Test
  void replacesAnyAuthorizationAlreadyThere() {
    HttpRequest request = TestRequests.getSession("abc123").toBuilder().header("Authorization", "Basic x").build();
    assertThat(AuthInterceptor.apiToken(() -> "t").rewrite(request).headers().all("Authorization"))
        .containsExactly("SSWS t");
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /api/v1/sessions/me",
    "DELETE, /api/v1/sessions/me",
    "POST, /api/v1/sessions/me/lifecycle/refresh",
  })
  void currentSessionCallsCarryNoAuthorization(String method, String template) {
    AtomicInteger asked = new AtomicInteger();
    HttpRequest request = TestRequests.request(method, template, null).toBuilder()
        .header("Cookie", "sid=abc")
        .header("Authorization", "SSWS smuggled")
        .build();

    HttpRequest sent = AuthInterceptor.apiToken(() -> "t" + asked.incrementAndGet()).rewrite(request);

    assertThat(sent.headers().contains("Authorization")).isFalse();
    assertThat(sent.headers().first("Cookie")).isEqualTo("sid=abc");
    assertThat(asked.get()).isEqualTo(0);
  }

  @Test
  void sessionIdMeIsRefusedRatherThanReachingTheCurrentSession() {
    AtomicInteger asked = new AtomicInteger();
    for (String id : new String[] {"me", "ME", "Me"}) {
      HttpRequest request = TestRequests.getSession(id);
      IllegalArgumentException e = assertThrows(
          IllegalArgumentException.class,
          () -> AuthInterceptor.apiToken(() -> "t" + asked.incrementAndGet()).rewrite(request));
      assertThat(e).hasMessageThat().contains("path parameter \"sessionId\"");
      assertThat(e).hasMessageThat().contains("caller's own session or user");
    }
    assertThat(asked.get()).isEqualTo(0);
  }

  @Test
  void idsThatOnlyStartWithMeAreIds() {
    for (String id : new String[] {"meh", "me2", "some"}) {
      HttpRequest request = TestRequests.getSession(id);
      assertThat(AuthInterceptor.apiToken(() -> "t").rewrite(request).headers().first("Authorization"))
          .isEqualTo("SSWS t");
    }
  }

  @Test
  void meAsAnIdIsRefusedInAnySegmentOfAnyTemplateShape() {
    String[][] cases = {
      // the parameter refused (null: sent), template, path values in order
      {"userId", "/api/v1/users/{userId}/sessions", "me"},
      {"userId", "/api/v1/users/{userId}/sessions", "mE"},
      {null, "/api/v1/users/{userId}/sessions", "me "},
      {null, "/api/v1/users/{userId}/sessions", "m"},
      {null, "/api/v1/users/{userId}/sessions", "m\u00e9"},
      {null, "/api/v1/users/{userId}/sessions", "\uff4d\uff45"},
      {"b", "/api/v1/a/{a}/b/{b}", "x", "ME"},
      {"a", "/api/v1/a/{a}/b/{b}", "me", "me"},
      {null, "/api/v1/a/{a}/b/{b}", "x", "y"},
      {"a", "/api/v1/a/{a}/", "me"},
      {null, "/api/v1/a/me"},
      {"a", "/{a}", "me"},
    };
    for (String[] c : cases) {
      HttpRequest request =
          TestRequests.get(c[1], Arrays.copyOfRange(c, 2, c.length));
      if (c[0] == null) {
        AuthInterceptor.refuseMeAsId(request);
      } else {
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> AuthInterceptor.refuseMeAsId(request), c[1]);
        assertThat(e).hasMessageThat().contains("path parameter \"" + c[0] + "\"");
      }
    }
  }

  @Test
  void currentSessionCallWithoutCookieIsRefused() {
    HttpRequest request = TestRequests.get("/api/v1/sessions/me");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AuthInterceptor.apiToken(() -> "t").rewrite(request));
    assertThat(e).hasMessageThat().contains("session cookie");
  }

  @Test
  void nullOrBlankTokenIsAClearError() {
    HttpRequest request = TestRequests.getSession("abc123");
    IllegalStateException nullToken =
        assertThrows(IllegalStateException.class, () -> AuthInterceptor.accessToken(() -> null).rewrite(request));
    IllegalStateException blank =
        assertThrows(IllegalStateException.class, () -> AuthInterceptor.apiToken(() -> "  ").rewrite(request));
    assertThat(nullToken).hasMessageThat().contains("access token supplier returned null");
    assertThat(blank).hasMessageThat().contains("API token supplier returned a blank token");
  }

  @Test
  void aSuppliedTokenCarryingItsSchemeIsRefusedWithoutBeingRepeated() {
    HttpRequest request = TestRequests.getSession("abc123");
    IllegalStateException ssws = assertThrows(
        IllegalStateException.class, () -> AuthInterceptor.apiToken(() -> " SSWS secret-1").rewrite(request));
    IllegalStateException bearer = assertThrows(
        IllegalStateException.class, () -> AuthInterceptor.accessToken(() -> "bearer secret-2").rewrite(request));
    assertThat(ssws).hasMessageThat().contains("API token supplier returned a token that starts with its scheme");
    assertThat(bearer).hasMessageThat().contains("access token supplier returned a token that starts with its scheme");
    assertThat(ssws).hasMessageThat().doesNotContain("secret-1");
    assertThat(bearer).hasMessageThat().doesNotContain("secret-2");
  }

  @Test
  void tokenWithLineBreakIsRefusedWithoutBeingRepeated() {
    HttpRequest request = TestRequests.getSession("abc123");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AuthInterceptor.apiToken(() -> "secret\r\nX-Evil: 1").rewrite(request));
    assertThat(e).hasMessageThat().doesNotContain("secret");
    assertThat(e).hasMessageThat().doesNotContain("X-Evil");
  }

  @Test
  void toStringHidesTheToken() {
    assertThat(AuthInterceptor.apiToken(() -> "00secret").toString()).doesNotContain("00secret");
  }
}
