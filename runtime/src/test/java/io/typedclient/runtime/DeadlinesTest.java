package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = SECONDS)
final class DeadlinesTest {
  private final Deadlines deadlines = new Deadlines("test-deadlines", MILLISECONDS.toNanos(100));

  @Test
  void expiresABodyOnceItsDeadlinePasses() throws Exception {
    long start = System.nanoTime();
    TestBody body = new TestBody(start + MILLISECONDS.toNanos(50));

    deadlines.watch(body);

    assertThat(body.expired.await(5, SECONDS)).isTrue();
    assertThat(System.nanoTime() - start).isAtLeast(MILLISECONDS.toNanos(50));
    assertThat(body.expiries.get()).isEqualTo(1);
    assertThat(deadlines.watching()).isEqualTo(0);
  }

  @Test
  void neverExpiresABodyUnwatchedInTime() throws Exception {
    long now = System.nanoTime();
    TestBody completed = new TestBody(now + MILLISECONDS.toNanos(20));
    TestBody late = new TestBody(now + MILLISECONDS.toNanos(60));

    deadlines.watch(completed);
    deadlines.unwatch(completed);
    deadlines.watch(late);

    assertThat(late.expired.await(5, SECONDS)).isTrue();
    assertThat(completed.expiries.get()).isEqualTo(0);
  }

  @Test
  void anEarlierDeadlineWakesAThreadAsleepUntilALaterOne() throws Exception {
    // Idle for a minute, so that the thread looks again only at the far deadline unless woken.
    Deadlines sleepy = new Deadlines("test-deadlines", SECONDS.toNanos(60));
    long now = System.nanoTime();
    TestBody far = new TestBody(now + SECONDS.toNanos(60));
    sleepy.watch(far);
    // Let the thread go to sleep until the far deadline.
    Thread.sleep(50);
    TestBody near = new TestBody(System.nanoTime() + MILLISECONDS.toNanos(30));

    sleepy.watch(near);

    assertThat(near.expired.await(2, SECONDS)).isTrue();
    assertThat(far.expiries.get()).isEqualTo(0);
    sleepy.unwatch(far);
  }

  @Test
  void theThreadEndsWhenIdleAndALaterBodyStartsAnother() throws Exception {
    TestBody first = new TestBody(System.nanoTime() + MILLISECONDS.toNanos(10));
    deadlines.watch(first);
    assertThat(first.expired.await(5, SECONDS)).isTrue();
    while (deadlines.running()) {
      Thread.sleep(10);
    }

    TestBody second = new TestBody(System.nanoTime() + MILLISECONDS.toNanos(10));
    deadlines.watch(second);

    assertThat(second.expired.await(5, SECONDS)).isTrue();
  }

  @Test
  void manyThreadsWatchingAndUnwatchingExpireExactlyTheLateBodies() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<TestBody> late = new ArrayList<>();
    List<TestBody> onTime = new ArrayList<>();
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        List<TestBody> mineLate = new ArrayList<>();
        List<TestBody> mineOnTime = new ArrayList<>();
        work.add(pool.submit(() -> {
          for (int i = 0; i < 2_000; i++) {
            long now = System.nanoTime();
            if (i % 100 == 0) {
              TestBody body = new TestBody(now + MILLISECONDS.toNanos(5 + i % 7));
              mineLate.add(body);
              deadlines.watch(body);
            } else {
              TestBody body = new TestBody(now + SECONDS.toNanos(30));
              mineOnTime.add(body);
              deadlines.watch(body);
              deadlines.unwatch(body);
            }
          }
          synchronized (late) {
            late.addAll(mineLate);
            onTime.addAll(mineOnTime);
          }
          return null;
        }));
      }
      for (Future<?> f : work) {
        f.get(5, SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(late).hasSize(8 * 20);
    for (TestBody body : late) {
      assertThat(body.expired.await(5, SECONDS)).isTrue();
    }
    for (TestBody body : late) {
      assertThat(body.expiries.get()).isEqualTo(1);
    }
    for (TestBody body : onTime) {
      assertThat(body.expiries.get()).isEqualTo(0);
    }
    assertThat(deadlines.watching()).isEqualTo(0);
  }

  @Test
  void aPollingInstanceLooksAtEveryEntryWithoutBeingWoken() throws Exception {
    // Idle for a minute: without polling, the thread would look again only at the far deadline.
    Deadlines polling = new Deadlines("test-deadlines", SECONDS.toNanos(60), MILLISECONDS.toNanos(20));
    TestBody far = new TestBody(System.nanoTime() + SECONDS.toNanos(60));
    polling.watch(far);

    assertThat(far.polled.await(5, SECONDS)).isTrue();
    int firstPolls = far.polls.get();
    Thread.sleep(200);
    // Looked at again and again while watched, though nothing woke the thread.
    assertThat(far.polls.get()).isGreaterThan(firstPolls + 2);
    assertThat(far.expiries.get()).isEqualTo(0);
    polling.unwatch(far);
  }

  @Test
  void anEntryThatThrowsDoesNotStopTheThread() throws Exception {
    long now = System.nanoTime();
    Deadlines.Entry failing = new Deadlines.Entry() {
      @Override
      public long deadline() {
        return now + MILLISECONDS.toNanos(10);
      }

      @Override
      public void expire() {
        throw new IllegalStateException("broken entry");
      }
    };
    TestBody later = new TestBody(now + MILLISECONDS.toNanos(60));

    deadlines.watch(failing);
    deadlines.watch(later);

    assertThat(later.expired.await(5, SECONDS)).isTrue();
  }

  private static final class TestBody implements Deadlines.Entry {
    final long deadline;
    final CountDownLatch expired = new CountDownLatch(1);
    final AtomicInteger expiries = new AtomicInteger();

    TestBody(long deadline) {
      this.deadline = deadline;
    }

    @Override
    public long deadline() {
      return deadline;
    }

    @Override
    public void expire() {
      expiries.incrementAndGet();
      expired.countDown();
    }

    final AtomicInteger polls = new AtomicInteger();
    final CountDownLatch polled = new CountDownLatch(1);

    @Override
    public void poll() {
      polls.incrementAndGet();
      polled.countDown();
    }
  }
}
