package io.typedclient.bench.report;

/**
 * A target of issue 7 or issue 21, checked against this run: a ratio (or, with {@code count}, a number of events)
 * and its bound.
 */
record Target(String name, Ratio ratio, double bound, boolean atLeast, boolean count) {

  static Target atLeast(String name, Ratio ratio, double bound) {
    return new Target(name, ratio, bound, true, false);
  }

  static Target atMost(String name, Ratio ratio, double bound) {
    return new Target(name, ratio, bound, false, false);
  }

  /** At most {@code bound} events in all, {@code total}; NaN when not measured. */
  static Target countAtMost(String name, double total, double bound) {
    return new Target(name, new Ratio(Double.isNaN(total) ? java.util.List.of() : java.util.List.of(total), total),
        bound, false, true);
  }

  String verdict() {
    return ratio.verdict(bound, atLeast);
  }

  /** The judged-on cell: a ratio, or the count. */
  String judgedOn() {
    return count ? countText(ratio.paired()) : Cells.ratioText(ratio.paired());
  }

  String perRound() {
    return count ? "–" : ratio.perRoundText();
  }

  String ofMedians() {
    return count ? countText(ratio.ofMedians()) : Cells.ratioText(ratio.ofMedians());
  }

  private static String countText(double value) {
    return Double.isNaN(value) ? "–" : String.format(java.util.Locale.ROOT, "%,.0f events", value);
  }
}
