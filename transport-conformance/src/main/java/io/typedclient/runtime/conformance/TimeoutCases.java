package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.RequestTimeoutException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Timeouts: {@link HttpRequest#timeout()} covers the whole exchange, and the connect timeout the connection. */
interface TimeoutCases extends TransportFixture {
  @ParameterizedTest
  @ValueSource(longs = {0, -1})
  default void refusesAConnectTimeoutThatIsNotPositive(long seconds) {
    Duration timeout = Duration.ofSeconds(seconds);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> newTransport(timeout));

    assertThat(e).hasMessageThat().isEqualTo("connectTimeout must be positive: " + timeout);
    assertThat(assertThrows(NullPointerException.class, () -> newTransport(null))).hasMessageThat()
        .isEqualTo("connectTimeout");
  }

  @Test
  default void requestTimeoutWhileWaitingForHeaders() {
    server().enqueue(new MockResponse.Builder().code(200).headersDelay(10, SECONDS).body("late").build());
    Duration timeout = Duration.ofMillis(250);

    long start = System.nanoTime();
    RequestTimeoutException e =
        assertThrows(
            RequestTimeoutException.class, () -> transport().execute(request("GET", "/slow").timeout(timeout).build()));
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(e.timeout()).isEqualTo(timeout);
    assertThat(elapsedMillis).isAtLeast(200);
    assertThat(elapsedMillis).isLessThan(5_000);
  }

  @Test
  default void requestTimeoutCoversABodyThatTricklesIn() {
    // 2 bytes every 50 ms: each read succeeds quickly, the whole body would take 5 s.
    server().enqueue(ok("x".repeat(200)).newBuilder().throttleBody(2, 50, MILLISECONDS).build());

    long start = System.nanoTime();
    assertThrows(
        RequestTimeoutException.class,
        () -> transport().execute(request("GET", "/trickle").timeout(Duration.ofMillis(400)).build()));
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
  }

  @Test
  default void requestTimeoutCoversABodyThatStalls() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    // Bytes for about 300 ms, then nothing until the test ends: a read is blocked when the deadline passes.
    server().enqueue(MockBodies.trickleThenStall(1_000, clientGone, Duration.ofMillis(50), 6, release));
    Duration timeout = Duration.ofMillis(400);

    long start = System.nanoTime();
    RequestTimeoutException e =
        assertThrows(
            RequestTimeoutException.class, () -> transport().execute(request("GET", "/stall").timeout(timeout).build()));
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
    release.countDown();

    assertThat(e.timeout()).isEqualTo(timeout);
    assertThat(elapsedMillis).isLessThan(timeout.toMillis() + DeadlineCases.MARGIN_MILLIS);
  }

  @Test
  default void asyncRequestTimeoutCoversHeadersAndBody() throws Exception {
    server().enqueue(new MockResponse.Builder().code(200).headersDelay(10, SECONDS).body("late").build());
    server().enqueue(ok("x".repeat(200)).newBuilder().throttleBody(2, 50, MILLISECONDS).build());

    Throwable headers =
        transport().executeAsync(request("GET", "/slow").timeout(Duration.ofMillis(250)).build()).handle((r, e) -> e).get();
    Throwable body =
        transport().executeAsync(request("GET", "/trickle").timeout(Duration.ofMillis(400)).build()).handle((r, e) -> e).get();

    assertThat(headers).isInstanceOf(RequestTimeoutException.class);
    assertThat(body).isInstanceOf(RequestTimeoutException.class);
  }
}
