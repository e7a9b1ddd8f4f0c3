package io.typedclient.bench.jmh;

import io.typedclient.okta.OAuthBenchmarkSupport;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
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
 * What OAuth 2.0 costs the client, ES256 against RS256 (the client key and the DPoP key of the same kind): the
 * client's share of one token request (client assertion, DPoP proof, form body, reading the answer), a client
 * assertion alone, and the DPoP proof every API call carries. No network: the token endpoint's time is Okta's.
 * Not part of {@code benchmarks/run}'s report; figures in BENCHMARKS.md ("OAuth 2.0") and benchmarks/FINDINGS.md:
 * {@code java -cp "$CP" org.openjdk.jmh.Main OAuthBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class OAuthBenchmark {
  private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

  @Param({"ES256", "RS256"})
  public String algorithm;

  private OAuthBenchmarkSupport oauth;

  @Setup
  public void setUp() throws GeneralSecurityException {
    oauth = new OAuthBenchmarkSupport(keyPair(), keyPair());
  }

  private KeyPair keyPair() throws GeneralSecurityException {
    if (algorithm.equals("RS256")) {
      KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
      rsa.initialize(2048);
      return rsa.generateKeyPair();
    }
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(new ECGenParameterSpec("secp256r1"));
    return ec.generateKeyPair();
  }

  @Benchmark
  public Object tokenRequest() {
    return oauth.tokenRequest(NOW);
  }

  @Benchmark
  public String clientAssertion() {
    return oauth.clientAssertion(NOW);
  }

  @Benchmark
  public String dpopProof() {
    return oauth.apiProof(NOW);
  }
}
