package io.typedclient.bench.ab;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void quantilesInterpolateBetweenTheNearestRanks() {
    List<Double> values = List.of(4.0, 1.0, 3.0, 2.0);

    assertThat(Stats.median(values)).isEqualTo(2.5);
    assertThat(Stats.quantile(values, 0.25)).isEqualTo(1.75);
    assertThat(Stats.quantile(values, 0.75)).isEqualTo(3.25);
    assertThat(Stats.summary(values, "%.2f")).isEqualTo("2.50 [1.75–3.25]");
    assertThat(Stats.median(List.of())).isNaN();
  }
}
