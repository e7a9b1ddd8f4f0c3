package io.typedclient.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A ratio between two contenders measured over several rounds (or cold-start runs), kept both ways it can be
 * taken: {@link #paired()}, the median of the per-round ratios, which the report quotes and judges targets on
 * because it compares runs made minutes (or seconds) apart, so that the drifting load of a shared machine hits
 * both sides alike; and {@link #ofMedians()}, the ratio of the two medians the tables print, which is what a
 * reader computes by eye. On a quiet machine the two agree; when rounds disagree wildly they do not, and a
 * target is then {@linkplain #verdict unclear} rather than met or missed on the strength of one lucky round.
 *
 * @param perRound the ratio of each round both sides ran, in round order
 * @param ofMedians the median of one side over its rounds divided by the median of the other
 */
record Ratio(List<Double> perRound, double ofMedians) {
  static final Ratio NONE = new Ratio(List.of(), Double.NaN);

  Ratio {
    perRound = List.copyOf(perRound);
  }

  /** The median of the per-round ratios; NaN when no round was shared. */
  double paired() {
    return JmhResults.median(perRound.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Whether the paired ratio and the ratio of medians differ by more than 10 % of the paired one. */
  boolean roundsDisagree() {
    double paired = paired();
    return !Double.isNaN(paired) && !Double.isNaN(ofMedians) && Math.abs(ofMedians - paired) > 0.1 * paired;
  }

  /**
   * {@code met} when both the paired ratio and the ratio of medians satisfy the bound, {@code missed} when neither
   * does, {@code unclear} when they disagree (a reader of the table would see the opposite of the verdict).
   */
  String verdict(double bound, boolean atLeast) {
    double paired = paired();
    if (Double.isNaN(paired)) {
      return "not measured";
    }
    boolean pairedMet = atLeast ? paired >= bound : paired <= bound;
    boolean mediansMet = Double.isNaN(ofMedians) ? pairedMet : atLeast ? ofMedians >= bound : ofMedians <= bound;
    if (pairedMet && mediansMet) {
      return "met";
    }
    if (!pairedMet && !mediansMet) {
      return "**missed**";
    }
    return "**unclear**: rounds disagree";
  }

  /** The paired ratio, followed by the ratio of medians when they disagree: {@code 1.04× (medians 0.68×)}. */
  String cell() {
    String text = Cells.ratioText(paired());
    return roundsDisagree() ? text + " (medians " + Cells.ratioText(ofMedians) + ")" : text;
  }

  /** The per-round ratios, {@code 1.30× 1.04× 0.23×}; their range and count beyond five. */
  String perRoundText() {
    if (perRound.isEmpty()) {
      return "–";
    }
    if (perRound.size() <= 5) {
      return perRound.stream().map(Cells::ratioText).collect(Collectors.joining(" "));
    }
    double min = perRound.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    double max = perRound.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    return String.format(Locale.ROOT, "%s–%s (%d runs)", Cells.ratioText(min), Cells.ratioText(max),
        perRound.size());
  }
}
