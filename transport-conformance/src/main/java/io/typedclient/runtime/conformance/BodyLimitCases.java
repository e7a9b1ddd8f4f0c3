package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.ResponseTooLargeException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** The response body cap: a body over {@link HttpRequest#maxResponseBytes()} fails as soon as it crosses it. */
interface BodyLimitCases extends TransportFixture {
  @Test
  default void bodyOverTheCapFailsWithoutReadingTheRest() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    server().enqueue(MockBodies.endless(200, clientGone));

    ResponseTooLargeException e =
        assertThrows(
            ResponseTooLargeException.class,
            () -> transport().execute(request("GET", "/endless").maxResponseBytes(100_000).build()));

    assertThat(e.limit()).isEqualTo(100_000);
    assertThat(e.status()).isEqualTo(200);
    assertThat(e).hasMessageThat().contains("100000");
    assertThat(clientGone.await(5, SECONDS)).isTrue();
  }

  @Test
  default void errorBodyOverTheCapFailsToo() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    server().enqueue(MockBodies.endless(500, clientGone));

    ResponseTooLargeException e =
        assertThrows(
            ResponseTooLargeException.class,
            () -> transport().execute(request("GET", "/endless").maxResponseBytes(10_000).build()));

    assertThat(e.status()).isEqualTo(500);
    assertThat(clientGone.await(5, SECONDS)).isTrue();
  }

  @Test
  default void declaredLengthOverTheCapFailsBeforeReadingTheBody() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    server().enqueue(MockBodies.declaredButStalled(50_000_000, clientGone, Duration.ofMillis(20)));

    // The body trickles at 50 bytes a second: only a check of Content-Length can fail this quickly.
    ResponseTooLargeException e =
        assertThrows(
            ResponseTooLargeException.class,
            () -> transport().execute(request("GET", "/huge").maxResponseBytes(1000).timeout(Duration.ofSeconds(10)).build()));

    assertThat(e.limit()).isEqualTo(1000);
    assertThat(clientGone.await(5, SECONDS)).isTrue();
  }

  @Test
  default void bodyExactlyAtTheCapIsAccepted() {
    server().enqueue(ok("12345"));
    server().enqueue(new MockResponse.Builder().code(200).chunkedBody("12345", 2).build());

    assertThat(transport().execute(request("GET", "/a").maxResponseBytes(5).build()).bodyString()).isEqualTo("12345");
    assertThat(transport().execute(request("GET", "/b").maxResponseBytes(5).build()).bodyString()).isEqualTo("12345");
  }

  @Test
  default void asyncBodyOverTheCapFailsWithTheSameType() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    server().enqueue(MockBodies.endless(200, clientGone));

    Throwable failure =
        transport().executeAsync(request("GET", "/endless").maxResponseBytes(50_000).build()).handle((r, e) -> e).get();

    assertThat(failure).isInstanceOf(ResponseTooLargeException.class);
    assertThat(clientGone.await(5, SECONDS)).isTrue();
  }
}
