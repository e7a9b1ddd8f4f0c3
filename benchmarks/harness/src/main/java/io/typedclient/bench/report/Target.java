package io.typedclient.bench.report;

/** A target of issue 7, checked against this run. */
record Target(String name, Ratio ratio, double bound, boolean atLeast) {

  static Target atLeast(String name, Ratio ratio, double bound) {
    return new Target(name, ratio, bound, true);
  }

  static Target atMost(String name, Ratio ratio, double bound) {
    return new Target(name, ratio, bound, false);
  }

  String verdict() {
    return ratio.verdict(bound, atLeast);
  }
}
