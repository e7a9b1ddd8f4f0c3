package io.typedclient.okta.testing;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Okta-looking identifiers. Request ids carry a counter so that no two responses of one server share one.
 *
 * <p>Random but not secret-grade: {@code SecureRandom} costs a cold JVM a few hundred milliseconds to set up
 * (security providers), which would be most of FakeOkta's start-up, and a test server's session ids guard
 * nothing.
 */
final class Ids {
  private static final char[] BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

  private final AtomicLong requests = new AtomicLong();

  /** Shaped like the documented {@code 101W_juydrDRByB7fUdRyE2JQ}: 25 characters. */
  String sessionId() {
    return "102" + random(22);
  }

  /** Shaped like the documented {@code 00HiohZYpJgMSHwmL9TQy7RRzuY-q9soKp1SPmYYow}: 42 characters. */
  String sessionToken() {
    return "00" + random(40);
  }

  /** Shaped like an Okta {@code X-Okta-Request-Id}: 27 characters, unique per server. */
  String requestId() {
    return random(20) + base62(requests.incrementAndGet(), 7);
  }

  /** Shaped like an Okta {@code errorId} ({@code oae...}). */
  String errorId() {
    return "oae" + random(22);
  }

  /** Shaped like an Okta org id, which is the {@code idp.id} of sessions signed in with Okta. */
  String orgId() {
    return "00o" + random(17);
  }

  private String random(int length) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = BASE62[random.nextInt(BASE62.length)];
    }
    return new String(chars);
  }

  private static String base62(long value, int width) {
    char[] chars = new char[width];
    long rest = value;
    for (int i = width - 1; i >= 0; i--) {
      chars[i] = BASE62[(int) (rest % BASE62.length)];
      rest /= BASE62.length;
    }
    return new String(chars);
  }
}
