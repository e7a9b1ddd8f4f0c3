package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.TestJson.Item;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a {@link CallObserver} is told, in which order, for blocking and asynchronous calls alike; that it never
 * sees a value; and that one that throws never fails a call.
 */
@Timeout(value = 20, unit = SECONDS)
class CallObserverTest {
  private static final String USER_ID = "00u-secret-user-id";
  private static final String QUERY_VALUE = "secret-query-value";
  private static final String TOKEN = "SSWS secret-token";
  private static final String ITEM_JSON = "{\"id\":\"i1\",\"count\":2}";

  private final ScriptedTransport transport = ScriptedTransport.create();
  private final FakeScheduler scheduler = new FakeScheduler();
  private final RecordingObserver observer = new RecordingObserver();

  /** The two ways to make a call; both must tell the observers the same. */
  enum Form {
    BLOCKING,
    ASYNC;

    /** Runs the call; returns its result or the exception it ended with, unwrapped. */
    Object call(ClientRuntime runtime, HttpRequest request) {
      try {
        if (this == BLOCKING) {
          return runtime.execute(request, TestJson.ITEM);
        }
        return runtime.executeAsync(request, TestJson.ITEM).get(10, SECONDS);
      } catch (ExecutionException e) {
        return e.getCause();
      } catch (RuntimeException e) {
        return e;
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
  }

  private ClientConfig.Builder config() {
    return ClientConfig.builder()
        .baseUrl("https://api.example.com/v2")
        .transport(transport)
        .scheduler(scheduler)
        .addObserver(observer);
  }

  /** {@code POST /v2/users/{userId}/items?tag=...} with a secret in the path, the query, a header and the body. */
  private static HttpRequest create(ClientRuntime runtime) {
    return runtime.request("POST", "/users/{userId}/items", "ItemsApi", "create")
        .appendPath("/users/")
        .appendPathSegment("userId", USER_ID)
        .appendPath("/items")
        .query("tag", QUERY_VALUE)
        .header("Authorization", TOKEN)
        .jsonBody(TestJson.ITEM, new Item("body-secret", 1, "owner-secret"))
        .build();
  }

  private static HttpRequest get(ClientRuntime runtime) {
    return runtime.request("GET", "/items/{id}", "ItemsApi", "get")
        .appendPath("/items/")
        .appendPathSegment("id", "i1")
        .build();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void aCallIsToldItsStartItsAttemptAndItsEnd(Form form) {
    transport.respond(201, ITEM_JSON, "Content-Type", "application/json");
    try (ClientRuntime runtime = new ClientRuntime(config().build())) {
      HttpRequest request = create(runtime);

      Object result = form.call(runtime, request);

      assertThat(result).isInstanceOf(Item.class);
      assertThat(observer.lines)
          .containsExactly("call POST /v2/users/{userId}/items", "attempt 0 after 0 ms", "attempt 0 -> 201",
              "end -> 201 after 1")
          .inOrder();
      ObservedRequest observed = observer.started.get(0);
      assertThat(observed.method()).isEqualTo("POST");
      assertThat(observed.scheme()).isEqualTo("https");
      assertThat(observed.host()).isEqualTo("api.example.com");
      assertThat(observed.port()).isEqualTo(443);
      assertThat(observed.operation()).isEqualTo("ItemsApi.create");
      assertThat(observed.api()).isEqualTo("ItemsApi");
      assertThat(observed.apiMethod()).isEqualTo("create");
      assertThat(observed.redactedUrl()).isEqualTo("https://api.example.com/v2/users/REDACTED/items");
      assertThat(observed.toString()).isEqualTo("POST https://api.example.com/v2/users/{userId}/items (ItemsApi.create)");
      AttemptStart start = observer.attemptStarts.get(0);
      assertThat(start.request()).isSameInstanceAs(observed);
      assertThat(start.requestBodyBytes()).isEqualTo(request.bodyLength());
      AttemptEnd end = observer.attemptEnds.get(0);
      assertThat(end.requestBodyBytes()).isEqualTo(request.bodyLength());
      assertThat(end.responseBodyBytes()).isEqualTo(ITEM_JSON.length());
      assertThat(end.failureType()).isNull();
      assertThat(end.duration()).isAtLeast(Duration.ZERO);
      assertThat(end.rateLimit()).isEqualTo(RateLimitStatus.unknown());
      CallEnd call = observer.callEnds.get(0);
      assertThat(call.failureType()).isNull();
      assertThat(call.duration()).isAtLeast(end.duration());
    }
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void noEventNorToStringOffersAValueOfThePathTheQueryAHeaderOrTheBody(Form form) {
    transport.respond(500, "{\"error\":\"response-body-secret\"}").respond(201, ITEM_JSON);
    try (ClientRuntime runtime = new ClientRuntime(config().retryPolicy(RetryPolicy.standard()).build())) {
      form.call(runtime, create(runtime));
      form.call(runtime, create(runtime));
    }

    assertThat(observer.callEnds).hasSize(2);
    assertThat(observer.texts).isNotEmpty();
    for (String text : observer.texts) {
      for (String secret : new String[] {USER_ID, QUERY_VALUE, "secret-token", "body-secret", "owner-secret",
          "response-body-secret", "tag="}) {
        assertThat(text).doesNotContain(secret);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void eachRetryIsAnAttemptWithItsResendCountAndTheWaitBeforeIt(Form form) throws Exception {
    transport.respond(503, "{}").respond(503, "{}").respond(200, ITEM_JSON);
    StandardRetryPolicy policy = StandardRetryPolicy.builder().random(() -> 0.5).build();
    try (ClientRuntime runtime = new ClientRuntime(config().retryPolicy(policy).build())) {
      HttpRequest request = get(runtime);
      if (form == Form.BLOCKING) {
        assertThat(form.call(runtime, request)).isInstanceOf(Item.class);
      } else {
        CompletableFuture<Item> call = runtime.executeAsync(request, TestJson.ITEM);
        scheduler.awaitDelayRequests(1);
        scheduler.advance(Duration.ofMillis(625));
        scheduler.awaitDelayRequests(1);
        scheduler.advance(Duration.ofMillis(1125));
        assertThat(call.get(5, SECONDS).id).isEqualTo("i1");
      }
    }

    assertThat(observer.lines)
        .containsExactly("call GET /v2/items/{id}",
            "attempt 0 after 0 ms", "attempt 0 -> 503",
            "attempt 1 after 625 ms", "attempt 1 -> 503",
            "attempt 2 after 1125 ms", "attempt 2 -> 200",
            "end -> 200 after 3")
        .inOrder();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void anAttemptThatFailsBelowHttpReportsItsFailureType(Form form) {
    transport.refuse();
    try (ClientRuntime runtime = new ClientRuntime(config().build())) {
      assertThat(form.call(runtime, get(runtime))).isInstanceOf(TransportException.class);
    }

    assertThat(observer.lines)
        .containsExactly("call GET /v2/items/{id}", "attempt 0 after 0 ms", "attempt 0 -> TransportException",
            "end -> TransportException after 1")
        .inOrder();
    assertThat(observer.attemptEnds.get(0).responseBodyBytes()).isEqualTo(0);
    assertThat(observer.attemptEnds.get(0).rateLimit().isKnown()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void theCallEndsWithTheStatusAndWhatTheCallerGotWhenTheResponseIsMappedOrDoesNotDecode(Form form) {
    transport.respond(404, "{}").respond(200, "not json");
    try (ClientRuntime runtime = new ClientRuntime(config().build())) {
      assertThat(form.call(runtime, get(runtime))).isInstanceOf(HttpStatusException.class);
      assertThat(form.call(runtime, get(runtime))).isInstanceOf(ResponseDecodingException.class);
    }

    assertThat(observer.lines)
        .containsExactly(
            "call GET /v2/items/{id}", "attempt 0 after 0 ms", "attempt 0 -> 404",
            "end -> HttpStatusException 404 after 1",
            "call GET /v2/items/{id}", "attempt 0 after 0 ms", "attempt 0 -> 200",
            "end -> ResponseDecodingException 200 after 1")
        .inOrder();
  }

  @Test
  void aRequestAnInterceptorSendsOnTheCallsBehalfIsAnAttemptCountedApart() {
    // As the Okta client's OAuth interceptor does: a token request of its own before each attempt.
    Interceptor tokens = new Interceptor() {
      @Override
      public HttpResponse intercept(Chain chain) {
        HttpRequest token = HttpRequest.builder("POST", java.net.URI.create("https://auth.example.com/token"))
            .invocation(Invocation.builder("TokenEndpoint").pathTemplate("/token").build())
            .build();
        chain.proceed(token);
        return chain.proceed(chain.request());
      }

      @Override
      public CompletableFuture<HttpResponse> interceptAsync(AsyncChain chain) {
        throw new AssertionError("blocking only");
      }
    };
    transport.respond(200, "{}").respond(503, "{}").respond(200, "{}").respond(200, ITEM_JSON);
    StandardRetryPolicy policy = StandardRetryPolicy.builder().random(() -> 0.5).build();
    try (ClientRuntime runtime = new ClientRuntime(config().retryPolicy(policy).addInterceptor(tokens).build())) {
      runtime.execute(get(runtime), TestJson.ITEM);
    }

    List<String> attempts = new ArrayList<>();
    for (AttemptStart start : observer.attemptStarts) {
      attempts.add(start.request().operation() + " " + start.request().host() + " resend " + start.resendCount()
          + " after " + start.waitBefore().toMillis() + " ms");
    }
    assertThat(attempts)
        .containsExactly(
            "TokenEndpoint auth.example.com resend 0 after 0 ms",
            "ItemsApi.get api.example.com resend 0 after 0 ms",
            "TokenEndpoint auth.example.com resend 1 after 0 ms",
            "ItemsApi.get api.example.com resend 1 after 625 ms")
        .inOrder();
    assertThat(observer.callEnds.get(0).attempts()).isEqualTo(4);
  }

  @Test
  void sendAndItsAsyncFormAreObservedAsWell() throws Exception {
    transport.respond(503, "{}").respond(204, "");
    try (ClientRuntime runtime = new ClientRuntime(config().build())) {
      assertThat(runtime.send(get(runtime)).status()).isEqualTo(503);
      assertThat(runtime.sendAsync(get(runtime)).get(5, SECONDS).status()).isEqualTo(204);
    }

    assertThat(observer.lines)
        .containsExactly("call GET /v2/items/{id}", "attempt 0 after 0 ms", "attempt 0 -> 503", "end -> 503 after 1",
            "call GET /v2/items/{id}", "attempt 0 after 0 ms", "attempt 0 -> 204", "end -> 204 after 1")
        .inOrder();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void anObserverThatThrowsFromEveryEventNeverFailsTheCallNorKeepsTheOthersFromHearing(Form form) {
    CallObserver throwsAtStart = request -> {
      throw new IllegalStateException("observer broken");
    };
    CallObserver throwsLater = request -> new CallListener() {
      @Override
      public void attemptStarted(AttemptStart attempt) {
        attempt.setHeader("X-Broken", "1");
        throw new IllegalStateException("attemptStarted broken");
      }

      @Override
      public void attemptEnded(AttemptEnd attempt) {
        // As an observer built against a newer library than the one on the class path fails.
        throw new NoSuchMethodError("isEnabled");
      }

      @Override
      public void callEnded(CallEnd call) {
        throw new IllegalStateException("callEnded broken");
      }
    };
    transport.respond(200, ITEM_JSON);
    ClientConfig config = ClientConfig.builder()
        .baseUrl("https://api.example.com/v2")
        .transport(transport)
        .addObserver(throwsAtStart)
        .addObserver(throwsLater)
        .addObserver(observer)
        .build();
    try (ClientRuntime runtime = new ClientRuntime(config)) {
      assertThat(form.call(runtime, get(runtime))).isInstanceOf(Item.class);
    }

    assertThat(observer.lines).hasSize(4);
    // The header a listener set before it threw is not applied.
    assertThat(transport.received().get(0).headers().contains("X-Broken")).isFalse();
  }

  @Test
  void anObserverThatWantsNoneOfACallHearsNothingMore() {
    List<String> heard = new ArrayList<>();
    CallObserver selective = request -> {
      heard.add(request.operation());
      return request.operation().equals("ItemsApi.create") ? observer.callStarted(request) : CallListener.none();
    };
    transport.respond(200, ITEM_JSON).respond(201, ITEM_JSON);
    try (ClientRuntime runtime =
        new ClientRuntime(ClientConfig.builder().baseUrl("https://api.example.com").transport(transport)
            .addObserver(selective).addObserver(request -> null).build())) {
      runtime.execute(get(runtime), TestJson.ITEM);
      runtime.execute(create(runtime), TestJson.ITEM);
    }

    assertThat(heard).containsExactly("ItemsApi.get", "ItemsApi.create").inOrder();
    assertThat(observer.lines).containsExactly("call POST /users/{userId}/items", "attempt 0 after 0 ms",
        "attempt 0 -> 201", "end -> 201 after 1").inOrder();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void aListenerSetsTraceHeadersOnEachAttemptButNeitherCredentialsNorTransportHeaders(Form form) throws Exception {
    List<IllegalArgumentException> refused = new ArrayList<>();
    List<AttemptStart> kept = new ArrayList<>();
    CallObserver propagating = request -> new CallListener() {
      @Override
      public void attemptStarted(AttemptStart attempt) {
        attempt.setHeader("traceparent", "00-trace-" + attempt.resendCount() + "-01");
        for (String forbidden : new String[] {"Authorization", "Cookie", "Host", "Content-Length", "bad name"}) {
          try {
            attempt.setHeader(forbidden, "x");
          } catch (IllegalArgumentException e) {
            refused.add(e);
          }
        }
        kept.add(attempt);
      }
    };
    transport.respond(503, "{}").respond(200, ITEM_JSON);
    StandardRetryPolicy policy = StandardRetryPolicy.builder().random(() -> 0.5).build();
    ClientConfig config = config().addObserver(propagating).retryPolicy(policy).build();
    try (ClientRuntime runtime = new ClientRuntime(config)) {
      if (form == Form.BLOCKING) {
        form.call(runtime, get(runtime));
      } else {
        CompletableFuture<Item> call = runtime.executeAsync(get(runtime), TestJson.ITEM);
        scheduler.awaitDelayRequests(1);
        scheduler.advance(Duration.ofMillis(625));
        call.get(5, SECONDS);
      }
    }

    List<HttpRequest> sent = transport.received();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).headers().first("traceparent")).isEqualTo("00-trace-0-01");
    assertThat(sent.get(1).headers().first("traceparent")).isEqualTo("00-trace-1-01");
    assertThat(sent.get(1).headers().all("traceparent")).hasSize(1);
    assertThat(sent.get(0).headers().contains("Cookie")).isFalse();
    assertThat(refused).hasSize(10);
    assertThat(refused.get(0)).hasMessageThat().contains("credentials");
    assertThat(refused.get(2)).hasMessageThat().contains("transport sets it");
    IllegalStateException late = assertThrows(IllegalStateException.class, () -> kept.get(0).setHeader("a", "b"));
    assertThat(late).hasMessageThat().contains("only during CallListener.attemptStarted");
  }

  @Test
  void rateLimitStateComesFromTheConfiguredReaderOnlyForResponses() {
    Instant reset = Instant.parse("2026-01-01T00:01:00Z");
    RateLimitReader reader = headers -> headers.contains("X-Left")
        ? RateLimitStatus.of(600L, Long.parseLong(headers.first("X-Left")), reset)
        : RateLimitStatus.unknown();
    transport.respond(200, ITEM_JSON, "X-Left", "12").respond(200, ITEM_JSON, "X-Left", "not a number").refuse();
    try (ClientRuntime runtime = new ClientRuntime(config().rateLimitReader(reader).build())) {
      runtime.execute(get(runtime), TestJson.ITEM);
      runtime.execute(get(runtime), TestJson.ITEM);
      assertThrows(TransportException.class, () -> runtime.execute(get(runtime), TestJson.ITEM));
    }

    RateLimitStatus first = observer.attemptEnds.get(0).rateLimit();
    assertThat(first.limit().getAsLong()).isEqualTo(600);
    assertThat(first.remaining().getAsLong()).isEqualTo(12);
    assertThat(first.resetAt()).hasValue(reset);
    assertThat(first.toString()).isEqualTo("RateLimitStatus{limit=600, remaining=12, resetAt=2026-01-01T00:01:00Z}");
    // A reader that throws reports nothing; a failed attempt has no headers to read.
    assertThat(observer.attemptEnds.get(1).rateLimit()).isEqualTo(RateLimitStatus.unknown());
    assertThat(observer.attemptEnds.get(2).rateLimit()).isEqualTo(RateLimitStatus.unknown());
  }

  @Test
  void aCancelledCallEndsCancelledOnceTheWaitInProgressStops() throws Exception {
    transport.respond(503, "{}");
    try (ClientRuntime runtime = new ClientRuntime(config().retryPolicy(RetryPolicy.standard()).build())) {
      CompletableFuture<Item> call = runtime.executeAsync(get(runtime), TestJson.ITEM);
      scheduler.awaitDelayRequests(1);
      call.cancel(true);
    }

    assertThat(observer.lines)
        .containsExactly("call GET /v2/items/{id}", "attempt 0 after 0 ms", "attempt 0 -> 503",
            "end -> CancellationException 503 after 1")
        .inOrder();
    assertThat(observer.callEnds.get(0).failureType()).isEqualTo(CancellationException.class);
  }

  @Test
  void aRequestBuiltByHandHasNoTemplateAndItsPathIsNotOffered() {
    transport.respond(204, "");
    try (ClientRuntime runtime = new ClientRuntime(config().build())) {
      runtime.send(HttpRequest.builder("DELETE", java.net.URI.create("http://127.0.0.1:8080/things/" + USER_ID)).build());
    }

    ObservedRequest observed = observer.started.get(0);
    assertThat(observed.pathTemplate()).isEmpty();
    assertThat(observed.operation()).isEmpty();
    assertThat(observed.port()).isEqualTo(8080);
    assertThat(observed.redactedUrl()).isEqualTo("http://127.0.0.1:8080");
    assertThat(observed.toString()).isEqualTo("DELETE http://127.0.0.1:8080");
  }

  @Test
  void theConfigurationKeepsItsObserversInOrder() {
    CallObserver second = request -> CallListener.none();
    RateLimitReader reader = headers -> RateLimitStatus.unknown();
    ClientConfig config = config().addObserver(second).rateLimitReader(reader).build();

    assertThat(config.observers()).containsExactly(observer, second).inOrder();
    assertThat(config.toBuilder().build().observers()).containsExactly(observer, second).inOrder();
    assertThat(config.toBuilder().build().rateLimitReader()).isSameInstanceAs(reader);
    assertThat(config.toString()).contains("observers=2");
    assertThat(ClientConfig.builder().baseUrl("https://a.example").build().observers()).isEmpty();
    assertThrows(NullPointerException.class, () -> config().addObserver(null));
    assertThrows(IllegalArgumentException.class, () -> RateLimitStatus.of(-1L, null, null));
  }
}
