package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A retry policy set on the configuration: where the loop runs, and that without one a call is sent once. */
@Timeout(value = 20, unit = SECONDS)
class ClientRetriesTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private final FakeScheduler scheduler = new FakeScheduler();
  private final StandardRetryPolicy policy = StandardRetryPolicy.builder().random(() -> 0.5).build();

  private ClientConfig.Builder config() {
    return ClientConfig.builder().baseUrl(server.url("/").toString()).scheduler(scheduler);
  }

  private static HttpRequest get(ClientRuntime runtime) {
    return runtime.request("GET", "/items", "ItemsApi", "list").appendPath("/items").build();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{}").build();
  }

  /** Numbers the attempts that pass through it in {@code X-Attempt}. */
  static final class CountingInterceptor implements RequestInterceptor {
    final List<HttpRequest> seen = Collections.synchronizedList(new ArrayList<>());

    @Override
    public HttpRequest rewrite(HttpRequest request) {
      seen.add(request);
      return request.toBuilder().header("X-Attempt", Integer.toString(seen.size())).build();
    }
  }

  @Test
  void withoutAPolicyACallIsSentOnce() {
    server.enqueue(status(503));
    try (ClientRuntime runtime = new ClientRuntime(config().build())) {
      assertThat(runtime.config().retryPolicy()).isNull();
      assertThrows(HttpStatusException.class, () -> runtime.execute(get(runtime)));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void everyAttemptPassesThroughEveryInterceptor() throws Exception {
    server.enqueue(status(503));
    server.enqueue(status(502));
    server.enqueue(status(200));
    CountingInterceptor counting = new CountingInterceptor();

    try (ClientRuntime runtime = new ClientRuntime(config().retryPolicy(policy).addInterceptor(counting).build())) {
      assertThat(runtime.send(get(runtime)).status()).isEqualTo(200);
    }

    assertThat(counting.seen).hasSize(3);
    assertThat(scheduler.sleeps()).containsExactly(Duration.ofMillis(625), Duration.ofMillis(1125)).inOrder();
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(server.takeRequest(5, SECONDS).getHeaders().get("X-Attempt")).isEqualTo(Integer.toString(attempt));
    }
  }

  @Test
  void asyncRetriesWaitOnTheSchedulerAndGiveTheLastAnswerWhenTheBudgetEnds() throws Exception {
    server.enqueue(status(503));
    server.enqueue(status(503));
    StandardRetryPolicy once = StandardRetryPolicy.builder().maxRetries(1).random(() -> 0.5).build();

    try (ClientRuntime runtime = new ClientRuntime(config().retryPolicy(once).build())) {
      CompletableFuture<HttpResponse> call = runtime.sendAsync(get(runtime));
      scheduler.awaitDelayRequests(1);
      assertThat(call.isDone()).isFalse();
      scheduler.advance(Duration.ofMillis(625));

      assertThat(call.get(5, SECONDS).status()).isEqualTo(503);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(scheduler.sleeps()).isEmpty();
  }

  @Test
  void theConfigurationKeepsThePolicyAndNamesIt() {
    ClientConfig config = config().retryPolicy(policy).build();

    assertThat(config.retryPolicy()).isSameInstanceAs(policy);
    assertThat(config.toBuilder().build().retryPolicy()).isSameInstanceAs(policy);
    assertThat(config.toString()).contains("retries=StandardRetryPolicy{maxRetries=4");
    assertThat(config().build().toString()).contains("retries=none");
    assertThat(config.interceptors()).isEmpty();
    assertThrows(NullPointerException.class, () -> config().retryPolicy(null));
  }
}
