package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** What every request carries about the call that made it, and what it never prints. */
final class InvocationTest {
  private static final ClientRuntime RUNTIME =
      new ClientRuntime(ClientConfig.builder().baseUrl("https://example.okta.com/base").transport(new Unused()).build());

  @Test
  void theRequestBuilderRecordsTheCallTheTemplateAndEveryValueByName() {
    HttpRequest request = RUNTIME.request("DELETE", "/users/{userId}/sessions/{sessionId}", "SessionApi", "end")
        .appendPath("/users/")
        .appendPathSegment("userId", "00u SECRET/user")
        .appendPath("/sessions/")
        .appendPathSegment("sessionId", 102)
        .query("oauthTokens", true)
        .query("skipped", null)
        .query("expand", Arrays.asList("user", null, "SECRET&expand"))
        .query("oauthTokens", "again")
        .build();

    Invocation invocation = request.invocation();

    assertThat(invocation.api()).isEqualTo("SessionApi");
    assertThat(invocation.apiMethod()).isEqualTo("end");
    assertThat(invocation.operation()).isEqualTo("SessionApi.end");
    assertThat(invocation.pathTemplate()).isEqualTo("/base/users/{userId}/sessions/{sessionId}");
    assertThat(invocation.pathValues())
        .containsExactly("userId", "00u SECRET/user", "sessionId", "102").inOrder();
    assertThat(invocation.queryValues())
        .containsExactly(
            "oauthTokens", Arrays.asList("true", "again"), "expand", Arrays.asList("user", "SECRET&expand"))
        .inOrder();
    assertThat(request.uri().getRawPath()).isEqualTo("/base/users/00u%20SECRET%2Fuser/sessions/102");
  }

  @Test
  void anOperationNamedByHandHasNoInterfaceOrMethod() {
    HttpRequest request = RUNTIME.request("GET", "/health", "Health.check").appendPath("/health").build();

    assertThat(request.invocation().operation()).isEqualTo("Health.check");
    assertThat(request.invocation().api()).isEmpty();
    assertThat(request.invocation().apiMethod()).isEmpty();
    assertThat(request.invocation().pathValues()).isEmpty();
    assertThat(request.invocation().queryValues()).isEmpty();
  }

  @Test
  void toStringNamesTheValuesButNeverPrintsOne() {
    Invocation invocation = RUNTIME.request("GET", "/sessions/{sessionId}", "SessionApi", "getSession")
        .appendPath("/sessions/")
        .appendPathSegment("sessionId", "102SECRETsession")
        .query("expand", "SECRETexpand")
        .build()
        .invocation();

    assertThat(invocation.toString()).isEqualTo(
        "Invocation{SessionApi.getSession /base/sessions/{sessionId}, path [sessionId], query [expand]}");
    assertThat(Invocation.none().toString()).isEqualTo("Invocation{}");
  }

  @Test
  void aRequestBuiltByHandHasNoneUntilGivenOneAndToBuilderKeepsIt() {
    HttpRequest plain = HttpRequest.builder("GET", URI.create("https://h/a/b?x=1")).build();
    Invocation given = Invocation.builder("HandWritten.call").pathTemplate("/a/{id}").pathValue("id", "b").build();

    HttpRequest described = plain.toBuilder().invocation(given).build();
    HttpRequest rewritten = described.toBuilder().header("X-Trace", "1").build();

    assertThat(plain.invocation()).isSameInstanceAs(Invocation.none());
    assertThat(Invocation.none().operation()).isEmpty();
    assertThat(Invocation.none().pathTemplate()).isEmpty();
    assertThat(rewritten.invocation()).isSameInstanceAs(given);
    assertThat(rewritten.toString()).isEqualTo("GET https://h/a/{id} (HandWritten.call)");
    assertThat(described).isNotEqualTo(plain);
    assertThrows(NullPointerException.class, () -> plain.toBuilder().invocation(null));
  }

  @Test
  void valuesCannotBeChangedAfterwards() {
    Invocation invocation = Invocation.builder("Api", "get")
        .pathValue("a", "1")
        .pathValue("b", "2")
        .queryValue("q", "x")
        .build();

    Map<String, String> path = invocation.pathValues();
    Map<String, List<String>> query = invocation.queryValues();

    assertThrows(UnsupportedOperationException.class, () -> path.put("c", "3"));
    assertThrows(UnsupportedOperationException.class, () -> query.get("q").add("y"));
    assertThrows(UnsupportedOperationException.class, () -> query.remove("q"));
  }

  @Test
  void aLaterValueForTheSameNameReplacesItAndABuilderCanBeReused() {
    Invocation.Builder builder = Invocation.builder("Api", "get").pathValue("a", "1").pathValue("a", "2");
    Invocation one = builder.build();
    Invocation two = builder.pathValue("b", "3").pathValue("a", "4").build();

    assertThat(one.pathValues()).containsExactly("a", "2");
    assertThat(two.pathValues()).containsExactly("a", "4", "b", "3").inOrder();
    assertThat(builder.build().pathValues()).isEqualTo(two.pathValues());
    assertThat(one.pathValues()).containsExactly("a", "2");
  }

  @Test
  void equalInvocationsAreEqualAndNullsAreRefusedByName() {
    Invocation one = Invocation.builder("Api", "get").pathTemplate("/x/{id}").pathValue("id", "1").build();
    Invocation same = Invocation.builder("Api", "get").pathTemplate("/x/{id}").pathValue("id", "1").build();
    Invocation other = Invocation.builder("Api", "get").pathTemplate("/x/{id}").pathValue("id", "2").build();

    assertThat(one).isEqualTo(same);
    assertThat(one.hashCode()).isEqualTo(same.hashCode());
    assertThat(one).isNotEqualTo(other);
    assertThat(assertThrows(NullPointerException.class, () -> Invocation.builder("Api", "get").pathValue("id", null)))
        .hasMessageThat().isEqualTo("value of path parameter id");
    assertThat(assertThrows(NullPointerException.class, () -> Invocation.builder("Api", "get").queryValue("q", null)))
        .hasMessageThat().isEqualTo("value of query parameter q");
    assertThrows(NullPointerException.class, () -> Invocation.builder(null, "get"));
  }

  @Test
  void anIdempotentMethodsRequestSaysSoAndKeepsItThroughToBuilder() {
    HttpRequest marked = RUNTIME.request("POST", "/payments", "PaymentsApi", "pay")
        .appendPath("/payments")
        .idempotent()
        .build();
    HttpRequest plain = RUNTIME.request("POST", "/payments", "PaymentsApi", "pay").appendPath("/payments").build();

    assertThat(marked.invocation().idempotent()).isTrue();
    assertThat(marked.toBuilder().header("X-Retry", "1").build().invocation().idempotent()).isTrue();
    assertThat(plain.invocation().idempotent()).isFalse();
    assertThat(Invocation.none().idempotent()).isFalse();
    assertThat(marked.invocation()).isNotEqualTo(plain.invocation());
    assertThat(marked.invocation().toString())
        .isEqualTo("Invocation{PaymentsApi.pay /base/payments, idempotent}");
    assertThat(plain.invocation().toString()).isEqualTo("Invocation{PaymentsApi.pay /base/payments}");
  }

  /** These requests are only inspected. */
  private static final class Unused implements HttpTransport {
    @Override
    public HttpResponse execute(HttpRequest request) {
      throw new AssertionError("not sent");
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
      throw new AssertionError("not sent");
    }
  }
}
