package io.typedclient.it.http;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.it.http.TestClients.config;
import static io.typedclient.it.http.TestClients.json;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.ApiResponse;
import io.typedclient.runtime.ClientClosedException;
import io.typedclient.runtime.HttpStatusException;
import io.typedclient.runtime.RequestTimeoutException;
import io.typedclient.runtime.ResponseDecodingException;
import io.typedclient.runtime.ResponseTooLargeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client the processor generated for {@link ItemsApi}, over real HTTP with the default JDK transport:
 * each verb, sync and async, ApiResponse, encoding, errors, limits and timeouts, asserting on what the server
 * received.
 */
@Timeout(value = 20, unit = SECONDS)
class ItemsApiEndToEndTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private ItemsApiClient client;

  @BeforeEach
  void createClient() {
    client = new ItemsApiClient(config(server).build());
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private RecordedRequest taken() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, SECONDS);
    assertThat(request).isNotNull();
    return request;
  }

  // ---- each verb ----

  @Test
  void getDecodesTheBodyAndSendsTheInterfaceHeaders() throws Exception {
    server.enqueue(json(200, "{\"id\":\"1\",\"name\":\"one\",\"addedLater\":[1,2]}"));

    Item item = client.get("1");

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/items/1");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getBodySize()).isEqualTo(0);
    assertThat(item).isEqualTo(new Item("1", "one"));
  }

  @Test
  void postSendsTheBodyAsJson() throws Exception {
    server.enqueue(json(201, "{\"id\":\"2\",\"name\":\"zwei ü\"}"));

    Item created = client.create(new Item("new", "zwei ü"));

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/items");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().string(UTF_8)).isEqualTo("{\"id\":\"new\",\"name\":\"zwei ü\"}");
    assertThat(created).isEqualTo(new Item("2", "zwei ü"));
  }

  @Test
  void putSendsTheBodyToThePath() throws Exception {
    server.enqueue(json(200, "{\"id\":\"7\",\"name\":\"seven\"}"));

    Item replaced = client.replace("7", new Item("7", "seven"));

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getTarget()).isEqualTo("/items/7");
    assertThat(request.getBody().string(UTF_8)).isEqualTo("{\"id\":\"7\",\"name\":\"seven\"}");
    assertThat(replaced).isEqualTo(new Item("7", "seven"));
  }

  @Test
  void patchSendsAMapBody() throws Exception {
    server.enqueue(json(200, "{\"id\":\"7\",\"name\":\"sieben\"}"));

    Item renamed = client.rename("7", Map.of("name", "sieben"));

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getTarget()).isEqualTo("/items/7");
    assertThat(request.getBody().string(UTF_8)).isEqualTo("{\"name\":\"sieben\"}");
    assertThat(renamed.name()).isEqualTo("sieben");
  }

  @Test
  void deleteReturnsNothing() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());

    client.delete("7");

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getTarget()).isEqualTo("/items/7");
    assertThat(request.getBodySize()).isEqualTo(0);
  }

  @Test
  void headGivesStatusAndHeaders() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Version", "3").build());

    ApiResponse<Void> response = client.exists("7");

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("HEAD");
    assertThat(request.getTarget()).isEqualTo("/items/7");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("X-Version")).isEqualTo("3");
    assertThat(response.body()).isNull();
  }

  @Test
  void primitiveResultFromABodylessPost() throws Exception {
    server.enqueue(json(200, "7"));

    int views = client.countView(42L);

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/items/42/views");
    assertThat(request.getHeaders().get("Content-Length")).isEqualTo("0");
    assertThat(views).isEqualTo(7);
  }

  // ---- async and ApiResponse ----

  @Test
  void asyncMethodsCompleteWithTheSameResults() throws Exception {
    server.enqueue(json(200, "{\"id\":\"1\",\"name\":\"one\"}"));
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(json(200, "{\"id\":\"3\",\"name\":\"three\"}").newBuilder().addHeader("ETag", "\"v3\"").build());
    server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Version", "4").build());
    server.enqueue(json(200, "\"bob\""));

    Item item = client.getAsync("1").get(5, SECONDS);
    Void deleted = client.deleteAsync("2").get(5, SECONDS);
    ApiResponse<Item> response = client.getResponseAsync("3").get(5, SECONDS);
    ApiResponse<Void> head = client.existsAsync("4").get(5, SECONDS);
    String owner = client.ownerAsync("5", "trace-5").get(5, SECONDS);

    assertThat(item).isEqualTo(new Item("1", "one"));
    assertThat(deleted).isNull();
    assertThat(response.body()).isEqualTo(new Item("3", "three"));
    assertThat(response.header("ETag")).isEqualTo("\"v3\"");
    assertThat(head.header("X-Version")).isEqualTo("4");
    assertThat(owner).isEqualTo("bob");
    List<String> targets = List.of(taken().getTarget(), taken().getTarget(), taken().getTarget(), taken().getTarget());
    assertThat(targets).containsExactly("/items/1", "/items/2", "/items/3", "/items/4").inOrder();
    assertThat(taken().getHeaders().get("X-Trace")).isEqualTo("trace-5");
  }

  @Test
  void apiResponseCarriesStatusHeadersAndBody() {
    server.enqueue(json(201, "{\"id\":\"9\",\"name\":\"nine\"}").newBuilder()
        .addHeader("X-Rate-Limit-Remaining", "99")
        .build());

    ApiResponse<Item> response = client.getResponse("9");

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("x-rate-limit-remaining")).isEqualTo("99");
    assertThat(response.body()).isEqualTo(new Item("9", "nine"));
  }

  // ---- encoding ----

  @Test
  void queryValuesAreEncodedIterablesRepeatedAndNullsLeftOut() throws Exception {
    server.enqueue(json(200, "[{\"id\":\"1\",\"name\":null}]"));
    server.enqueue(json(200, "[]"));

    List<Item> found = client.search("a b&c=d/é?#", List.of("x", "y z"), null);
    List<Item> none = client.search(null, List.of(), 5);

    RecordedRequest first = taken();
    assertThat(first.getTarget()).isEqualTo("/items?q=a%20b%26c%3Dd%2F%C3%A9%3F%23&tag=x&tag=y%20z");
    assertThat(first.getUrl().queryParameter("q")).isEqualTo("a b&c=d/é?#");
    assertThat(first.getUrl().queryParameterValues("tag")).containsExactly("x", "y z").inOrder();
    assertThat(first.getUrl().queryParameter("limit")).isNull();
    assertThat(taken().getTarget()).isEqualTo("/items?limit=5");
    assertThat(found).containsExactly(new Item("1", null));
    assertThat(none).isEmpty();
  }

  @Test
  void headerParametersFollowTheStaticHeaders() throws Exception {
    server.enqueue(json(200, "\"alice\""));
    server.enqueue(json(200, "\"carol\""));

    String owner = client.owner("1", "trace 1", 3);
    client.owner("2", null, 0);

    RecordedRequest traced = taken();
    assertThat(traced.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(traced.getHeaders().get("X-Trace-Kind")).isEqualTo("e2e");
    assertThat(traced.getHeaders().get("X-Trace")).isEqualTo("trace 1");
    assertThat(traced.getHeaders().get("X-Attempt")).isEqualTo("3");
    assertThat(owner).isEqualTo("alice");
    RecordedRequest untraced = taken();
    assertThat(untraced.getHeaders().names()).doesNotContain("X-Trace");
    assertThat(untraced.getHeaders().get("X-Attempt")).isEqualTo("0");
  }

  @Test
  void pathsAreAppendedToTheBaseUrlPath() throws Exception {
    server.enqueue(json(200, "{\"id\":\"1\",\"name\":\"one\"}"));

    String base = server.url("/api/v2/").toString();
    try (ItemsApiClient prefixed = new ItemsApiClient(config(server).baseUrl(base).build())) {
      assertThat(prefixed.get("1").id()).isEqualTo("1");
    }

    assertThat(taken().getTarget()).isEqualTo("/api/v2/items/1");
  }

  // ---- errors ----

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 404, 429, 500, 503})
  void errorStatusesThrowHttpStatusException(int status) throws Exception {
    server.enqueue(json(status, "{\"errorCode\":\"E0000007\",\"errorSummary\":\"Not found\"}").newBuilder()
        .addHeader("X-Request-Id", "req-" + status)
        .build());

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> client.get("secret-session-id"));

    assertThat(e.status()).isEqualTo(status);
    assertThat(e.requestId()).isEqualTo("req-" + status);
    assertThat(e.bodyExcerpt()).contains("E0000007");
    assertThat(e.getMessage()).contains("/items/{id}");
    assertThat(e.getMessage()).contains("ItemsApi.get");
    assertThat(e.getMessage()).doesNotContain("secret-session-id");
    assertThat(taken().getTarget()).isEqualTo("/items/secret-session-id");
  }

  @Test
  void asyncErrorsFailTheFutureWithTheSameException() throws Exception {
    server.enqueue(json(404, "{\"errorCode\":\"E0000007\"}"));
    server.enqueue(json(500, "<html>proxy error</html>"));

    ExecutionException notFound = assertThrows(ExecutionException.class, () -> client.getAsync("1").get(5, SECONDS));
    ExecutionException serverError =
        assertThrows(ExecutionException.class, () -> client.getResponseAsync("2").get(5, SECONDS));

    assertThat(notFound).hasCauseThat().isInstanceOf(HttpStatusException.class);
    assertThat(((HttpStatusException) notFound.getCause()).status()).isEqualTo(404);
    assertThat(serverError).hasCauseThat().isInstanceOf(HttpStatusException.class);
    assertThat(((HttpStatusException) serverError.getCause()).bodyExcerpt()).isEqualTo("<html>proxy error</html>");
  }

  @Test
  void apiResponseMethodsThrowForErrorStatusesToo() {
    server.enqueue(json(503, ""));

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> client.getResponse("1"));

    assertThat(e.status()).isEqualTo(503);
  }

  @Test
  void bodyThatIsNotTheDeclaredJsonIsADecodingError() {
    server.enqueue(json(200, "{\"name\":\"no id\"}"));
    server.enqueue(json(200, "<html>"));

    ResponseDecodingException missing = assertThrows(ResponseDecodingException.class, () -> client.get("1"));
    ResponseDecodingException malformed = assertThrows(ResponseDecodingException.class, () -> client.get("2"));

    assertThat(missing).hasMessageThat().contains("Required value 'id' missing at $");
    assertThat(malformed.status()).isEqualTo(200);
  }

  @Test
  void bodyOverTheCapFailsSyncAndAsync() {
    try (ItemsApiClient capped = new ItemsApiClient(config(server).maxResponseBodyBytes(1024).build())) {
      String big = "{\"id\":\"1\",\"name\":\"" + "x".repeat(4096) + "\"}";
      server.enqueue(json(200, big));
      server.enqueue(json(200, big));

      ResponseTooLargeException sync = assertThrows(ResponseTooLargeException.class, () -> capped.get("1"));
      ExecutionException async = assertThrows(ExecutionException.class, () -> capped.getAsync("2").get(5, SECONDS));

      assertThat(sync.limit()).isEqualTo(1024);
      assertThat(async).hasCauseThat().isInstanceOf(ResponseTooLargeException.class);
    }
  }

  @Test
  void requestTimeoutEndsTheCallSyncAndAsync() {
    Duration timeout = Duration.ofMillis(300);
    try (ItemsApiClient impatient = new ItemsApiClient(config(server).requestTimeout(timeout).build())) {
      server.enqueue(json(200, "{\"id\":\"1\"}").newBuilder().headersDelay(10, SECONDS).build());
      server.enqueue(json(200, "{\"id\":\"2\"}").newBuilder().headersDelay(10, SECONDS).build());

      long start = System.nanoTime();
      RequestTimeoutException sync = assertThrows(RequestTimeoutException.class, () -> impatient.get("1"));
      ExecutionException async = assertThrows(ExecutionException.class, () -> impatient.getAsync("2").get(5, SECONDS));
      long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

      assertThat(sync.timeout()).isEqualTo(timeout);
      assertThat(async).hasCauseThat().isInstanceOf(RequestTimeoutException.class);
      assertThat(elapsedMillis).isAtLeast(2 * 250L);
      assertThat(elapsedMillis).isLessThan(5_000L);
    }
  }

  // ---- arguments refused before sending ----

  @Test
  void badArgumentsThrowFromTheCallItselfAndSendNothing() {
    assertThrows(IllegalArgumentException.class, () -> client.get(null));
    assertThrows(IllegalArgumentException.class, () -> client.get(""));
    assertThrows(IllegalArgumentException.class, () -> client.get("."));
    assertThrows(IllegalArgumentException.class, () -> client.get(".."));
    assertThrows(IllegalArgumentException.class, () -> client.owner("1", "a\r\nX-Admin: yes", 1));
    assertThrows(IllegalArgumentException.class, () -> client.owner("1", "a\nb", 1));
    assertThrows(IllegalArgumentException.class, () -> client.create(null));
    // Asynchronous methods refuse them from the call too, before any future exists.
    assertThrows(IllegalArgumentException.class, () -> client.getAsync(""));
    assertThrows(IllegalArgumentException.class, () -> client.ownerAsync("1", "a\rb"));
    assertThrows(IllegalArgumentException.class, () -> client.deleteAsync(null));

    assertThat(server.getRequestCount()).isEqualTo(0);
  }

  @Test
  void aClosedClientRefusesCalls() throws Exception {
    client.close();
    client.close();

    assertThrows(ClientClosedException.class, () -> client.get("1"));
    CompletableFuture<Item> future = client.getAsync("1");
    ExecutionException async = assertThrows(ExecutionException.class, () -> future.get(5, SECONDS));

    assertThat(async).hasCauseThat().isInstanceOf(ClientClosedException.class);
    assertThat(server.getRequestCount()).isEqualTo(0);
  }
}
