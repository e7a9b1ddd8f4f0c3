package io.typedclient.bench.ab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians and quartiles of small samples. */
final class Stats {
  private Stats() {}

  static double median(List<Double> values) {
    return quantile(values, 0.5);
  }

  /** The {@code q} quantile, interpolated between the two nearest ranks. */
  static double quantile(List<Double> values, double q) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    double rank = q * (sorted.size() - 1);
    int low = (int) Math.floor(rank);
    int high = (int) Math.ceil(rank);
    return sorted.get(low) + (sorted.get(high) - sorted.get(low)) * (rank - low);
  }

  /** {@code median [q1–q3]} with the given format. */
  static String summary(List<Double> values, String format) {
    return String.format(format + " [" + format + "–" + format + "]", median(values), quantile(values, 0.25),
        quantile(values, 0.75));
  }
}
