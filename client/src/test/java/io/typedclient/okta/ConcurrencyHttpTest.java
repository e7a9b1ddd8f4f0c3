package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.OktaHttp.T0;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One client shared by many threads: every caller gets its own answer, every attempt its own token. */
@Timeout(60)
class ConcurrencyHttpTest {
  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 25;

  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void oneClientServesManyThreadsCallingSyncAndAsync() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        List<String> segments = request.getUrl().pathSegments();
        String id = segments.get(segments.size() - 1);
        // The first attempt of every fifth call is a 503, so retries run concurrently too.
        int call = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
        if (call % 5 == 0 && request.getHeaders().get("X-Okta-Retry-Count") == null) {
          return OktaHttp.status(503);
        }
        return OktaHttp.json(200, "{\"id\":\"" + id + "\",\"status\":\"ACTIVE\"}");
      }
    });
    AtomicInteger tokensIssued = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (SessionApiClient sessions = OktaSessions.builder()
        .environment(name -> null, name -> null)
        .orgUrl(server.url("/").toString())
        .accessToken(() -> "token-" + tokensIssued.incrementAndGet())
        .scheduler(FakeScheduler.autoAdvancing(T0))
        .random(() -> 0.5)
        .build()) {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          List<String> mismatches = new ArrayList<>();
          for (int i = 0; i < CALLS_PER_THREAD; i++) {
            String id = "s-" + thread + "-" + i;
            Session session = i % 2 == 0
                ? sessions.getSession(id)
                : sessions.getSessionAsync(id).get(10, TimeUnit.SECONDS);
            if (!session.id().equals(id)) {
              mismatches.add(id + " got " + session.id());
            }
          }
          return mismatches;
        }));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get(50, TimeUnit.SECONDS)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(server.getRequestCount()).isEqualTo(THREADS * CALLS_PER_THREAD + THREADS * (CALLS_PER_THREAD / 5));
    // The token supplier was asked once per attempt, retries included.
    assertThat(tokensIssued.get()).isEqualTo(server.getRequestCount());
  }
}
