package io.typedclient.runtime.conformance;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.RequestTimeoutException;
import java.lang.reflect.Constructor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The child JVM of {@link MemoryCases}: {@value #ASYNC_CALLS} asynchronous and {@value #BLOCKING_CALLS} blocking
 * calls at once, each answered with headers that declare a body just under the 4 MiB cap, a hundred bytes of it,
 * and then nothing. Every call must end by its timeout, with no {@code OutOfMemoryError} on any thread. Prints what
 * happened and exits 0 when all went as it should.
 */
public final class StalledCallsProbe {
  static final int ASYNC_CALLS = 200;
  static final int BLOCKING_CALLS = 150;
  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  /** How long past its timeout a call may end: the JVM is busy starting hundreds of threads at once. */
  private static final Duration MARGIN = Duration.ofSeconds(5);
  private static final long DECLARED = 4L * 1024 * 1024 - 1;

  private StalledCallsProbe() {}

  /** {@code args[0]}: the conformance test class whose {@code newTransport} makes the transport under test. */
  public static void main(String[] args) throws Exception {
    AtomicReference<Throwable> outOfMemory = new AtomicReference<>();
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (e instanceof OutOfMemoryError) {
        outOfMemory.compareAndSet(null, e);
      }
    });
    TransportFixture fixture = newFixture(args[0]);
    boolean ok;
    try (HostileServer server = HostileServer.start(connection -> {
          connection.readRequest();
          connection.send("HTTP/1.1 200 OK\r\nContent-Length: " + DECLARED + "\r\n\r\n" + "x".repeat(100));
          connection.awaitHangUp(Duration.ofSeconds(30));
        })) {
      HttpTransport transport = fixture.newTransport(Duration.ofSeconds(5));
      try {
        HttpRequest request = HttpRequest.builder("GET", server.uri("/stalled")).timeout(TIMEOUT).build();
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse>> futures = new ArrayList<>();
        for (int i = 0; i < ASYNC_CALLS; i++) {
          futures.add(transport.executeAsync(request));
        }
        AtomicInteger blockingOnTime = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < BLOCKING_CALLS; i++) {
          Thread thread = new Thread(() -> {
            try {
              transport.execute(request);
            } catch (RequestTimeoutException e) {
              blockingOnTime.incrementAndGet();
            } catch (OutOfMemoryError e) {
              outOfMemory.compareAndSet(null, e);
            }
          });
          threads.add(thread);
          thread.start();
        }
        long end = start + TIMEOUT.plus(MARGIN).toNanos();
        int asyncOnTime = 0;
        int incomplete = 0;
        for (CompletableFuture<HttpResponse> future : futures) {
          try {
            Throwable failure =
                future.handle((r, e) -> e).get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (failure instanceof RequestTimeoutException) {
              asyncOnTime++;
            } else if (failure instanceof OutOfMemoryError) {
              outOfMemory.compareAndSet(null, failure);
            }
          } catch (TimeoutException e) {
            incomplete++;
          }
        }
        for (Thread thread : threads) {
          thread.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
        }
        System.out.println("asynchronous: " + asyncOnTime + " of " + ASYNC_CALLS + " ended by their timeout, "
            + incomplete + " not ended");
        System.out.println("blocking: " + blockingOnTime.get() + " of " + BLOCKING_CALLS + " ended by their timeout");
        System.out.println("OutOfMemoryError: " + (outOfMemory.get() == null ? "none" : outOfMemory.get()));
        ok = asyncOnTime == ASYNC_CALLS && blockingOnTime.get() == BLOCKING_CALLS && outOfMemory.get() == null;
      } finally {
        transport.close();
      }
    }
    System.out.flush();
    // Exchanges the platform may still be reading must not keep this JVM alive.
    Runtime.getRuntime().halt(ok ? 0 : 1);
  }

  private static TransportFixture newFixture(String className) throws ReflectiveOperationException {
    Constructor<?> constructor = Class.forName(className).getDeclaredConstructor();
    constructor.setAccessible(true);
    return (TransportFixture) constructor.newInstance();
  }
}
