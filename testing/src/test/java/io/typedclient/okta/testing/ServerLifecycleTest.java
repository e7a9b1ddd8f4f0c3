package io.typedclient.okta.testing;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ServerLifecycleTest {
  private static List<Thread> threadsOf(FakeOkta okta) {
    String prefix = "fake-okta-" + okta.port() + "-";
    List<Thread> threads = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith(prefix) && thread.isAlive()) {
        threads.add(thread);
      }
    }
    return threads;
  }

  @Test
  void bindsLoopbackOnAFreePort() throws Exception {
    try (FakeOkta first = FakeOkta.start(); FakeOkta second = FakeOkta.start()) {
      assertThat(first.orgUrl()).isEqualTo("http://127.0.0.1:" + first.port());
      assertThat(first.port()).isNotEqualTo(second.port());
      assertThat(first.toString()).isEqualTo("FakeOkta[" + first.orgUrl() + "]");
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), first.port())) {
        assertThat(socket.isConnected()).isTrue();
      }
    }
  }

  @Test
  void closeEndsEveryThreadItStarted() throws Exception {
    FakeOkta okta = FakeOkta.start();
    Http http = new Http(okta);
    okta.faults().matching("GET", "/api/v1/sessions/slow").delay(Duration.ofMinutes(1));
    // A keep-alive connection left idle, a raw connection in the middle of a request, and a request that waits.
    http.getSession("102x");
    RawConnection halfSent = new RawConnection(okta).send("GET /api/v1/sess");
    CompletableFuture<HttpResponse<String>> waiting = HttpClient.newHttpClient().sendAsync(
        http.managed("/api/v1/sessions/slow").GET().build(), HttpResponse.BodyHandlers.ofString());
    while (okta.requestCount() < 2) {
      Thread.onSpinWait();
    }
    List<Thread> threads = threadsOf(okta);
    assertThat(threads.size()).isAtLeast(4);
    for (Thread thread : threads) {
      assertThat(thread.isDaemon()).isTrue();
    }

    long started = System.nanoTime();
    okta.close();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    for (Thread thread : threads) {
      assertThat(thread.isAlive()).isFalse();
    }
    assertThat(threadsOf(okta)).isEmpty();
    ExecutionException dropped = assertThrows(ExecutionException.class, () -> waiting.get(5, TimeUnit.SECONDS));
    assertThat(dropped).hasCauseThat().isInstanceOf(IOException.class);
    halfSent.close();
  }

  @Test
  void closedServerRefusesConnectionsAndCloseIsIdempotent() throws Exception {
    FakeOkta okta = FakeOkta.start();
    Http http = new Http(okta);
    okta.close();
    okta.close();

    assertThrows(ConnectException.class, () -> http.getSession("102x"));
    assertThat(threadsOf(okta)).isEmpty();
  }

  @Test
  void stateMethodsKeepWorkingAfterClose() {
    FakeOkta okta = FakeOkta.start();
    okta.close();

    FakeSession session = okta.createSession(okta.addUser("00u1", "ada@example.com", "Ada Lovelace"));

    assertThat(okta.session(session.id())).hasValue(session);
  }

  @Test
  void startsInAFewMilliseconds() {
    // Warm-up: the first start in a JVM also loads the classes.
    FakeOkta.start().close();
    long[] nanos = new long[25];
    for (int i = 0; i < nanos.length; i++) {
      long started = System.nanoTime();
      FakeOkta okta = FakeOkta.start();
      nanos[i] = System.nanoTime() - started;
      okta.close();
    }
    Arrays.sort(nanos);
    Duration median = Duration.ofNanos(nanos[nanos.length / 2]);
    System.out.printf("FakeOkta.start(): median %.2f ms, fastest %.2f ms, slowest %.2f ms over %d starts%n",
        nanos[nanos.length / 2] / 1e6, nanos[0] / 1e6, nanos[nanos.length - 1] / 1e6, nanos.length);
    // Generous for a loaded 2-core build machine; a warm start takes well under a millisecond.
    assertThat(median).isLessThan(Duration.ofMillis(50));
  }

  @Test
  void builderRefusesBadSettings() {
    FakeOkta.Builder builder = FakeOkta.builder();
    assertThrows(IllegalArgumentException.class, () -> builder.apiToken(" "));
    assertThrows(IllegalArgumentException.class, () -> builder.apiToken("has space"));
    assertThrows(IllegalArgumentException.class, () -> builder.accessToken("line\nbreak"));
    assertThrows(NullPointerException.class, () -> builder.clock(null));
    assertThrows(IllegalArgumentException.class, () -> builder.sessionLifetime(Duration.ZERO));
    try (FakeOkta okta = FakeOkta.start()) {
      FakeUser user = okta.addUser("00u1", "ada@example.com", "Ada Lovelace");
      IllegalArgumentException duplicate =
          assertThrows(IllegalArgumentException.class, () -> okta.addUser("00u1", "other@example.com", "Other"));
      assertThat(duplicate).hasMessageThat().contains("00u1");
      try (FakeOkta other = FakeOkta.start()) {
        IllegalArgumentException foreign =
            assertThrows(IllegalArgumentException.class, () -> other.issueSessionToken(user));
        assertThat(foreign).hasMessageThat().contains("addUser first");
      }
      assertThrows(IllegalArgumentException.class, () -> okta.addUser("00u2", "", "Nobody"));
    }
  }

  @Test
  void sessionLifetimeIsConfigurable() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T10:00:00Z"));
    try (FakeOkta okta = FakeOkta.builder().clock(clock).sessionLifetime(Duration.ofMinutes(5)).start()) {
      FakeSession session = okta.createSession(okta.addUser("00u1", "ada@example.com", "Ada Lovelace"));

      assertThat(session.expiresAt()).isEqualTo(Instant.parse("2026-01-05T10:05:00Z"));
      clock.advance(Duration.ofMinutes(5));
      assertThat(okta.session(session.id())).isEmpty();
      assertThat(okta.sessions()).isEmpty();
    }
  }

  @Test
  void clockThatThrowsGivesAnOktaInternalErrorAndTheServerGoesOn() throws Exception {
    AtomicBoolean broken = new AtomicBoolean();
    Clock clock = new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        if (broken.get()) {
          throw new IllegalStateException("clock broke");
        }
        return Instant.parse("2026-01-05T10:00:00Z");
      }
    };
    try (FakeOkta okta = FakeOkta.builder().clock(clock).start()) {
      Http http = new Http(okta);
      broken.set(true);

      HttpResponse<String> failed = http.getSession("102x");

      assertThat(failed.statusCode()).isEqualTo(500);
      assertThat(Http.json(failed)).containsEntry("errorCode", "E0000009");
      assertThat(failed.body()).doesNotContain("clock broke");
      broken.set(false);
      assertThat(http.getSession("102x").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void resetForgetsUsersSessionsAndFaults() throws Exception {
    try (FakeOkta okta = FakeOkta.start()) {
      FakeUser user = okta.addUser("00u1", "ada@example.com", "Ada Lovelace");
      FakeSession session = okta.createSession(user);
      Fault fault = okta.faults().next(5).respond(503);

      okta.reset();

      assertThat(okta.sessions()).isEmpty();
      assertThat(okta.session(session.id())).isEmpty();
      assertThat(fault.isSpent()).isTrue();
      assertThrows(IllegalArgumentException.class, () -> okta.issueSessionToken(user));
      okta.addUser("00u1", "ada@example.com", "Ada Lovelace");
      assertThat(new Http(okta).getSession(session.id()).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void countsOpenAndAcceptedConnections() throws Exception {
    try (FakeOkta okta = FakeOkta.start()) {
      assertThat(okta.openConnections()).isEqualTo(0);
      assertThat(okta.acceptedConnections()).isEqualTo(0);

      RawConnection first = new RawConnection(okta);
      RawConnection second = new RawConnection(okta).send("GET /api/v1/sessions/102x HTTP/1.1\r\nHost: x\r\n\r\n");
      awaitOpenConnections(okta, 2);
      assertThat(okta.acceptedConnections()).isEqualTo(2);

      first.close();
      awaitOpenConnections(okta, 1);
      second.close();
      awaitOpenConnections(okta, 0);
      okta.reset();
      assertThat(okta.acceptedConnections()).isEqualTo(2);
    }
  }

  /** Waits, a few milliseconds at a time and five seconds at most, until the server counts {@code expected}. */
  private static void awaitOpenConnections(FakeOkta okta, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (okta.openConnections() != expected && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(5);
    }
    assertThat(okta.openConnections()).isEqualTo(expected);
  }
}
