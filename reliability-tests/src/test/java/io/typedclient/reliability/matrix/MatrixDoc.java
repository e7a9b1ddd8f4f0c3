package io.typedclient.reliability.matrix;

import io.typedclient.reliability.matrix.FaultMatrix.Row;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@link FaultMatrix} as the Markdown table in {@code docs/reliability.md}. */
final class MatrixDoc {
  static final String BEGIN =
      "<!-- BEGIN fault matrix: generated from FaultMatrix.java; MatrixDocTest fails when this differs -->";
  static final String END = "<!-- END fault matrix -->";

  private MatrixDoc() {}

  /** The table, one line per row of {@link FaultMatrix#ROWS}, between {@link #BEGIN} and {@link #END}. */
  static String render() {
    List<String> lines = new ArrayList<>();
    lines.add(BEGIN);
    lines.add("| Fault | Endpoints | Struck once | Struck on every attempt | Real time |");
    lines.add("|---|---|---|---|---|");
    FaultKind previous = null;
    for (Row row : FaultMatrix.ROWS) {
      String fault = row.fault() == previous
          ? ""
          : "**" + row.fault().label + "**: " + row.fault().shape;
      previous = row.fault();
      lines.add("| " + fault
          + " | " + endpoints(row.endpoints())
          + " | " + row.once().describe()
          + " | " + row.always().describe()
          + " | ≤ " + seconds(FaultMatrix.bound(row.fault(), row.always())) + " |");
    }
    lines.add("");
    lines.add("With " + FaultMatrix.Transport.URL_CONNECTION.label + " every run ends the same, except:");
    lines.add("");
    lines.add("| Fault | Endpoints | Struck once | Struck on every attempt |");
    lines.add("|---|---|---|---|");
    for (Row row : FaultMatrix.URL_CONNECTION_ROWS) {
      lines.add("| **" + row.fault().label + "** | " + endpoints(row.endpoints())
          + " | " + row.once().describe() + " | " + row.always().describe() + " |");
    }
    lines.add(END);
    return String.join("\n", lines);
  }

  private static String endpoints(Set<Endpoint> endpoints) {
    if (endpoints.equals(EnumSet.allOf(Endpoint.class))) {
      return "all eight";
    }
    List<String> labels = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      labels.add(endpoint.label);
    }
    return String.join(", ", labels);
  }

  private static String seconds(java.time.Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.getSeconds() + " s" : duration.toMillis() / 1000.0 + " s";
  }
}
