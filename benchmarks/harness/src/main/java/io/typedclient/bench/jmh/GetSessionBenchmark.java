package io.typedclient.bench.jmh;

import io.typedclient.bench.contenders.Contenders;
import io.typedclient.bench.contenders.SessionFetcher;
import io.typedclient.bench.server.SessionPayload;
import io.typedclient.bench.server.SessionServer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * {@code getSession} over loopback against the raw {@link SessionServer}, from 1 and from 8 threads sharing one
 * client: throughput, and latency percentiles in {@link Mode#SampleTime}. The server runs in the same JVM; its own
 * CPU time per request is written by {@link ServerCost} at the end of each trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 2, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class GetSessionBenchmark {
  @Param({"floor", "ours-jdk", "ours-urlconnection", "okta-sdk", "retrofit"})
  public String contender;

  private SessionServer server;
  private SessionFetcher fetcher;

  @Setup(Level.Trial)
  public void setUp() {
    server = SessionServer.start("raw");
    fetcher = Contenders.http(contender, server.baseUrl(), SessionPayload.API_TOKEN);
    String summary = fetcher.summary(fetcher.getSession(SessionPayload.SESSION_ID));
    if (!summary.equals(SessionPayload.SUMMARY)) {
      throw new IllegalStateException(contender + " decoded " + summary);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown(BenchmarkParams params) {
    fetcher.close();
    ServerCost.record(params, server);
    server.close();
  }

  @Benchmark
  @Threads(1)
  public Object getSession1Thread() {
    return fetcher.getSession(SessionPayload.SESSION_ID);
  }

  @Benchmark
  @Threads(8)
  public Object getSession8Threads() {
    return fetcher.getSession(SessionPayload.SESSION_ID);
  }
}
