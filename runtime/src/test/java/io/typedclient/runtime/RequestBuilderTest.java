package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Path, query and header encoding, asserted on what the server actually received over loopback HTTP.
 */
@Timeout(value = 20, unit = SECONDS)
final class RequestBuilderTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private ClientRuntime runtime;

  @BeforeEach
  void setUp() {
    runtime = new ClientRuntime(ClientConfig.builder().baseUrl(server.url("/base/").toString()).build());
  }

  @AfterEach
  void tearDown() {
    runtime.close();
  }

  static Stream<String> hostilePathValues() {
    return Stream.of(
        "../admin", "..%2fadmin", "a/b", "/", "//", "%2e%2e", "%2F", "?x=1", "#f", "a b", "a+b", "a;b=c", "a:b", "@",
        "~user", "a&b=c", "é", "日本語", "emoji 😀", "\u0000", "a\r\nX-Injected: 1", "\t", "...", ". ", "%", "%%",
        "%zz", "\\..\\admin", "a\u2215b", "x".repeat(20_000), "日".repeat(3_000));
  }

  @ParameterizedTest
  @MethodSource("hostilePathValues")
  void pathValueArrivesAsExactlyOneSegmentEqualToTheInput(String value) throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).build());

    HttpRequest request =
        runtime.request("GET", "/items/{id}/end", "Api.get").appendPath("/items/").appendPathSegment("id", value)
            .appendPath("/end").build();
    runtime.send(request);

    RecordedRequest recorded = server.takeRequest(5, SECONDS);
    HttpUrl url = recorded.getUrl();
    assertThat(url.pathSegments()).hasSize(4);
    assertThat(url.pathSegments().get(0)).isEqualTo("base");
    assertThat(url.pathSegments().get(1)).isEqualTo("items");
    assertThat(url.pathSegments().get(2)).isEqualTo(value);
    assertThat(url.pathSegments().get(3)).isEqualTo("end");
    assertThat(url.query()).isNull();
    assertThat(recorded.getHeaders().get("X-Injected")).isNull();
    // The raw segment has nothing a server could read as structure.
    String rawSegment = url.encodedPathSegments().get(2);
    assertThat(rawSegment).doesNotContain("/");
    assertThat(rawSegment).matches("[A-Za-z0-9._~%-]+");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", ".."})
  void pathValuesThatWouldNameAnotherResourceAreRefusedBeforeSending(String value) {
    RequestBuilder builder = runtime.request("GET", "/items/{id}", "Api.get").appendPath("/items/");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder.appendPathSegment("id", value));

    assertThat(e).hasMessageThat().contains("path parameter \"id\"");
    assertThat(server.getRequestCount()).isEqualTo(0);
  }

  @Test
  void nullPathValueAndUnpairedSurrogatesAreRefused() {
    RequestBuilder builder = runtime.request("GET", "/items/{id}", "Api.get").appendPath("/items/");

    IllegalArgumentException nul = assertThrows(IllegalArgumentException.class, () -> builder.appendPathSegment("id", null));
    IllegalArgumentException surrogate =
        assertThrows(IllegalArgumentException.class, () -> builder.appendPathSegment("id", "a\uD800b"));

    assertThat(nul).hasMessageThat().isEqualTo("path parameter \"id\" of Api.get is null");
    assertThat(surrogate).hasMessageThat().contains("unpaired surrogate at index 1");
  }

  @Test
  void nonStringPathValuesUseTheirStringForm() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).build());

    runtime.send(runtime.request("GET", "/n/{n}", "Api.n").appendPath("/n/").appendPathSegment("n", 42L).build());

    assertThat(server.takeRequest(5, SECONDS).getTarget()).isEqualTo("/base/n/42");
  }

  @Test
  void queryNamesAndValuesAreEncodedAndNullsLeftOut() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).build());

    HttpRequest request =
        runtime.request("DELETE", "/users/{id}/sessions", "Api.revoke")
            .appendPath("/users/")
            .appendPathSegment("id", "00u1")
            .appendPath("/sessions")
            .query("oauthTokens", true)
            .query("forgetDevices", null)
            .query("q", "a&b=c d+e/é?#")
            .query("list", List.of("x", "y"))
            .query("array", new Object[] {"1", null, "2"})
            .query("nulls", Arrays.asList(null, null))
            .query("weird name&", "v")
            .build();
    runtime.send(request);

    RecordedRequest recorded = server.takeRequest(5, SECONDS);
    HttpUrl url = recorded.getUrl();
    assertThat(url.queryParameterNames())
        .containsExactly("oauthTokens", "q", "list", "array", "weird name&")
        .inOrder();
    assertThat(url.queryParameter("oauthTokens")).isEqualTo("true");
    assertThat(url.queryParameter("q")).isEqualTo("a&b=c d+e/é?#");
    assertThat(url.queryParameterValues("list")).containsExactly("x", "y").inOrder();
    assertThat(url.queryParameterValues("array")).containsExactly("1", "2").inOrder();
    assertThat(url.queryParameter("weird name&")).isEqualTo("v");
    assertThat(url.encodedQuery()).contains("q=a%26b%3Dc%20d%2Be%2F%C3%A9%3F%23");
  }

  @Test
  void queryElementsGoThroughTheirTextAndNullsAreLeftOut() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).build());

    HttpRequest request =
        runtime.request("GET", "/books", "Api.books")
            .appendPath("/books")
            .query("genre", Arrays.asList(TimeUnit.SECONDS, null, TimeUnit.DAYS), unit -> unit.name().toLowerCase(Locale.ROOT))
            .query("none", null, unit -> "never")
            .query("dropped", List.of(TimeUnit.HOURS), unit -> null)
            .build();
    runtime.send(request);

    HttpUrl url = server.takeRequest(5, SECONDS).getUrl();
    assertThat(url.queryParameterNames()).containsExactly("genre");
    assertThat(url.queryParameterValues("genre")).containsExactly("seconds", "days").inOrder();
    assertThat(request.invocation().queryValues()).containsEntry("genre", List.of("seconds", "days"));
  }

  @Test
  void pathCannotBeExtendedAfterTheQuery() {
    RequestBuilder builder = runtime.request("GET", "/a", "Api.a").appendPath("/a").query("x", "1");

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> builder.appendPath("/b"));

    assertThat(e).hasMessageThat().contains("before query parameters");
  }

  @Test
  void headersAreSentAndNullsLeftOutAndInjectionRefusedBeforeSending() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).build());

    runtime.send(
        runtime.request("GET", "/h", "Api.h").appendPath("/h").header("X-One", 1).header("X-None", null).build());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> runtime.request("GET", "/h", "Api.h").header("X-Evil", "a\r\nX-Injected: yes"));

    RecordedRequest recorded = server.takeRequest(5, SECONDS);
    assertThat(recorded.getHeaders().get("X-One")).isEqualTo("1");
    assertThat(recorded.getHeaders().names()).doesNotContain("X-None");
    assertThat(e).hasMessageThat().contains("X-Evil");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void jsonBodyIsEncodedWithTheAdapterAndTypedAsJson() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).build());

    runtime.send(
        runtime.request("POST", "/items", "Api.create")
            .appendPath("/items")
            .jsonBody(TestJson.ITEM, new TestJson.Item("a\"b", 3, "ö"))
            .build());

    RecordedRequest recorded = server.takeRequest(5, SECONDS);
    assertThat(recorded.getBody().utf8()).isEqualTo("{\"id\":\"a\\\"b\",\"count\":3,\"owner\":{\"name\":\"ö\"}}");
    assertThat(recorded.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> runtime.request("POST", "/x", "Api.create").jsonBody(TestJson.ITEM, null));
    assertThat(e).hasMessageThat().isEqualTo("body of Api.create is null");
  }

  @Test
  void builtRequestCarriesTheTemplateTimeoutAndLimit() {
    ClientRuntime custom =
        new ClientRuntime(
            ClientConfig.builder()
                .baseUrl(server.url("/base").toString())
                .requestTimeout(java.time.Duration.ofSeconds(7))
                .maxResponseBodyBytes(777)
                .build());

    HttpRequest request =
        custom.request("GET", "/sessions/{id}", "Api.get").appendPath("/sessions/").appendPathSegment("id", "SECRETid").build();

    assertThat(request.invocation().pathTemplate()).isEqualTo("/base/sessions/{id}");
    assertThat(request.timeout()).isEqualTo(java.time.Duration.ofSeconds(7));
    assertThat(request.maxResponseBytes()).isEqualTo(777);
    assertThat(request.invocation().operation()).isEqualTo("Api.get");
    assertThat(request.toString()).doesNotContain("SECRET");
    custom.close();
  }

  @Test
  void generatedCodeNamesTheInterfaceAndItsMethod() {
    HttpRequest request = runtime.request("GET", "/items/{id}", "ItemApi", "getItem")
        .appendPath("/items/").appendPathSegment("id", "1").build();

    assertThat(request.invocation().operation()).isEqualTo("ItemApi.getItem");
    assertThat(request.invocation().api()).isEqualTo("ItemApi");
    assertThat(request.invocation().apiMethod()).isEqualTo("getItem");
    assertThrows(NullPointerException.class, () -> runtime.request("GET", "/items", null, "getItem"));
  }

  @Test
  void invalidLiteralPathTextFailsWithoutEchoingTheUrl() {
    RequestBuilder builder =
        runtime.request("GET", "/bad path", "Api.bad").appendPath("/bad path").query("token", "SECRET");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

    assertThat(e).hasMessageThat().contains("request URL of Api.bad is not valid");
    assertThat(e).hasMessageThat().doesNotContain("SECRET");
  }
}
