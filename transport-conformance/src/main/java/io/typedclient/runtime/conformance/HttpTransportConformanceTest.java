package io.typedclient.runtime.conformance;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.ProxyConfig;
import io.typedclient.runtime.TlsConfig;
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
 * Every case then runs against a new transport from {@link #newTransport(Duration)}, closed after the case. Override
 * {@link #newTransport(Duration, ProxyConfig, TlsConfig)} for a transport that takes typedclient's proxy and TLS
 * configuration (the proxy and TLS cases are skipped otherwise), {@link #sendsProxyCredentials()} for one that
 * cannot send proxy credentials in a tunnel, and {@link #sendsPatch()} for a transport that cannot send
 * {@code PATCH}. The subclass may add cases of its own for what is particular to its transport, using
 * {@link #server()}, {@link #transport()} and {@code request(method, path)}; {@link HostileServer} scripts a server
 * that breaks HTTP in exact bytes, {@link RecordingProxy} is a proxy that tunnels and records, and
 * {@link TestCertificateAuthority} makes certificates.
 *
 * <h2>Adding a case</h2>
 *
 * The cases are grouped by topic into package-private interfaces that extend {@code TransportFixture}, each case
 * a {@code default} method annotated {@code @Test} or {@code @ParameterizedTest}: {@code RequestCases} (methods
 * and bodies), {@code HeaderCases}, {@code StatusCases}, {@code BodyLimitCases}, {@code ContentEncodingCases}
 * (compressed answers, decoded by the platform or not), {@code TimeoutCases}, {@code ConnectionCases},
 * {@code AsyncCases}, {@code LifecycleCases}, {@code StreamingCases} (streamed responses and request bodies),
 * {@code TlsCases} (trust, host names, mutual TLS), {@code ProxyCases} (tunnels, proxy credentials, no-proxy hosts,
 * proxies that misbehave), and against hostile servers {@code DeadlineCases} (trailers without end, dripping
 * framing, cancel, close and interrupts),
 * {@code FramingCases} ({@code Content-Length}, interim responses), {@code CredentialCases} (a process-wide
 * {@code Authenticator}) and {@code MemoryCases} (stalled bodies under a small heap, in a JVM of its own). To add
 * a case, add a default method to the interface of its topic; it then runs for every transport. To add a topic,
 * write a new {@code XxxCases extends TransportFixture} interface in this package and list it in this class's
 * {@code implements} clause. A case that needs a server of its own (one that misbehaves below HTTP, say) starts a
 * {@link HostileServer} inside the case and closes it with try-with-resources, as {@code FramingCases} does;
 * {@code ConnectionCases.connectTimeoutIsARequestTimeout} fills an accept backlog instead. Each case must be able
 * to fail, must not depend on tight timing (the machines that run it are shared and slow), and finishes within
 * this class's 20 s timeout; a hostile script stops by itself after {@code DeadlineCases.HOSTILE_LIMIT}, so that a
 * transport that never stops reading fails its case rather than hanging the suite.
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
        StreamingCases,
        DeadlineCases,
        FramingCases,
        CredentialCases,
        MemoryCases,
        TlsCases,
        ProxyCases {
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
   * A new transport of the kind under test that sends through {@code proxy} and connects with {@code tls} (each
   * {@code null} for the JVM's settings), with a connect timeout of {@code connectTimeout}: the cases of
   * {@code ProxyCases} and {@code TlsCases} use it, with a {@link RecordingProxy} and certificates from a
   * {@link TestCertificateAuthority}. By default it throws {@link UnsupportedOperationException}, and those cases
   * are skipped (JUnit reports them as such): override it for a transport that takes typedclient's
   * {@link ProxyConfig} and {@link TlsConfig}.
   */
  @Override
  public HttpTransport newTransport(Duration connectTimeout, ProxyConfig proxy, TlsConfig tls) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " does not override newTransport(Duration, "
        + "ProxyConfig, TlsConfig)");
  }

  /**
   * Whether this transport sends a proxy's Basic credentials in the {@code CONNECT} of an https request;
   * {@code true} unless overridden. One that cannot must refuse a {@link ProxyConfig} with credentials when it is
   * built, with an {@link IllegalStateException} that names the proxy and says what to do, rather than connect
   * without them.
   */
  @Override
  public boolean sendsProxyCredentials() {
    return true;
  }

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
