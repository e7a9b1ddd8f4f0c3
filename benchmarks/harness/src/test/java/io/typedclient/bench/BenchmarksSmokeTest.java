package io.typedclient.bench;

import static com.google.common.truth.Truth.assertThat;

import io.typedclient.bench.ab.AbColdStart;
import io.typedclient.bench.ab.AbSlices;
import io.typedclient.bench.ab.Variant;
import io.typedclient.bench.coldstart.ColdStartContender;
import io.typedclient.bench.coldstart.ColdStartRun;
import io.typedclient.bench.contenders.Contenders;
import io.typedclient.bench.footprint.Footprint;
import io.typedclient.bench.processor.ProcessorCost;
import io.typedclient.bench.server.SessionPayload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The CI smoke run of {@code benchmarks/run}, inside {@code mvn verify}: every benchmark compiles and runs once,
 * briefly, and every cold-start contender decodes a session in a fresh JVM. Nothing here asserts on speed.
 */
class BenchmarksSmokeTest {
  private static final Path BENCHMARKS_DIR = Path.of(System.getProperty("benchmarks.dir", ".."));

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyJmhBenchmarkRunsOneShortIteration() throws Exception {
    Options options = new OptionsBuilder()
        .include("io.typedclient.bench.jmh.*")
        .include("io.typedclient.bench.overhead.*")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(50))
        .shouldFailOnError(true)
        .build();

    Collection<RunResult> results = new Runner(options).run();

    Set<String> ran = new TreeSet<>();
    for (RunResult result : results) {
      assertThat(result.getPrimaryResult().getSampleCount()).isGreaterThan(0L);
      ran.add(result.getParams().getBenchmark().replaceAll(".*\\.(\\w+\\.\\w+)$", "$1") + " "
          + result.getParams().getMode().shortLabel() + " " + String.join(",", params(result)));
    }
    Set<String> expected = new TreeSet<>();
    for (String name : Contenders.JSON) {
      expected.add("JsonBenchmark.decode thrpt codec=" + name);
      expected.add("JsonBenchmark.encode thrpt codec=" + name);
    }
    for (String name : Contenders.HTTP) {
      for (String method : List.of("getSession1Thread", "getSession8Threads")) {
        expected.add("GetSessionBenchmark." + method + " thrpt contender=" + name);
        expected.add("GetSessionBenchmark." + method + " sample contender=" + name);
      }
    }
    expected.add("LoopbackServerBenchmark.roundTrip avgt server=raw");
    expected.add("LoopbackServerBenchmark.roundTrip avgt server=jdk");
    for (String observer : List.of("none", "noop-observer", "otel-api-noop", "otel-sdk")) {
      expected.add("CallOverheadBenchmark.getSession avgt observer=" + observer);
    }
    for (String algorithm : List.of("ES256", "RS256")) {
      for (String method : List.of("tokenRequest", "clientAssertion", "dpopProof")) {
        expected.add("OAuthBenchmark." + method + " avgt algorithm=" + algorithm);
      }
    }
    assertThat(ran).containsExactlyElementsIn(expected);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyColdStartContenderDecodesASessionInAFreshJvm(@TempDir Path results) {
    List<ColdStartRun> runs = Bench.coldStart(BENCHMARKS_DIR, results, 1);

    assertThat(runs).hasSize(ColdStartContender.ALL.size());
    for (ColdStartRun run : runs) {
      String expected = run.contender().equals("jvm-baseline") ? "none" : SessionPayload.SUMMARY;
      assertThat(run.session()).isEqualTo(expected);
      assertThat(run.classesLoaded()).isGreaterThan(0);
      assertThat(run.wallMillis()).isGreaterThan(0.0);
    }
    assertThat(Files.exists(results.resolve("coldstart.tsv"))).isTrue();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void abSlicesAlternatesTwoVariantsAgainstOneServer() throws Exception {
    List<AbSlices.Slice> slices = new AbSlices(Variant.parseAll("floor,ours=ours-jdk"), 1, 50)
        .run(BENCHMARKS_DIR, 0, 2);

    assertThat(slices.stream().map(s -> s.variant() + " " + s.round()).toList())
        .containsExactly("floor 0", "ours 0", "ours 1", "floor 1").inOrder();
    for (AbSlices.Slice slice : slices) {
      assertThat(slice.calls()).isGreaterThan(0L);
      assertThat(slice.bytesPerCall()).isGreaterThan(0.0);
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void abColdStartRunsEachVariantInAFreshJvm() {
    List<ColdStartRun> runs = new AbColdStart(Variant.parseAll("floor,ours=ours-jdk"), List.of("-Xshare:auto"))
        .run(BENCHMARKS_DIR, 1);

    assertThat(runs.stream().map(ColdStartRun::contender).toList()).containsExactly("floor", "ours").inOrder();
    for (ColdStartRun run : runs) {
      assertThat(run.session()).isEqualTo(SessionPayload.SUMMARY);
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void footprintCountsEveryContendersOwnLibrariesOnly(@TempDir Path results) {
    List<Footprint.Result> all = Bench.footprint(BENCHMARKS_DIR, results);

    assertThat(all).isNotEmpty();
    for (Footprint.Result result : all) {
      assertThat(result.libraries()).isNotEmpty();
      for (Footprint.Library library : result.libraries()) {
        assertThat(library.fileName()).doesNotContain("typedclient-bench-");
        assertThat(library.bytes()).isGreaterThan(0L);
      }
    }
    Footprint.Result sdk = all.stream().filter(r -> r.contender().equals("okta-sdk")).findFirst().orElseThrow();
    assertThat(sdk.libraries().stream().map(Footprint.Library::fileName).toList())
        .contains("okta-sdk-api-24.0.0.jar");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void processorCostCompilesAGeneratedProjectBothWays(@TempDir Path work) {
    List<ProcessorCost.Compile> compiles = ProcessorCost.measure(work, 2, 10, 3, 0, 1);

    assertThat(compiles).hasSize(2);
    ProcessorCost.Compile without = compiles.get(0);
    ProcessorCost.Compile with = compiles.get(1);
    assertThat(without.withProcessor()).isFalse();
    assertThat(with.withProcessor()).isTrue();
    // Nullable + 3 models + 2 interfaces.
    assertThat(without.classFiles()).isEqualTo(6);
    assertThat(without.generatedSources()).isEqualTo(0);
    // A client per interface and an adapter per model; every generated source compiled.
    assertThat(with.generatedSources()).isAtLeast(2 + 3);
    assertThat(with.classFiles()).isAtLeast(without.classFiles() + with.generatedSources());
  }

  private static List<String> params(RunResult result) {
    return result.getParams().getParamsKeys().stream()
        .map(key -> key + "=" + result.getParams().getParam(key))
        .toList();
  }
}
