package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import org.junit.jupiter.api.Test;

final class HttpStatusExceptionTest {
  private static final HttpRequest REQUEST =
      HttpRequest.builder("GET", URI.create("https://example.okta.com/api/v1/sessions/102SECRETsession?expand=SECRETexpand"))
          .header("Authorization", "Bearer eyJSECRETjwt.part.sig")
          .header("Cookie", "sid=SECRETcookie; other=1")
          .invocation(
              Invocation.builder("SessionApi", "getSession")
                  .pathTemplate("/api/v1/sessions/{sessionId}")
                  .pathValue("sessionId", "102SECRETsession")
                  .queryValue("expand", "SECRETexpand")
                  .build())
          .build();

  static HttpResponse response(int status, String body, String... headers) {
    return HttpResponse.of(REQUEST, status, HttpHeaders.of(headers), body.getBytes(UTF_8));
  }

  @Test
  void picksTheFirstRequestIdHeaderPresent() {
    assertThat(new HttpStatusException(response(500, "", "X-Request-Id", "generic", "X-Okta-Request-Id", "okta")).requestId())
        .isEqualTo("okta");
    assertThat(new HttpStatusException(response(500, "", "X-Request-Id", "generic")).requestId()).isEqualTo("generic");
    assertThat(new HttpStatusException(response(500, "", "X-Okta-Request-Id", "")).requestId()).isNull();
  }

  @Test
  void messageShowsABoundedRequestIdOnOneLineAndTheAccessorAllOfIt() {
    String longId = "r".repeat(5_000);

    HttpStatusException e = new HttpStatusException(response(500, "", "X-Okta-Request-Id", longId));
    HttpStatusException odd = new HttpStatusException(response(500, "", "X-Okta-Request-Id", "a\tb"));

    assertThat(e.requestId()).isEqualTo(longId);
    assertThat(e).hasMessageThat().endsWith(" (request id " + "r".repeat(100) + "…)");
    assertThat(odd).hasMessageThat().endsWith(" (request id a b)");
  }

  @Test
  void oneLineFoldsEachRunOfWhitespaceAndControlCharactersIntoOneSpace() {
    assertThat(HttpStatusException.oneLine("\r\n  first\r\nforged: line\t\u001b[31m red\u0000 \u2028end \n"))
        .isEqualTo("first forged: line [31m red end");
    assertThat(HttpStatusException.oneLine(" \n\t")).isEmpty();
    assertThat(HttpStatusException.oneLine("plain")).isEqualTo("plain");
  }

  @Test
  void excerptIsExactWhenShortAndMarkedWhenCut() {
    String exact = "x".repeat(HttpStatusException.MAX_EXCERPT_CHARS);

    assertThat(new HttpStatusException(response(500, exact)).bodyExcerpt()).isEqualTo(exact);
    assertThat(new HttpStatusException(response(500, exact + "y")).bodyExcerpt()).isEqualTo(exact + "…");
    assertThat(HttpStatusException.excerpt("héllo wörld".getBytes(UTF_8), 5)).isEqualTo("héllo…");
    assertThat(HttpStatusException.excerpt(new byte[] {(byte) 0xff, 'a'}, 10)).isEqualTo("\ufffda");
    assertThat(HttpStatusException.excerpt(new byte[0], 10)).isEmpty();
  }

  @Test
  void messageMasksWhatTheServerEchoedButTheExcerptKeepsItsText() {
    String body = "<h1>Denied</h1> session 102SECRETsession with Bearer eyJSECRETjwt.part.sig cookie SECRETcookie "
        + "expand SECRETexpand";

    HttpStatusException e = new HttpStatusException(response(403, body));

    assertThat(e).hasMessageThat().doesNotContain("SECRET");
    assertThat(e).hasMessageThat().contains("session ██ with ██ cookie ██ expand ██");
    assertThat(e).hasMessageThat().startsWith(
        "HTTP 403 for GET https://example.okta.com/api/v1/sessions/{sessionId} (SessionApi.getSession): <h1>Denied</h1>");
    assertThat(e.bodyExcerpt()).isEqualTo(body);
  }

  @Test
  void shortValuesAreNotMaskedEverywhere() {
    HttpRequest request =
        HttpRequest.builder("DELETE", URI.create("https://h/api/v1/users/me/sessions?oauthTokens=true"))
            .invocation(
                Invocation.builder("")
                    .pathTemplate("/api/v1/users/{userId}/sessions")
                    .pathValue("userId", "me")
                    .queryValue("oauthTokens", "true")
                    .build())
            .build();

    HttpStatusException e =
        new HttpStatusException(HttpResponse.of(request, 400, HttpHeaders.empty(), "oauthTokens must be true or false for me".getBytes(UTF_8)));

    assertThat(e).hasMessageThat().endsWith(": oauthTokens must be true or false for me");
  }
}
