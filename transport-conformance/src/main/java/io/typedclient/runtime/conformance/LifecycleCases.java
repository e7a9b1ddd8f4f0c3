package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.ClientClosedException;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Many threads at once, and {@link HttpTransport#close()}. */
interface LifecycleCases extends TransportFixture {
  @Test
  default void servesConcurrentCallsFromManyThreads() throws Exception {
    server().setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder()
                .code(200)
                .addHeader("X-Echo", request.getHeaders().get("X-Call"))
                .body(request.getTarget())
                .build();
          }
        });
    int threads = 8;
    int callsPerThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(
            pool.submit(
                () -> {
                  List<String> problems = new ArrayList<>();
                  for (int i = 0; i < callsPerThread; i++) {
                    String id = thread + "-" + i;
                    HttpRequest request = request("GET", "/call/" + id).header("X-Call", id).build();
                    HttpResponse response =
                        i % 2 == 0 ? transport().execute(request) : transport().executeAsync(request).get(10, SECONDS);
                    if (!response.bodyString().equals("/call/" + id) || !id.equals(response.header("X-Echo"))) {
                      problems.add(id + " got " + response.bodyString() + " / " + response.header("X-Echo"));
                    }
                  }
                  return problems;
                }));
      }
      List<String> problems = new ArrayList<>();
      for (Future<List<String>> result : results) {
        problems.addAll(result.get(30, SECONDS));
      }
      assertThat(problems).isEmpty();
      assertThat(server().getRequestCount()).isEqualTo(threads * callsPerThread);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  default void closeIsIdempotentAndLaterCallsFailClearly() throws Exception {
    server().enqueue(ok("before"));
    assertThat(transport().execute(request("GET", "/before").build()).bodyString()).isEqualTo("before");

    transport().close();
    transport().close();

    HttpRequest after = request("GET", "/after").build();
    ClientClosedException sync = assertThrows(ClientClosedException.class, () -> transport().execute(after));
    Throwable async = transport().executeAsync(after).handle((r, e) -> e).get();
    assertThat(sync).hasMessageThat().contains("closed");
    assertThat(sync.request()).isSameInstanceAs(after);
    assertThat(async).isInstanceOf(ClientClosedException.class);
    assertThat(server().getRequestCount()).isEqualTo(1);
  }
}
