package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.TestRequests.createSession;
import static io.typedclient.okta.TestRequests.getSession;
import static io.typedclient.okta.TestRequests.response;

import io.typedclient.runtime.HttpHeaders;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OktaErrorMapperTest {
  private static final String SESSION_ID = "l7FbDVqS8zHSy65uJD85";
  private static final OktaErrorMapper MAPPER = new OktaErrorMapper();

  private static OktaApiException map(HttpResponse response) {
    return (OktaApiException) MAPPER.toException(response);
  }

  @ParameterizedTest
  @CsvSource({
    "error-400-api-validation-failed-E0000001.json, 400, E0000001, 'Api validation failed: {0}', sampleiCF-8D5rLW6myqiPItW",
    "error-401-invalid-token-E0000011.json, 401, E0000011, Invalid token provided, sampleQPivGUj_ND5v78vbYWW",
    "error-403-access-denied-E0000006.json, 403, E0000006, You do not have permission to perform the requested action, sampleNUSD_8fdkFd8fs8SDBK",
    "error-404-resource-not-found-E0000007.json, 404, E0000007, 'Not found: {0}', sampleMlLvGUj_YD5v16vkYWY",
    "error-429-too-many-requests-E0000047.json, 429, E0000047, API call exceeded rate limit due to too many requests., sampleQPivGUj_ND5v78vbYWW",
  })
  void everyErrorExampleIsRead(String file, int status, String code, String summary, String errorId) {
    HttpRequest request = getSession(SESSION_ID);
    OktaApiException e = map(response(request, status, Payloads.example(file),
        "Content-Type", "application/json", "X-Okta-Request-Id", "reqid-" + status));

    assertThat(e.status()).isEqualTo(status);
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(e.errorSummary()).isEqualTo(summary);
    assertThat(e.errorLink()).isEqualTo(code);
    assertThat(e.errorId()).isEqualTo(errorId);
    assertThat(e.errorCauses()).isEmpty();
    assertThat(e.requestId()).isEqualTo("reqid-" + status);
    assertThat(e).hasMessageThat().contains("HTTP " + status);
    assertThat(e).hasMessageThat().contains(code);
    assertThat(e).hasMessageThat().contains("/api/v1/sessions/{sessionId}");
    assertThat(e).hasMessageThat().contains("reqid-" + status);
    assertThat(e.isNotFound()).isEqualTo(code.equals("E0000007"));
    assertThat(e.isInvalidToken()).isEqualTo(code.equals("E0000011"));
    assertThat(e.isRateLimited()).isEqualTo(code.equals("E0000047"));
    assertThat(e.isInvalidSession()).isFalse();
  }

  @Test
  void invalidSessionPredicate() {
    HttpRequest request = getSession(SESSION_ID);
    OktaApiException e = map(response(request, 403,
        "{\"errorCode\":\"E0000005\",\"errorSummary\":\"Invalid session\",\"errorCauses\":[]}"));
    assertThat(e.isInvalidSession()).isTrue();
    assertThat(e.isNotFound()).isFalse();
  }

  @Test
  void errorCausesAreRead() {
    HttpRequest request = createSession();
    OktaApiException e = map(response(request, 400,
        "{\"errorCode\":\"E0000001\",\"errorSummary\":\"Api validation failed: sessionToken\","
            + "\"errorCauses\":[{\"errorSummary\":\"sessionToken: is invalid\"},{\"other\":1},\"plain text cause\",7]}"));

    assertThat(e.errorCauses()).containsExactly("sessionToken: is invalid", "plain text cause").inOrder();
    assertThat(e).hasMessageThat().contains("sessionToken: is invalid");
  }

  @Test
  void rateLimitValuesAndResetAreOnTheException() {
    HttpRequest request = getSession(SESSION_ID);
    long reset = Instant.parse("2025-06-01T12:01:00Z").getEpochSecond();
    OktaApiException e = map(response(request, 429, Payloads.example("error-429-too-many-requests-E0000047.json"),
        "X-Rate-Limit-Limit", "600", "X-Rate-Limit-Remaining", "0", "X-Rate-Limit-Reset", Long.toString(reset)));

    assertThat(e.rateLimit().limit().getAsLong()).isEqualTo(600);
    assertThat(e.rateLimit().remaining().getAsLong()).isEqualTo(0);
    assertThat(e.rateLimit().resetAt()).hasValue(Instant.ofEpochSecond(reset));
    assertThat(e).hasMessageThat().contains("rate limit resets at 2025-06-01T12:01:00Z");
  }

  @Test
  void htmlFromAProxyStillGivesStatusAndABoundedExcerpt() {
    HttpRequest request = getSession(SESSION_ID);
    String html = "<html><head><title>502 Bad Gateway</title></head>\n<body>\n<h1>Bad Gateway</h1>"
        + "x".repeat(10_000) + "</body></html>";
    OktaApiException e = map(response(request, 502, html, "Content-Type", "text/html"));

    assertThat(e.status()).isEqualTo(502);
    assertThat(e.errorCode()).isNull();
    assertThat(e.errorSummary()).isNull();
    assertThat(e.errorCauses()).isEmpty();
    assertThat(e.bodyExcerpt()).startsWith("<html><head><title>502 Bad Gateway");
    assertThat(e.bodyExcerpt().length()).isAtMost(io.typedclient.runtime.HttpStatusException.MAX_EXCERPT_CHARS + 1);
    assertThat(e).hasMessageThat().contains("not an Okta error (text/html");
    assertThat(e).hasMessageThat().contains("502 Bad Gateway");
    assertThat(e.getMessage().length()).isLessThan(600);
    assertThat(e.getMessage()).doesNotContain("\n");
  }

  @Test
  void emptyBodyStillGivesStatusAndPredicatesFromTheStatus() {
    OktaApiException notFound = map(response(getSession(SESSION_ID), 404, ""));
    OktaApiException unauthorized = map(response(getSession(SESSION_ID), 401, null));
    OktaApiException limited = map(response(getSession(SESSION_ID), 429, null));

    assertThat(notFound).hasMessageThat().contains("HTTP 404");
    assertThat(notFound).hasMessageThat().contains("empty body");
    assertThat(notFound.isNotFound()).isTrue();
    assertThat(unauthorized.isInvalidToken()).isTrue();
    assertThat(limited.isRateLimited()).isTrue();
    assertThat(limited.isNotFound()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"errorCode\":\"E0000007\",\"errorSummary\":\"Not fo",
    "{\"errorCode\":\"E0000007\",",
    "{\"errorCode\":\"E0000007\" \"oops\"}",
  })
  void truncatedOrMalformedJsonKeepsWhatWasRead(String body) {
    OktaApiException e = map(response(getSession(SESSION_ID), 404, body));
    assertThat(e.errorCode()).isEqualTo("E0000007");
    assertThat(e.isNotFound()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "[]", "[1,2]", "\"E0000007\"", "42", "null", "true", "{}", "{\"message\":\"other API's error\"}",
    "{\"errorCode\":42,\"errorSummary\":{\"nested\":true},\"errorCauses\":\"none\"}",
    "\u0000\u0001binary", "{{{{", "]", "<?xml version=\"1.0\"?><error/>",
  })
  void anyBodyGivesAnExceptionNeverAThrow(String body) {
    OktaApiException e = map(response(getSession(SESSION_ID), 500, body));
    assertThat(e.status()).isEqualTo(500);
    assertThat(e.errorCode()).isNull();
    assertThat(e).hasMessageThat().contains("HTTP 500");
  }

  @Test
  void deeplyNestedBodyDoesNotOverflow() {
    OktaApiException array = map(response(getSession(SESSION_ID), 500, "[".repeat(100_000)));
    OktaApiException inObject = map(response(getSession(SESSION_ID), 500,
        "{\"errorCode\":\"E0000009\",\"x\":" + "[".repeat(100_000)));
    assertThat(array.status()).isEqualTo(500);
    assertThat(inObject.errorCode()).isEqualTo("E0000009");
  }

  @Test
  void invalidUtf8BodyIsReplacedNotFatal() {
    byte[] body = {(byte) 0xff, (byte) 0xfe, 'h', 'i', (byte) 0xc3};
    OktaApiException e = map(HttpResponse.of(getSession(SESSION_ID), 503, HttpHeaders.empty(), body));
    assertThat(e.status()).isEqualTo(503);
    assertThat(e).hasMessageThat().contains("hi");
  }

  @Test
  void sessionIdEchoedInTheSummaryIsMaskedInTheMessageButKeptInTheAccessor() {
    HttpRequest request = getSession(SESSION_ID);
    String body = "{\"errorCode\":\"E0000007\",\"errorSummary\":\"Not found: Resource not found: " + SESSION_ID
        + " (Session)\",\"errorLink\":\"E0000007\",\"errorId\":\"oaeX\",\"errorCauses\":[]}";
    OktaApiException e = map(response(request, 404, body));

    assertThat(e.getMessage()).doesNotContain(SESSION_ID);
    assertThat(e.toString()).doesNotContain(SESSION_ID);
    assertThat(e.getMessage()).contains("Resource not found: ██ (Session)");
    assertThat(e.errorSummary()).contains(SESSION_ID);
  }

  @Test
  void hostileSessionIdIsMaskedInItsEncodedAndDecodedForms() {
    String hostile = "../../users/me?x=1#frag secret";
    String encoded = "..%2F..%2Fusers%2Fme%3Fx%3D1%23frag%20secret";
    HttpRequest request = TestRequests.getSession(hostile);
    assertThat(request.uri().getRawPath()).isEqualTo("/api/v1/sessions/" + encoded);
    OktaApiException e = map(response(request, 404,
        "<html>The URL /api/v1/sessions/" + encoded + " was not found; id " + hostile + "</html>",
        "Content-Type", "text/html"));

    assertThat(e.getMessage()).doesNotContain(encoded);
    assertThat(e.getMessage()).doesNotContain(hostile);
    assertThat(e.getMessage()).doesNotContain("frag secret");
  }

  @Test
  void sessionTokenEchoedFromTheBodyIsMasked() {
    HttpRequest request = createSession();
    OktaApiException e = map(response(request, 400,
        "{\"errorCode\":\"E0000001\",\"errorSummary\":\"Api validation failed: tok-secret-123\"}"));

    assertThat(e.getMessage()).doesNotContain("tok-secret-123");
    assertThat(e.errorSummary()).contains("tok-secret-123");
  }

  @Test
  void cookieAndTokenValuesEchoedInTheBodyAreMasked() {
    HttpRequest request = TestRequests.get("/api/v1/sessions/me").toBuilder()
        .header("Cookie", "sid=SidCookieValue123; idx=\"IdxCookieValue456\"")
        .header("Authorization", "SSWS TokenValue789")
        .build();
    OktaApiException e = map(response(request, 404, "{\"errorCode\":\"E0000007\",\"errorSummary\":"
        + "\"Not found: SidCookieValue123, IdxCookieValue456, TokenValue789\"}"));

    assertThat(e.getMessage()).contains("Not found: ██, ██, ██");
  }

  @Test
  void secretStraddlingTheMessageLimitIsNotHalfShown() {
    String padding = "p".repeat(OktaErrorMapper.MAX_DETAIL_CHARS - 20);
    HttpRequest request = getSession(SESSION_ID);
    OktaApiException e = map(response(request, 404,
        "{\"errorCode\":\"E0000007\",\"errorSummary\":\"" + padding + SESSION_ID + " tail\"}"));

    assertThat(e.getMessage()).doesNotContain(SESSION_ID.substring(0, 8));
  }

  @Test
  void headersAreNeverInTheMessage() {
    HttpRequest request = getSession(SESSION_ID).toBuilder()
        .header("Authorization", "SSWS api-token-value-1234")
        .header("Cookie", "sid=cookie-value-5678")
        .build();
    OktaApiException e = map(response(request, 401, Payloads.example("error-401-invalid-token-E0000011.json"),
        "Set-Cookie", "sid=set-cookie-value-9999"));

    String everything = e.getMessage() + e + Arrays.toString(e.getStackTrace());
    assertThat(everything).doesNotContain("api-token-value-1234");
    assertThat(everything).doesNotContain("cookie-value-5678");
    assertThat(everything).doesNotContain("set-cookie-value-9999");
    assertThat(everything).doesNotContain(SESSION_ID);
  }

  @Test
  void bodyIsReadAsUtf8() {
    HttpRequest request = getSession(SESSION_ID);
    byte[] body = "{\"errorCode\":\"E0000001\",\"errorSummary\":\"Ungültig ✓\"}".getBytes(StandardCharsets.UTF_8);
    OktaApiException e = map(HttpResponse.of(request, 400, HttpHeaders.empty(), body));
    assertThat(e.errorSummary()).isEqualTo("Ungültig ✓");
  }
}
