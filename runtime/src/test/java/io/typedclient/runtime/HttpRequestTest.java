package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class HttpRequestTest {
  private static final URI URI_WITH_SECRETS =
      URI.create("https://example.okta.com/api/v1/sessions/102SECRETsession?token=SECRETquery");

  @Test
  void toStringPrintsTheTemplateNeverTheFilledPathQueryHeadersOrBody() {
    HttpRequest request =
        HttpRequest.builder("get", URI_WITH_SECRETS)
            .header("Authorization", "SSWS SECRETtoken")
            .body("{\"password\":\"SECRETbody\"}".getBytes(UTF_8))
            .invocation(
                Invocation.builder("SessionApi", "getSession")
                    .pathTemplate("/api/v1/sessions/{sessionId}")
                    .pathValue("sessionId", "102SECRETsession")
                    .queryValue("token", "SECRETquery")
                    .build())
            .build();

    assertThat(request.toString())
        .isEqualTo("GET https://example.okta.com/api/v1/sessions/{sessionId} (SessionApi.getSession)");
    assertThat(request.redactedUri()).isEqualTo("https://example.okta.com/api/v1/sessions/{sessionId}");
  }

  @Test
  void withoutATemplateTheRedactedUriDropsQueryButKeepsPathAndPort() {
    HttpRequest request = HttpRequest.builder("GET", URI.create("http://127.0.0.1:8080/a/b?x=SECRET")).build();

    assertThat(request.toString()).isEqualTo("GET http://127.0.0.1:8080/a/b");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/relative", "ftp://example.com/x", "mailto:someone@example.com", "https:///nohost"})
  void refusesUrisThatCannotBeSent(String uri) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HttpRequest.builder("GET", URI.create(uri)));

    assertThat(e).hasMessageThat().contains("request URI");
  }

  @Test
  void refusesUserInfoAndFragmentsWithoutPrintingThem() {
    IllegalArgumentException userInfo =
        assertThrows(
            IllegalArgumentException.class,
            () -> HttpRequest.builder("GET", URI.create("https://admin:SECRETpw@example.com/x")));
    IllegalArgumentException fragment =
        assertThrows(
            IllegalArgumentException.class,
            () -> HttpRequest.builder("GET", URI.create("https://example.com/x?q=SECRET#frag")));

    assertThat(userInfo).hasMessageThat().contains("user info");
    assertThat(userInfo).hasMessageThat().doesNotContain("SECRET");
    assertThat(fragment).hasMessageThat().contains("fragment");
    assertThat(fragment).hasMessageThat().doesNotContain("SECRET");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "GET /", "GE\nT", "PO:ST"})
  void refusesMethodsThatAreNotTokens(String method) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HttpRequest.builder(method, URI.create("https://h/")));

    assertThat(e).hasMessageThat().contains("HTTP method");
  }

  @Test
  void bodyIsCopiedInAndOut() {
    byte[] body = {1, 2, 3};
    HttpRequest request = HttpRequest.builder("POST", URI.create("https://h/")).body(body).build();
    body[0] = 9;
    request.body()[1] = 9;

    assertThat(request.body()).isEqualTo(new byte[] {1, 2, 3});
    assertThat(request.bodyLength()).isEqualTo(3);
    assertThat(request.hasBody()).isTrue();
    assertThat(HttpRequest.builder("GET", URI.create("https://h/")).build().bodyLength()).isEqualTo(-1);
  }

  @Test
  void limitsMustBePositive() {
    HttpRequest.Builder builder = HttpRequest.builder("GET", URI.create("https://h/"));

    assertThrows(IllegalArgumentException.class, () -> builder.timeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> builder.timeout(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> builder.maxResponseBytes(0));
  }

  @Test
  void toBuilderCopiesEverythingAndHeaderHelpersEditHeaders() {
    HttpRequest original =
        HttpRequest.builder("PUT", URI.create("https://h/x"))
            .header("A", "1")
            .addHeader("A", "2")
            .header("B", "3")
            .body(new byte[] {7})
            .timeout(Duration.ofSeconds(3))
            .maxResponseBytes(99)
            .invocation(Invocation.builder("Api", "put").pathTemplate("/x").build())
            .build();

    HttpRequest copy = original.toBuilder().build();
    HttpRequest edited = original.toBuilder().removeHeader("a").header("B", "4").build();

    assertThat(copy).isEqualTo(original);
    assertThat(copy.hashCode()).isEqualTo(original.hashCode());
    assertThat(edited.headers().all("A")).isEmpty();
    assertThat(edited.headers().first("B")).isEqualTo("4");
    assertThat(original.headers().all("A")).containsExactly("1", "2").inOrder();
  }

  @Test
  void headerHelpersMatchTheHeadersBuilder() {
    HttpHeaders start = HttpHeaders.of("Accept", "a/b", "X-Trace", "1", "x-trace", "2", "Cookie", "c=1");
    HttpRequest request = HttpRequest.builder("GET", URI.create("https://h/")).headers(start).build();

    HttpRequest replaced = request.toBuilder().header("X-TRACE", "3").build();
    HttpRequest added = request.toBuilder().addHeader("x-trace", "3").build();
    HttpRequest removed = request.toBuilder().removeHeader("X-Trace").build();

    assertThat(replaced.headers()).isEqualTo(start.toBuilder().set("X-TRACE", "3").build());
    assertThat(replaced.headers().toString()).isEqualTo("{Accept=[a/b], Cookie=[██], X-TRACE=[3]}");
    assertThat(added.headers()).isEqualTo(start.toBuilder().add("x-trace", "3").build());
    assertThat(removed.headers()).isEqualTo(start.toBuilder().removeAll("X-Trace").build());
    assertThat(request.toBuilder().removeHeader("Absent").build().headers()).isSameInstanceAs(start);
    assertThat(request.headers()).isEqualTo(start);
  }

  @Test
  void headerHelpersCheckTheNewFieldAndLeaveTheRequestAsItWas() {
    HttpRequest.Builder builder =
        HttpRequest.builder("GET", URI.create("https://h/")).header("Accept", "a/b");

    assertThrows(IllegalArgumentException.class, () -> builder.header("X-Id", "1\r\nInjected: yes"));
    assertThrows(IllegalArgumentException.class, () -> builder.addHeader("Bad Name", "1"));
    assertThrows(NullPointerException.class, () -> builder.header("X-Id", null));

    assertThat(builder.build().headers()).isEqualTo(HttpHeaders.of("Accept", "a/b"));
  }

  @Test
  void refusesATimeoutThatIsNotPositive() {
    HttpRequest.Builder builder = HttpRequest.builder("GET", URI.create("https://h/"));

    assertThat(assertThrows(IllegalArgumentException.class, () -> builder.timeout(Duration.ZERO)))
        .hasMessageThat()
        .isEqualTo("timeout must be positive: PT0S");
    assertThat(assertThrows(IllegalArgumentException.class, () -> builder.timeout(Duration.ofMillis(-5))))
        .hasMessageThat()
        .isEqualTo("timeout must be positive: PT-0.005S");
    assertThat(assertThrows(NullPointerException.class, () -> builder.timeout(null))).hasMessageThat()
        .isEqualTo("timeout");
  }
}
