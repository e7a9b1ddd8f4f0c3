package io.typedclient.bench;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.typedclient.bench.ab.AbColdStart;
import io.typedclient.bench.ab.AbSlices;
import io.typedclient.bench.ab.Variant;
import io.typedclient.bench.coldstart.ColdStartContender;
import io.typedclient.bench.coldstart.ColdStartRun;
import io.typedclient.bench.coldstart.ColdStartRunner;
import io.typedclient.bench.contenders.Contenders;
import io.typedclient.bench.footprint.Footprint;
import io.typedclient.bench.load.Jdk;
import io.typedclient.bench.load.LoadRunner;
import io.typedclient.bench.load.Suite;
import io.typedclient.bench.processor.ProcessorCost;
import io.typedclient.bench.server.SessionPayload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
 * briefly; every getSession contender makes calls in a child JVM over plain HTTP, HTTPS, h2 and as an OAuth client;
 * virtual threads are recorded for pinning; and every cold-start contender decodes a session in a fresh JVM, over
 * HTTP and HTTPS. Nothing here asserts on speed. JMH runs in this JVM with {@code jmh.ignoreLock} (set by the pom),
 * so that another JMH run holding {@code /tmp/jmh.lock} on a shared machine does not fail the build.
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
  void everyLoadContenderMakesCallsInAChildJvmOverPlainHttpsH2AndOAuth(@TempDir Path results) {
    LoadRunner runner = new LoadRunner(results, List.of(Jdk.current()), new LoadRunner.Settings(100, 20, 150));
    LoadRunner.OneChild child;
    try {
      child = runner.oneChild(Jdk.current(), Suite.ALL, "1,2", false);
    } finally {
      runner.closeServers();
    }

    Set<String> measured = new TreeSet<>();
    Map<String, Long> callsPerJob = new java.util.HashMap<>();
    for (Map<String, String> line : child.results()) {
      assertThat(line.get("errors")).isEqualTo("0");
      String job = line.get("suite") + " " + line.get("contender");
      callsPerJob.merge(job, Long.parseLong(line.get("calls")), Long::sum);
      measured.add(job + " " + line.get("phase"));
    }
    // Every client made calls in its windows (a window of a loaded machine may see none end in it, not two).
    callsPerJob.forEach((job, calls) -> assertWithMessage(job).that(calls).isGreaterThan(0L));
    Set<String> expected = new TreeSet<>();
    for (Suite suite : Suite.ALL) {
      for (String contender : suite.contenders()) {
        expected.add(suite.name() + " " + contender + " 1");
        expected.add(suite.name() + " " + contender + " 2");
      }
    }
    assertThat(measured).containsExactlyElementsIn(expected);
    // The h2 server answered every call over HTTP/2; the TLS server saw connections of its own.
    long[] h2 = child.servers().get("h2");
    assertThat(h2[0]).isGreaterThan(0L);
    assertThat(h2[3]).isEqualTo(h2[0]);
    assertThat(child.servers().get("tls")[2]).isGreaterThan(0L);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void virtualThreadsAreRecordedForPinnedEventsOnJava21OrLater(@TempDir Path results) {
    Jdk jdk = jdk21OrLater();
    assumeTrue(jdk != null, "no JDK 21 or later here (the JDK 25 column of benchmarks/run needs one)");
    LoadRunner runner = new LoadRunner(results, List.of(jdk), new LoadRunner.Settings(100, 20, 100));
    LoadRunner.OneChild child;
    try {
      Suite ours = new Suite("tls", "h1", List.of("ours-jdk", "ours-urlconnection"), List.of(), 20, false);
      child = runner.oneChild(jdk, List.of(ours), "vt20", true);
    } finally {
      runner.closeServers();
    }

    assertThat(child.results()).hasSize(2);
    for (Map<String, String> line : child.results()) {
      assertThat(line.get("phase")).isEqualTo("vt20");
      assertThat(Long.parseLong(line.get("calls"))).isGreaterThan(0L);
      // A number, not "-": JFR recorded the phase.
      assertThat(Long.parseLong(line.get("pinned"))).isAtLeast(0L);
      assertThat(Long.parseLong(line.get("pinnedOurs"))).isAtLeast(0L);
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyColdStartContenderDecodesASessionInAFreshJvmOverHttpAndHttps(@TempDir Path results) {
    List<ColdStartRun> runs = Bench.coldStart(BENCHMARKS_DIR, results, 1, List.of(
        new ColdStartRunner.Setting("plain", Jdk.current()), new ColdStartRunner.Setting("tls", Jdk.current())));

    assertThat(runs).hasSize(2 * ColdStartContender.ALL.size());
    assertThat(runs.stream().filter(r -> r.wire().equals("tls")).count()).isEqualTo(ColdStartContender.ALL.size());
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

  /** This JVM's JDK if it is 21 or later, else a JDK 21+ folder under /usr/lib/jvm, else null. */
  private static Jdk jdk21OrLater() {
    if (Runtime.version().feature() >= 21) {
      return Jdk.current();
    }
    try (java.util.stream.Stream<Path> folders = Files.list(Path.of("/usr/lib/jvm"))) {
      return folders.filter(f -> Files.isExecutable(f.resolve("bin/java")))
          .map(f -> new Jdk(f.getFileName().toString(), f))
          .filter(j -> j.feature() >= 21)
          .findFirst().orElse(null);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static List<String> params(RunResult result) {
    return result.getParams().getParamsKeys().stream()
        .map(key -> key + "=" + result.getParams().getParam(key))
        .toList();
  }
}
