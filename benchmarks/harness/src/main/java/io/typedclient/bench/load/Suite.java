package io.typedclient.bench.load;

import io.typedclient.bench.contenders.Contenders;
import java.util.ArrayList;
import java.util.List;

/**
 * One table of the getSession measurements: the wire, the contenders, on which JDKs, and with how many callers.
 *
 * @param name {@code plain}, {@code tls}, {@code h2} or {@code oauth}
 * @param wire {@code plain} (HTTP/1.1, cleartext), {@code h1} (HTTP/1.1 over TLS 1.3) or {@code h2} (h2 over TLS 1.3)
 * @param contenders in report order; the first is the reference of the ratios
 * @param callers platform-thread phases
 * @param virtualThreads a phase of this many virtual threads on JDKs that have them, or 0
 * @param firstJdkOnly whether only the first JDK runs it
 */
public record Suite(String name, String wire, List<String> contenders, List<Integer> callers, int virtualThreads,
    boolean firstJdkOnly) {

  /** Every suite, in report order. */
  public static final List<Suite> ALL = List.of(
      new Suite("plain", "plain", Contenders.HTTP, List.of(1, 8), 0, true),
      new Suite("tls", "h1", Contenders.HTTP, List.of(1, 8, 64), 1000, false),
      new Suite("h2", "h2", Contenders.HTTP2, List.of(1, 8, 64), 0, false),
      new Suite("oauth", "h1", Contenders.OAUTH, List.of(1, 8), 0, false));

  /** The suites named in {@code text} ({@code plain,tls,h2,oauth}), in report order. */
  public static List<Suite> parseAll(String text) {
    List<String> names = List.of(text.split(","));
    List<Suite> suites = new ArrayList<>();
    for (Suite suite : ALL) {
      if (names.contains(suite.name)) {
        suites.add(suite);
      }
    }
    for (String name : names) {
      if (ALL.stream().noneMatch(s -> s.name.equals(name.trim()))) {
        throw new IllegalArgumentException("unknown suite '" + name + "' (expected plain, tls, h2, oauth)");
      }
    }
    return suites;
  }

  /** This suite with {@code count} virtual threads instead (where it has a phase of them). */
  public Suite withVirtualThreads(int count) {
    return virtualThreads == 0 ? this : new Suite(name, wire, contenders, callers, count, firstJdkOnly);
  }

  /** The phases on {@code jdk}: the platform callers, then the virtual threads where it has them. */
  public List<Phase> phases(Jdk jdk) {
    List<Phase> phases = new ArrayList<>();
    for (int n : callers) {
      phases.add(new Phase(n, false));
    }
    if (virtualThreads > 0 && jdk.feature() >= 21) {
      phases.add(new Phase(virtualThreads, true));
    }
    return phases;
  }

  /** Whether its server speaks TLS. */
  public boolean tls() {
    return !wire.equals("plain");
  }
}
