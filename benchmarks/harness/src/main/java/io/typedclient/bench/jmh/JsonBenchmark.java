package io.typedclient.bench.jmh;

import io.typedclient.bench.contenders.SessionCodec;
import io.typedclient.bench.contenders.Contenders;
import io.typedclient.bench.server.SessionPayload;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decode and encode one session (the compact UTF-8 payload every HTTP contender receives) with each contender's
 * JSON mapping. Run with {@code -prof gc} for bytes allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 2, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonBenchmark {
  @Param({"floor", "ours", "moshi-reflective", "okta-sdk-jackson"})
  public String codec;

  private SessionCodec mapping;
  private byte[] json;
  private Object session;

  @Setup
  public void setUp() throws IOException {
    mapping = Contenders.json(codec);
    json = SessionPayload.session();
    session = mapping.decode(json);
    String summary = mapping.summary(mapping.decode(mapping.encode(session)));
    if (!summary.equals(SessionPayload.SUMMARY)) {
      throw new IllegalStateException(codec + " round trip gave " + summary);
    }
  }

  @Benchmark
  public Object decode() throws IOException {
    return mapping.decode(json);
  }

  @Benchmark
  public byte[] encode() throws IOException {
    return mapping.encode(session);
  }
}
