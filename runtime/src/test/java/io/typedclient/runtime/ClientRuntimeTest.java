package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.EOFException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
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

/** The runtime end to end over loopback HTTP: every execute form, error mapping, decoding, limits, close. */
@Timeout(value = 20, unit = SECONDS)
final class ClientRuntimeTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private ClientRuntime runtime;

  @BeforeEach
  void setUp() {
    runtime = new ClientRuntime(config().build());
  }

  @AfterEach
  void tearDown() {
    runtime.close();
  }

  ClientConfig.Builder config() {
    return ClientConfig.builder().baseUrl(server.url("/").toString());
  }

  HttpRequest get(ClientRuntime runtime, String id) {
    return runtime.request("GET", "/items/{id}", "ItemApi.get").appendPath("/items/").appendPathSegment("id", id).build();
  }

  HttpRequest get(String id) {
    return get(runtime, id);
  }

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
  }

  static <T> Throwable failureOf(CompletableFuture<T> future) throws Exception {
    return future.handle((value, failure) -> failure).get(10, SECONDS);
  }

  // ---- each execute form ----

  @Test
  void executeDecodesA2xxBody() throws Exception {
    server.enqueue(json(200, "{\"id\":\"a1\",\"count\":3,\"owner\":{\"name\":\"Ann\"},\"extra\":[1,2]}"));

    TestJson.Item item = runtime.execute(get("a1"), TestJson.ITEM);

    assertThat(item.id).isEqualTo("a1");
    assertThat(item.count).isEqualTo(3);
    assertThat(item.ownerName).isEqualTo("Ann");
    assertThat(server.takeRequest(5, SECONDS).getTarget()).isEqualTo("/items/a1");
  }

  @Test
  void executeWithoutAdapterIgnoresTheBody() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(json(200, "not even json"));

    runtime.execute(runtime.request("DELETE", "/items/{id}", "ItemApi.delete").appendPath("/items/x").build());
    runtime.execute(get("y"));

    assertThat(server.takeRequest(5, SECONDS).getMethod()).isEqualTo("DELETE");
  }

  @Test
  void executeForResponseGivesBodyStatusAndHeaders() {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .addHeader("X-Rate-Limit-Remaining", "99")
            .addHeader("X-Okta-Request-Id", "req-1")
            .body("{\"id\":\"n\"}")
            .build());
    server.enqueue(new MockResponse.Builder().code(204).addHeader("X-Rate-Limit-Remaining", "98").build());

    ApiResponse<TestJson.Item> created = runtime.executeForResponse(get("n"), TestJson.ITEM);
    ApiResponse<Void> none = runtime.executeForResponse(get("m"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().id).isEqualTo("n");
    assertThat(created.header("x-rate-limit-remaining")).isEqualTo("99");
    assertThat(created.headers().first("X-Okta-Request-Id")).isEqualTo("req-1");
    assertThat(created.request().invocation().pathTemplate()).isEqualTo("/items/{id}");
    assertThat(created.toString()).isEqualTo(
        "ApiResponse{201 for GET " + server.url("/").toString().replaceAll("/$", "") + "/items/{id} (ItemApi.get), body=Item}");
    assertThat(none.status()).isEqualTo(204);
    assertThat(none.body()).isNull();
  }

  @Test
  void executeForResponseWithoutAnAdapterDiscardsTheBody() throws Exception {
    server.enqueue(json(200, "{\"id\":\"ignored\"}").newBuilder().addHeader("X-Okta-Request-Id", "r1").build());
    server.enqueue(json(202, "{\"id\":\"ignored\"}").newBuilder().addHeader("X-Okta-Request-Id", "r2").build());
    server.enqueue(json(404, "{}"));

    ApiResponse<Void> blocking = runtime.executeForResponse(get("a"));
    ApiResponse<Void> async = runtime.executeForResponseAsync(get("b")).get(5, SECONDS);
    CompletableFuture<ApiResponse<Void>> failed = runtime.executeForResponseAsync(get("c"));

    assertThat(blocking.status()).isEqualTo(200);
    assertThat(blocking.body()).isNull();
    assertThat(blocking.header("X-Okta-Request-Id")).isEqualTo("r1");
    assertThat(async.status()).isEqualTo(202);
    assertThat(async.body()).isNull();
    assertThat(async.header("X-Okta-Request-Id")).isEqualTo("r2");
    ExecutionException error = assertThrows(ExecutionException.class, () -> failed.get(5, SECONDS));
    assertThat(error.getCause()).isInstanceOf(HttpStatusException.class);
  }

  @Test
  void executeForResponseRefusesANullAdapterBeforeSending() {
    assertThrows(NullPointerException.class, () -> runtime.executeForResponse(get("a"), null));
    assertThrows(NullPointerException.class, () -> runtime.executeForResponseAsync(get("b"), null));
    assertThat(server.getRequestCount()).isEqualTo(0);
  }

  @Test
  void asyncFormsGiveTheSameResults() throws Exception {
    server.enqueue(json(200, "{\"id\":\"a\"}"));
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(json(202, "{\"id\":\"c\"}").newBuilder().addHeader("X-Okta-Request-Id", "r").build());
    server.enqueue(json(404, "{}"));

    TestJson.Item item = runtime.executeAsync(get("a"), TestJson.ITEM).get(5, SECONDS);
    Void nothing = runtime.executeAsync(get("b")).get(5, SECONDS);
    ApiResponse<TestJson.Item> response = runtime.executeForResponseAsync(get("c"), TestJson.ITEM).get(5, SECONDS);
    HttpResponse raw = runtime.sendAsync(get("d")).get(5, SECONDS);

    assertThat(item.id).isEqualTo("a");
    assertThat(nothing).isNull();
    assertThat(response.status()).isEqualTo(202);
    assertThat(response.body().id).isEqualTo("c");
    assertThat(response.header("X-Okta-Request-Id")).isEqualTo("r");
    assertThat(raw.status()).isEqualTo(404);
  }

  @Test
  void sendReturnsAnyStatusAsItIs() {
    server.enqueue(json(500, "{\"oops\":1}"));

    HttpResponse response = runtime.send(get("x"));

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.isSuccessful()).isFalse();
    assertThat(response.bodyString()).isEqualTo("{\"oops\":1}");
  }

  // ---- error mapping ----

  @Test
  void errorStatusBecomesHttpStatusExceptionWithStatusHeadersExcerptAndRequestId() throws Exception {
    String body = "{\"errorCode\":\"E0000007\",\"errorSummary\":\"Not found: Resource not found\"}";
    server.enqueue(
        json(404, body).newBuilder().addHeader("X-Okta-Request-Id", "reqid-404").addHeader("X-Rate-Limit-Limit", "100").build());
    server.enqueue(json(404, body).newBuilder().addHeader("X-Okta-Request-Id", "reqid-404").build());

    HttpStatusException sync = assertThrows(HttpStatusException.class, () -> runtime.execute(get("a"), TestJson.ITEM));
    Throwable async = failureOf(runtime.executeAsync(get("b"), TestJson.ITEM));

    assertThat(sync.status()).isEqualTo(404);
    assertThat(sync.requestId()).isEqualTo("reqid-404");
    assertThat(sync.header("x-rate-limit-limit")).isEqualTo("100");
    assertThat(sync.headers().first("Content-Type")).isEqualTo("application/json");
    assertThat(sync.bodyExcerpt()).isEqualTo(body);
    assertThat(sync.request().invocation().pathTemplate()).isEqualTo("/items/{id}");
    assertThat(sync).hasMessageThat().startsWith("HTTP 404 for GET http://");
    assertThat(sync).hasMessageThat().contains("/items/{id} (ItemApi.get): {\"errorCode\":\"E0000007\"");
    assertThat(sync).hasMessageThat().endsWith("(request id reqid-404)");
    assertThat(async).isInstanceOf(HttpStatusException.class);
    assertThat(((HttpStatusException) async).status()).isEqualTo(404);
  }

  @Test
  void anHtmlPageFromAProxyIsStillAClearError() {
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .addHeader("Content-Type", "text/html")
            .body("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n"
                + "<hr><center>nginx</center>\n</body>\n</html>\n")
            .build());

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> runtime.execute(get("a"), TestJson.ITEM));

    assertThat(e.status()).isEqualTo(502);
    assertThat(e.requestId()).isNull();
    assertThat(e.bodyExcerpt()).contains("<title>502 Bad Gateway</title>");
    assertThat(e).hasMessageThat().contains("(ItemApi.get): <html> <head><title>502 Bad Gateway</title></head> <body>");
    assertThat(e).hasMessageThat().doesNotContain("\n");
  }

  @Test
  void anEmptyErrorBodyGivesStatusOnly() {
    server.enqueue(new MockResponse.Builder().code(503).build());

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> runtime.execute(get("a")));

    assertThat(e.status()).isEqualTo(503);
    assertThat(e.bodyExcerpt()).isEmpty();
    assertThat(e).hasMessageThat().isEqualTo("HTTP 503 for " + e.request());
  }

  @Test
  void aLongErrorBodyIsCutToABoundedExcerpt() {
    server.enqueue(json(500, "é".repeat(100_000)));

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> runtime.execute(get("a")));

    assertThat(e.bodyExcerpt()).hasLength(HttpStatusException.MAX_EXCERPT_CHARS + 1);
    assertThat(e.bodyExcerpt()).endsWith("é…");
    assertThat(e.getMessage().length()).isLessThan(400);
  }

  @Test
  void redirectsAreNotFollowedAndSurfaceAsStatuses() throws Exception {
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", server.url("/login")).build());

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> runtime.execute(get("a"), TestJson.ITEM));

    assertThat(e.status()).isEqualTo(302);
    assertThat(e.header("Location")).endsWith("/login");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aConfiguredErrorMapperDecidesTheException() {
    class NotFound extends TypedClientException {
      private static final long serialVersionUID = 1L;

      NotFound(HttpResponse response) {
        super("not found: " + response.request(), response.request(), null);
      }
    }
    ClientRuntime mapped =
        new ClientRuntime(config().errorMapper(response -> response.status() == 404 ? new NotFound(response) : null).build());
    server.enqueue(json(404, "{}"));
    server.enqueue(json(409, "{}"));

    assertThrows(NotFound.class, () -> mapped.execute(get(mapped, "a")));
    HttpStatusException fallback = assertThrows(HttpStatusException.class, () -> mapped.execute(get(mapped, "b")));
    assertThat(fallback.status()).isEqualTo(409);
    mapped.close();
  }

  @Test
  void aThrowingErrorMapperStillReportsTheStatus() {
    ClientRuntime broken =
        new ClientRuntime(config().errorMapper(response -> {
          throw new IllegalStateException("mapper bug");
        }).build());
    server.enqueue(json(500, "{}"));

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> broken.execute(get(broken, "a")));

    assertThat(e.status()).isEqualTo(500);
    assertThat(e.getSuppressed()).hasLength(1);
    assertThat(e.getSuppressed()[0]).hasMessageThat().isEqualTo("mapper bug");
    broken.close();
  }

  // ---- decoding ----

  @Test
  void wrongTypeNamesTheJsonPathButNotTheValue() {
    server.enqueue(json(200, "{\"id\":\"a\",\"count\":\"00uSECRETVALUE\"}"));

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> runtime.execute(get("a"), TestJson.ITEM));

    assertThat(e.status()).isEqualTo(200);
    assertThat(e).hasMessageThat().contains("Expected an int but was another value (not shown) at path $.count");
    assertThat(e).hasMessageThat().contains("(ItemApi.get)");
    assertThat(e).hasMessageThat().doesNotContain("SECRET");
    assertThat(e).hasCauseThat().isInstanceOf(JsonDataException.class);
    assertThat(e.getCause()).hasMessageThat().doesNotContain("SECRET");
  }

  @Test
  void nestedShapeErrorsNameTheNestedPath() {
    server.enqueue(json(200, "{\"id\":\"a\",\"owner\":{\"name\":{\"first\":\"x\"}}}"));

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> runtime.execute(get("a"), TestJson.ITEM));

    assertThat(e).hasMessageThat().contains("Expected a string but was BEGIN_OBJECT at path $.owner.name");
  }

  @Test
  void missingRequiredPropertyIsNamed() {
    server.enqueue(json(200, "{\"count\":1}"));

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> runtime.execute(get("a"), TestJson.ITEM));

    assertThat(e).hasMessageThat().contains("Required value 'id' missing at $");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"id\":\"a\"} trailing", "{\"id\":\"a\"}{\"id\":\"b\"}", "{\"id\":\"a\"}]"})
  void dataAfterTheValueIsAnError(String body) {
    server.enqueue(json(200, body));

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> runtime.execute(get("a"), TestJson.ITEM));

    assertThat(e).hasMessageThat().contains("expected the end of the body after the JSON value");
    assertThat(e).hasCauseThat().isInstanceOf(JsonEncodingException.class);
  }

  @Test
  void trailingWhitespaceIsFine() {
    server.enqueue(json(200, " {\"id\":\"a\"} \r\n\t"));

    assertThat(runtime.execute(get("a"), TestJson.ITEM).id).isEqualTo("a");
  }

  @Test
  void truncatedMalformedEmptyAndNullBodiesAreDecodingErrors() throws Exception {
    server.enqueue(json(200, "{\"id\":\"a\",\"count\":1"));
    server.enqueue(json(200, "<html>not json</html>"));
    server.enqueue(json(200, ""));
    server.enqueue(json(200, "null"));

    ResponseDecodingException truncated =
        assertThrows(ResponseDecodingException.class, () -> runtime.execute(get("a"), TestJson.ITEM));
    ResponseDecodingException html =
        assertThrows(ResponseDecodingException.class, () -> runtime.execute(get("b"), TestJson.ITEM));
    ResponseDecodingException empty =
        assertThrows(ResponseDecodingException.class, () -> runtime.execute(get("c"), TestJson.ITEM.nullSafe()));
    Throwable nullBody = failureOf(runtime.executeAsync(get("d"), TestJson.ITEM.nullSafe()));

    assertThat(truncated).hasCauseThat().isInstanceOf(JsonEncodingException.class);
    assertThat(truncated.getCause()).hasCauseThat().isInstanceOf(EOFException.class);
    assertThat(truncated).hasMessageThat().contains("JSON ended early at $.count");
    assertThat(html).hasCauseThat().isInstanceOf(JsonEncodingException.class);
    assertThat(empty).hasMessageThat().contains("the body is empty");
    assertThat(nullBody).isInstanceOf(ResponseDecodingException.class);
    assertThat(nullBody).hasMessageThat().contains("the body is null");
  }

  @Test
  void anAdapterThatThrowsIsReportedWithItsPlaceNotItsMessage() {
    com.squareup.moshi.JsonAdapter<String> buggy =
        new com.squareup.moshi.JsonAdapter<String>() {
          @Override
          public String fromJson(com.squareup.moshi.JsonReader reader) throws java.io.IOException {
            reader.beginObject();
            reader.nextName();
            throw new NumberFormatException("For input string: \"SECRETinput\"");
          }

          @Override
          public void toJson(com.squareup.moshi.JsonWriter writer, String value) {}
        };
    server.enqueue(json(200, "{\"id\":\"SECRETinput\"}"));

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class, () -> runtime.execute(get("a"), buggy));

    assertThat(e).hasMessageThat().contains("NumberFormatException in a JSON adapter at path $.id");
    assertThat(e).hasMessageThat().doesNotContain("SECRET");
    assertThat(e.getCause()).hasCauseThat().isInstanceOf(NumberFormatException.class);
  }

  // ---- limits ----

  @Test
  void aBodyOverTheConfiguredCapFails() throws Exception {
    ClientRuntime capped = new ClientRuntime(config().maxResponseBodyBytes(1_000).build());
    server.enqueue(json(200, "{\"id\":\"" + "x".repeat(5_000) + "\"}"));
    server.enqueue(json(200, "{\"id\":\"" + "x".repeat(5_000) + "\"}"));

    ResponseTooLargeException sync =
        assertThrows(ResponseTooLargeException.class, () -> capped.execute(get(capped, "a"), TestJson.ITEM));
    Throwable async = failureOf(capped.executeAsync(get(capped, "b"), TestJson.ITEM));

    assertThat(sync.limit()).isEqualTo(1_000);
    assertThat(sync).hasMessageThat().contains("larger than the limit of 1000 bytes");
    assertThat(async).isInstanceOf(ResponseTooLargeException.class);
    capped.close();
  }

  @Test
  void aRequestTimeoutFailsBothForms() throws Exception {
    ClientRuntime hurried = new ClientRuntime(config().requestTimeout(Duration.ofMillis(250)).build());
    server.enqueue(json(200, "{\"id\":\"a\"}").newBuilder().headersDelay(5, SECONDS).build());
    server.enqueue(json(200, "{\"id\":\"a\"}").newBuilder().headersDelay(5, SECONDS).build());

    RequestTimeoutException sync =
        assertThrows(RequestTimeoutException.class, () -> hurried.execute(get(hurried, "a"), TestJson.ITEM));
    Throwable async = failureOf(hurried.executeAsync(get(hurried, "b"), TestJson.ITEM));

    assertThat(sync.timeout()).isEqualTo(Duration.ofMillis(250));
    assertThat(sync).hasMessageThat().contains("timed out after 250 ms: GET");
    assertThat(async).isInstanceOf(RequestTimeoutException.class);
    hurried.close();
  }

  // ---- concurrency ----

  @Test
  void oneRuntimeServesManyThreads() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String id = request.getUrl().pathSegments().get(1);
            return json(200, "{\"id\":\"" + id + "\",\"count\":" + id.length() + "}");
          }
        });
    int threads = 8;
    int calls = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          List<String> wrong = new ArrayList<>();
          for (int i = 0; i < calls; i++) {
            String id = "t" + thread + "c" + i;
            TestJson.Item item =
                i % 2 == 0
                    ? runtime.execute(get(id), TestJson.ITEM)
                    : runtime.executeAsync(get(id), TestJson.ITEM).get(10, SECONDS);
            if (!item.id.equals(id) || item.count != id.length()) {
              wrong.add(id + " -> " + item.id);
            }
          }
          return wrong;
        }));
      }
      List<String> wrong = new ArrayList<>();
      for (Future<List<String>> result : results) {
        wrong.addAll(result.get(30, SECONDS));
      }
      assertThat(wrong).isEmpty();
      assertThat(server.getRequestCount()).isEqualTo(threads * calls);
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- close ----

  @Test
  void closeIsIdempotentAndLaterCallsFailClearly() throws Exception {
    server.enqueue(json(200, "{\"id\":\"a\"}"));
    runtime.execute(get("a"), TestJson.ITEM);
    HttpRequest later = get("b");

    runtime.close();
    runtime.close();

    ClientClosedException sync = assertThrows(ClientClosedException.class, () -> runtime.execute(later, TestJson.ITEM));
    Throwable async = failureOf(runtime.executeAsync(later, TestJson.ITEM));
    assertThat(sync).hasMessageThat().isEqualTo("client is closed; refused " + later);
    assertThat(async).isInstanceOf(ClientClosedException.class);
    assertThat(failureOf(runtime.sendAsync(later))).isInstanceOf(ClientClosedException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void closeLeavesACallersTransportOpenButClosesItsOwn() {
    AtomicInteger closes = new AtomicInteger();
    JdkHttpTransport real = JdkHttpTransport.create();
    HttpTransport callers =
        new HttpTransport() {
          @Override
          public HttpResponse execute(HttpRequest request) {
            return real.execute(request);
          }

          @Override
          public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
            return real.executeAsync(request);
          }

          @Override
          public void close() {
            closes.incrementAndGet();
          }
        };
    ClientRuntime shared = new ClientRuntime(config().transport(callers).build());
    server.enqueue(json(200, "{\"id\":\"a\"}"));

    shared.close();
    assertThat(closes.get()).isEqualTo(0);
    assertThat(real.execute(get(shared, "a")).status()).isEqualTo(200);
    real.close();
  }

  // ---- secrets ----

  @Test
  void secretsNeverAppearInMessagesOrToString() throws Exception {
    String token = "00SECRETapiTOKENvalue";
    String sessionId = "102SECRETsessionID";
    String queryToken = "SECRETqueryVALUE";
    ClientRuntime authed =
        new ClientRuntime(
            config().addInterceptor(request -> request.toBuilder().header("Authorization", "SSWS " + token).build()).build());
    // A careless server echoes everything it was sent.
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return json(404, "{\"errorSummary\":\"Not found: " + request.getTarget() + " auth "
                + request.getHeaders().get("Authorization") + "\"}");
          }
        });
    HttpRequest request =
        authed.request("GET", "/sessions/{sessionId}", "SessionApi.get")
            .appendPath("/sessions/")
            .appendPathSegment("sessionId", sessionId)
            .query("token", queryToken)
            .header("Cookie", "sid=" + sessionId)
            .build();

    HttpStatusException sync = assertThrows(HttpStatusException.class, () -> authed.execute(request, TestJson.ITEM));
    Throwable async = failureOf(authed.executeAsync(request, TestJson.ITEM));
    HttpResponse raw = authed.send(request);

    List<String> texts = new ArrayList<>();
    texts.add(sync.getMessage());
    texts.add(sync.toString());
    texts.add(async.getMessage());
    texts.add(request.toString());
    texts.add(request.headers().toString());
    texts.add(raw.toString());
    texts.add(raw.request().toString());
    texts.add(raw.request().headers().toString());
    texts.add(authed.config().toString());
    texts.add(authed.toString());
    for (String text : texts) {
      assertThat(text).doesNotContain("SECRET");
    }
    assertThat(sync).hasMessageThat().contains("Not found: /sessions/██?token=██ auth ██");
    assertThat(raw.request().headers().first("Authorization")).isEqualTo("SSWS " + token);
    authed.close();
  }
}
