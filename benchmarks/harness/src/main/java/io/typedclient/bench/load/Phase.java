package io.typedclient.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * How many callers make calls at once, and on which threads: {@code 8} is eight platform threads, {@code vt1000} a
 * thousand virtual threads (Java 21 and later).
 *
 * @param callers the number of callers
 * @param virtual whether they are virtual threads
 */
record Phase(int callers, boolean virtual) {
  Phase {
    if (callers < 1) {
      throw new IllegalArgumentException("a phase needs at least one caller");
    }
  }

  static Phase parse(String text) {
    boolean virtual = text.startsWith("vt");
    try {
      return new Phase(Integer.parseInt(virtual ? text.substring(2) : text), virtual);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a phase is a number of platform threads (8) or of virtual threads (vt1000), not '"
          + text + "'", e);
    }
  }

  static List<Phase> parseAll(String text) {
    List<Phase> phases = new ArrayList<>();
    for (String part : text.split(",")) {
      phases.add(parse(part.trim()));
    }
    return phases;
  }

  @Override
  public String toString() {
    return virtual ? "vt" + callers : Integer.toString(callers);
  }
}
