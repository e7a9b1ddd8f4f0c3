package io.typedclient.runtime.conformance;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.typedclient.runtime.HttpTransport;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/**
 * What every {@link HttpTransport} must do, checked over real loopback HTTP: the contract written on
 * {@link HttpTransport}, case by case. A transport conforms when its subclass of this class passes.
 *
 * <h2>Checking a transport</h2>
 *
 * Add {@code io.typedclient:typedclient-transport-conformance} with scope {@code test} (it brings JUnit 5,
 * Truth and MockWebServer) and write one class:
 *
 * <pre>
 * class OkHttpTransportTest extends HttpTransportConformanceTest {
 *   {@literal @}Override
 *   public HttpTransport newTransport(Duration connectTimeout) {
 *     return OkHttpTransport.builder().connectTimeout(connectTimeout).build();
 *   }
 * }
 * </pre>
 *
 * Every case then runs against a new transport from {@link #newTransport}, closed after the case. Override
 * {@link #sendsPatch()} for a transport that cannot send {@code PATCH}. The subclass may add cases of its own for
 * what is particular to its transport, using {@link #server()}, {@link #transport()} and
 * {@code request(method, path)}; {@link HostileServer} scripts a server that breaks HTTP in exact bytes.
 *
 * <h2>Adding a case</h2>
 *
 * The cases are grouped by topic into package-private interfaces that extend {@code TransportFixture}, each case
 * a {@code default} method annotated {@code @Test} or {@code @ParameterizedTest}: {@code RequestCases} (methods
 * and bodies), {@code HeaderCases}, {@code StatusCases}, {@code BodyLimitCases}, {@code ContentEncodingCases}
 * (compressed answers, decoded by the platform or not), {@code TimeoutCases}, {@code ConnectionCases},
 * {@code AsyncCases}, {@code LifecycleCases}, and against hostile servers
 * {@code DeadlineCases} (trailers without end, dripping framing, cancel, close and interrupts),
 * {@code FramingCases} ({@code Content-Length}, interim responses), {@code CredentialCases} (a process-wide
 * {@code Authenticator}) and {@code MemoryCases} (stalled bodies under a small heap, in a JVM of its own). To add
 * a case, add a default method to the interface of its topic; it then runs for every transport. To add a topic
 * (proxies, say), write a new {@code XxxCases extends TransportFixture} interface in this package and list it in
 * this class's {@code implements} clause. A case that needs a server of its own (one that misbehaves below HTTP,
 * say) starts a {@link HostileServer} inside the case and closes it with try-with-resources, as
 * {@code FramingCases} does; {@code ConnectionCases.connectTimeoutIsARequestTimeout} fills an accept backlog
 * instead. Each case must be able to fail, must not depend on tight timing (the machines that run it are shared
 * and slow), and finishes within this class's 20 s timeout; a hostile script stops by itself after
 * {@code DeadlineCases.HOSTILE_LIMIT}, so that a transport that never stops reading fails its case rather than
 * hanging the suite.
 */
// In a thread of its own, so that a case a transport hangs in fails at the timeout instead of hanging the suite.
@Timeout(value = 20, unit = SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class HttpTransportConformanceTest
    implements RequestCases,
        HeaderCases,
        StatusCases,
        BodyLimitCases,
        ContentEncodingCases,
        TimeoutCases,
        ConnectionCases,
        AsyncCases,
        LifecycleCases,
        DeadlineCases,
        FramingCases,
        CredentialCases,
        MemoryCases {
  /** Started before each case and shut down after it. */
  @StartStop private final MockWebServer server = new MockWebServer();

  private HttpTransport transport;

  /** For subclasses. */
  protected HttpTransportConformanceTest() {}

  /**
   * A new transport of the kind under test, with a connect timeout of {@code connectTimeout}. A timeout that is not
   * positive must be refused with {@code IllegalArgumentException("connectTimeout must be positive: " + timeout)},
   * and {@code null} with {@code NullPointerException("connectTimeout")}.
   */
  @Override
  public abstract HttpTransport newTransport(Duration connectTimeout);

  /**
   * Whether this transport can put {@code PATCH} on the wire on this JVM; {@code true} unless overridden. One that
   * cannot must refuse it with an {@link UnsupportedOperationException} that names {@code PATCH} and
   * {@code JdkHttpTransport} (which can), before sending anything.
   */
  @Override
  public boolean sendsPatch() {
    return true;
  }

  @Override
  public final MockWebServer server() {
    return server;
  }

  @Override
  public final HttpTransport transport() {
    return transport;
  }

  @BeforeEach
  final void createTransport() {
    transport = newTransport(Duration.ofSeconds(5));
  }

  @AfterEach
  final void closeTransport() {
    transport.close();
  }
}
