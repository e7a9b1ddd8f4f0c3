package io.typedclient.okta.testing;

import static com.google.common.truth.Truth.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ConcurrencyTest {
  private static final int THREADS = 16;
  private static final int ROUNDS = 25;

  @Test
  void sixteenThreadsRunWholeSessionLifecyclesAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (FakeOkta okta = FakeOkta.start()) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Http.TIMEOUT).executor(pool).build();
      Http http = new Http(okta, client);
      List<FakeUser> users = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        users.add(okta.addUser("00u" + t, "user" + t + "@example.com", "User " + t));
      }
      Set<String> requestIds = ConcurrentHashMap.newKeySet();
      Set<String> sessionIds = ConcurrentHashMap.newKeySet();
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> workers = new ArrayList<>();
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      try {
        for (FakeUser user : users) {
          workers.add(threads.submit(() -> {
            go.await();
            for (int round = 0; round < ROUNDS; round++) {
              HttpResponse<String> created = http.createSession(okta.issueSessionToken(user));
              assertThat(created.statusCode()).isEqualTo(200);
              Map<String, Object> session = Http.json(created);
              assertThat(session).containsEntry("userId", user.id());
              String id = (String) session.get("id");
              assertThat(sessionIds.add(id)).isTrue();
              for (HttpResponse<String> response : List.of(created, http.getSession(id), http.refreshSession(id))) {
                assertThat(response.statusCode()).isEqualTo(200);
                requestIds.add(response.headers().firstValue("X-Okta-Request-Id").orElseThrow());
              }
              HttpResponse<String> ended = http.endSession(id);
              assertThat(ended.statusCode()).isEqualTo(204);
              requestIds.add(ended.headers().firstValue("X-Okta-Request-Id").orElseThrow());
            }
            return null;
          }));
        }
        go.countDown();
        for (Future<?> worker : workers) {
          worker.get(50, TimeUnit.SECONDS);
        }
      } finally {
        threads.shutdownNow();
      }

      int requests = THREADS * ROUNDS * 4;
      assertThat(okta.requestCount()).isEqualTo(requests);
      assertThat(requestIds).hasSize(requests);
      assertThat(sessionIds).hasSize(THREADS * ROUNDS);
      assertThat(okta.sessions()).isEmpty();
      List<RecordedRequest> recorded = okta.requests();
      for (int i = 0; i < recorded.size(); i++) {
        assertThat(recorded.get(i).sequence()).isEqualTo(i + 1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
