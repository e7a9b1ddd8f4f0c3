package io.typedclient.bench.load;

/**
 * Call latencies in microseconds, in log-linear buckets (exact below 64 µs, then 32 buckets per power of two: within
 * about 3 %), so that a thousand callers can each keep one without a lock, and they can be merged afterwards.
 */
final class LatencyHistogram {
  private static final int LINEAR = 64;
  private static final int SUB_BITS = 5;
  private static final int SUBS = 1 << SUB_BITS;
  private static final int BUCKETS = LINEAR + (63 - 6) * SUBS;

  private final long[] counts = new long[BUCKETS];
  private long total;

  void record(long nanos) {
    long micros = Math.max(0, nanos / 1000);
    counts[index(micros)]++;
    total++;
  }

  void add(LatencyHistogram other) {
    for (int i = 0; i < BUCKETS; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
  }

  long total() {
    return total;
  }

  /** The value at quantile {@code q} (0..1), in microseconds; NaN when nothing was recorded. */
  double quantile(double q) {
    if (total == 0) {
      return Double.NaN;
    }
    long rank = Math.max(1, (long) Math.ceil(q * total));
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return middle(i);
      }
    }
    return middle(BUCKETS - 1);
  }

  static int index(long micros) {
    if (micros < LINEAR) {
      return (int) micros;
    }
    int exponent = 63 - Long.numberOfLeadingZeros(micros);
    int sub = (int) ((micros >> (exponent - SUB_BITS)) & (SUBS - 1));
    return Math.min(BUCKETS - 1, LINEAR + (exponent - 6) * SUBS + sub);
  }

  /** The middle of bucket {@code index}, in microseconds. */
  static double middle(int index) {
    if (index < LINEAR) {
      return index;
    }
    int exponent = (index - LINEAR) / SUBS + 6;
    int sub = (index - LINEAR) % SUBS;
    double width = Math.pow(2, exponent - SUB_BITS);
    return (SUBS + sub) * width + width / 2;
  }
}
