package io.typedclient.it.http;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.it.http.TestClients.config;
import static io.typedclient.it.http.TestClients.json;
import static java.util.concurrent.TimeUnit.SECONDS;

import io.typedclient.runtime.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One generated client serves many threads at once; each call gets its own answer. */
@Timeout(value = 30, unit = SECONDS)
class ConcurrentCallsTest {
  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 30;

  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void callsFromSeveralThreadsEachGetTheirOwnResponse() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String id = request.getUrl().pathSegments().get(1);
        return json(200, "{\"id\":\"" + id + "\",\"name\":\"name-" + id + "\"}").newBuilder()
            .addHeader("X-Echo", id)
            .build();
      }
    });
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try (ItemsApiClient client = new ItemsApiClient(config(server).build())) {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<Integer> calls = () -> {
          start.await();
          int checked = 0;
          for (int i = 0; i < CALLS_PER_THREAD; i++) {
            String id = thread + "-" + i;
            switch (i % 3) {
              case 0:
                assertThat(client.get(id)).isEqualTo(new Item(id, "name-" + id));
                break;
              case 1:
                assertThat(client.getAsync(id).get(10, SECONDS)).isEqualTo(new Item(id, "name-" + id));
                break;
              default:
                ApiResponse<Item> response = client.getResponse(id);
                assertThat(response.header("X-Echo")).isEqualTo(id);
                assertThat(response.body().id()).isEqualTo(id);
            }
            checked++;
          }
          return checked;
        };
        results.add(pool.submit(calls));
      }
      start.countDown();

      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get(25, SECONDS);
      }

      assertThat(total).isEqualTo(THREADS * CALLS_PER_THREAD);
      assertThat(server.getRequestCount()).isEqualTo(THREADS * CALLS_PER_THREAD);
    } finally {
      pool.shutdownNow();
    }
  }
}
