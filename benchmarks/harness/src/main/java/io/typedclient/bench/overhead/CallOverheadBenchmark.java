package io.typedclient.bench.overhead;

import io.typedclient.bench.server.SessionPayload;
import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.Session;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.runtime.HttpHeaders;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpTransport;
import java.util.concurrent.CompletableFuture;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the Okta client costs per {@code getSession} on top of its transport: the generated method, the request,
 * the three interceptors, the runtime and the decoding, against a transport that answers at once with the
 * benchmark payload and Okta's headers. No network and no HTTP stack, so the figure (and {@code -prof gc}'s bytes
 * per call) moves only with our own code. Not part of {@code benchmarks/run}'s report; run it when changing the
 * runtime, the generated code or the client:
 * {@code java -cp "$CP" org.openjdk.jmh.Main CallOverheadBenchmark -prof gc}.
 *
 * <p>{@code observer} adds a {@link io.typedclient.runtime.CallObserver} ({@link ObserverVariant}): none (the
 * default client), one that ignores every event, or {@code typedclient-opentelemetry} on the API's no-op or on an
 * SDK that exports nothing. Compare {@code none} with the previous commit's jars for the cost of the SPI itself
 * ({@code -p observer=none} runs only that one: the other variants need the observer SPI).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CallOverheadBenchmark {
  private static final HttpHeaders OKTA_HEADERS = HttpHeaders.of(
      "Date", "Tue, 25 Nov 2026 21:00:00 GMT",
      "Content-Type", "application/json",
      "Server", "nginx",
      "Vary", "Accept-Encoding",
      "X-Okta-Request-Id", "ZbenchAAABXg",
      "X-Rate-Limit-Limit", "600",
      "X-Rate-Limit-Remaining", "599",
      "X-Rate-Limit-Reset", "1795640460",
      "Cache-Control", "no-cache, no-store",
      "Pragma", "no-cache",
      "Expires", "0",
      "Strict-Transport-Security", "max-age=315360000; includeSubDomains",
      "X-Content-Type-Options", "nosniff",
      "Content-Length", Integer.toString(SessionPayload.session().length));

  /** Which observer the client has; see {@link ObserverVariant}. */
  @Param({"none", "noop-observer", "otel-api-noop", "otel-sdk"})
  public String observer;

  private SessionApiClient client;
  private AutoCloseable observerResources;

  @Setup
  public void setUp() {
    OktaSessions.Builder builder = OktaSessions.builder()
        .orgUrl("https://dev-123456.okta.com")
        .apiToken(SessionPayload.API_TOKEN)
        .transport(new CannedTransport(SessionPayload.session()));
    if (!observer.equals("none")) {
      // Loaded only here, so that "none" also runs on runtime jars from before the observer SPI.
      observerResources = ObserverVariant.addTo(builder, observer);
    }
    client = builder.build();
    Session session = client.getSession(SessionPayload.SESSION_ID);
    if (!(session.id() + "/" + session.status()).equals(SessionPayload.SUMMARY)) {
      throw new IllegalStateException("decoded " + session.id() + "/" + session.status());
    }
  }

  @TearDown
  public void tearDown() throws Exception {
    client.close();
    if (observerResources != null) {
      observerResources.close();
    }
  }

  @Benchmark
  public Session getSession() {
    return client.getSession(SessionPayload.SESSION_ID);
  }

  /** Answers every request with 200, Okta's headers and the session, without looking at it. */
  private static final class CannedTransport implements HttpTransport {
    private final byte[] body;

    CannedTransport(byte[] body) {
      this.body = body;
    }

    @Override
    public HttpResponse execute(HttpRequest request) {
      // The runtime only reads a response body, so every response can share the one array.
      return HttpResponse.ownedBody(request, 200, OKTA_HEADERS, body);
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
      return CompletableFuture.completedFuture(execute(request));
    }

    @Override
    public void close() {}
  }
}
