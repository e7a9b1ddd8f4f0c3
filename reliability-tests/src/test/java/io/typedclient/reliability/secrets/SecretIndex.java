package io.typedclient.reliability.secrets;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds any of many secrets in a text in one pass: a rolling hash of every window of {@link #MIN_LENGTH}
 * characters is looked up among the hashes of the secrets' first characters, so the cost grows with the text,
 * not with the number of secrets (the suite registers thousands of session ids and scans megabytes of stack
 * traces). Not thread-safe; {@link Exposure} guards it.
 */
final class SecretIndex {
  /** Shorter values are not secrets worth the name, and would match by chance. */
  static final int MIN_LENGTH = 8;

  private static final long BASE = 1_000_003L;
  private static final long TOP = pow(BASE, MIN_LENGTH - 1);
  private static final int FILTER_BITS = 1 << 20;

  private final Map<Long, List<Secret>> byPrefix = new HashMap<>();
  /** A cheap first test, so that almost no window pays for a map lookup. */
  private final BitSet filter = new BitSet(FILTER_BITS);

  void add(Secret secret) {
    long hash = hash(secret.value, 0);
    byPrefix.computeIfAbsent(hash, h -> new ArrayList<>(1)).add(secret);
    filter.set(slot(hash));
  }

  /** Every secret that occurs in {@code text}, each once. */
  List<Secret> find(String text) {
    List<Secret> found = new ArrayList<>(0);
    if (text == null || text.length() < MIN_LENGTH || byPrefix.isEmpty()) {
      return found;
    }
    long hash = hash(text, 0);
    for (int start = 0; ; start++) {
      if (filter.get(slot(hash))) {
        List<Secret> candidates = byPrefix.get(hash);
        if (candidates != null) {
          for (Secret secret : candidates) {
            if (!found.contains(secret) && text.startsWith(secret.value, start)) {
              found.add(secret);
            }
          }
        }
      }
      int next = start + MIN_LENGTH;
      if (next >= text.length()) {
        return found;
      }
      hash = (hash - text.charAt(start) * TOP) * BASE + text.charAt(next);
    }
  }

  private static long hash(String text, int from) {
    long hash = 0;
    for (int i = from; i < from + MIN_LENGTH; i++) {
      hash = hash * BASE + text.charAt(i);
    }
    return hash;
  }

  private static int slot(long hash) {
    return (int) ((hash ^ (hash >>> 29)) & (FILTER_BITS - 1));
  }

  private static long pow(long base, int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= base;
    }
    return result;
  }
}
