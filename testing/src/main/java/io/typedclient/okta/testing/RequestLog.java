package io.typedclient.okta.testing;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The received requests, newest last. Bounded, so that a benchmark sending millions of requests does not fill
 * the heap: beyond {@link #CAPACITY} the oldest are forgotten (the count keeps counting).
 */
final class RequestLog {
  static final int CAPACITY = 10_000;

  private final Deque<RecordedRequest> all = new ArrayDeque<>();
  private final Deque<RecordedRequest> untaken = new ArrayDeque<>();
  private int count;

  /** Records a request; numbering and appending happen together so the log order is the sequence order. */
  synchronized RecordedRequest record(IncomingRequest incoming, String route, String requestId, Instant receivedAt) {
    RecordedRequest request = new RecordedRequest(++count, incoming, route, requestId, receivedAt);
    all.addLast(request);
    untaken.addLast(request);
    if (all.size() > CAPACITY) {
      all.removeFirst();
    }
    if (untaken.size() > CAPACITY) {
      untaken.removeFirst();
    }
    return request;
  }

  synchronized List<RecordedRequest> all() {
    return new ArrayList<>(all);
  }

  /** The oldest request not taken yet, or null. */
  synchronized RecordedRequest take() {
    return untaken.pollFirst();
  }

  synchronized int count() {
    return count;
  }

  synchronized void clear() {
    all.clear();
    untaken.clear();
    count = 0;
  }
}
