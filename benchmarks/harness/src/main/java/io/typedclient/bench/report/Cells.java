package io.typedclient.bench.report;

import java.util.Locale;

/** How the report prints a figure in a table cell: "–" for a figure that is missing. */
final class Cells {
  private Cells() {}

  static String ratio(double value, double base) {
    if (Double.isNaN(value) || Double.isNaN(base) || base == 0) {
      return "–";
    }
    return ratioText(value / base);
  }

  static String ratioText(double ratio) {
    if (Double.isNaN(ratio)) {
      return "–";
    }
    return String.format(Locale.ROOT, ratio >= 10 ? "%.1f×" : "%.2f×", ratio);
  }

  static String ops(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.0f", value);
  }

  static String bytes(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.0f", value);
  }

  static String micros(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.1f", value);
  }

  static String millis(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.0f", value);
  }

  static String minutes(double seconds) {
    long whole = Math.round(seconds);
    return whole < 60 ? whole + " s" : (whole / 60) + " min " + (whole % 60) + " s";
  }
}
