package io.typedclient.okta.testing;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link FakeOkta} for JUnit 5 tests.
 *
 * <pre>{@code
 * class SessionClientTest {
 *   @RegisterExtension
 *   static final FakeOktaExtension okta = FakeOktaExtension.create();
 *
 *   @Test
 *   void createsSession() {
 *     FakeUser user = okta.server().addUser("00u1", "ada@example.com", "Ada Lovelace");
 *     // ... client pointed at okta.server().orgUrl() with okta.server().apiToken()
 *   }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>In a {@code static} field (or with {@code @ExtendWith(FakeOktaExtension.class)}) one server runs for the
 *       whole class, nested classes included, and is {@link FakeOkta#reset() reset} before each test: every test
 *       starts with no users, sessions, faults or recorded requests. Set up users in {@code @BeforeEach}.
 *   <li>In an instance field, each test gets its own server.
 *   <li>Test methods, constructors and lifecycle methods may take a {@link FakeOkta} parameter.
 * </ul>
 * The server is closed after the class (or the test) whatever the outcome.
 */
public final class FakeOktaExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final FakeOkta.Builder builder;
  private FakeOkta server;
  /** How many class scopes (a class and its nested classes) are open; the server lives while one is. */
  private int classScopes;
  private boolean perTest;

  /** With the defaults of {@link FakeOkta#builder()}; this is what {@code @ExtendWith} uses. */
  public FakeOktaExtension() {
    this(FakeOkta.builder());
  }

  private FakeOktaExtension(FakeOkta.Builder builder) {
    this.builder = builder;
  }

  /** With the defaults of {@link FakeOkta#builder()}. */
  public static FakeOktaExtension create() {
    return new FakeOktaExtension();
  }

  /** Starts each server from this builder, e.g. {@code create(FakeOkta.builder().clock(clock))}. */
  public static FakeOktaExtension create(FakeOkta.Builder builder) {
    return new FakeOktaExtension(Objects.requireNonNull(builder, "builder"));
  }

  /**
   * The running server.
   *
   * @throws IllegalStateException outside a test's lifecycle (before the class starts or after it ends)
   */
  public synchronized FakeOkta server() {
    if (server == null) {
      throw new IllegalStateException("FakeOktaExtension has no running server: it runs from before the first "
          + "test of the class that registers it (@RegisterExtension) until after the last");
    }
    return server;
  }

  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    if (classScopes++ == 0) {
      server = builder.start();
    }
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    if (--classScopes == 0 && server != null) {
      server.close();
      server = null;
    }
  }

  @Override
  public synchronized void beforeEach(ExtensionContext context) {
    if (server == null) {
      // Registered on an instance field: JUnit calls no class callbacks, so the server is the test's own.
      server = builder.start();
      perTest = true;
    } else if (!perTest) {
      server.reset();
    }
  }

  @Override
  public synchronized void afterEach(ExtensionContext context) {
    if (perTest && server != null) {
      server.close();
      server = null;
      perTest = false;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == FakeOkta.class;
  }

  @Override
  public synchronized Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    if (server == null) {
      throw new ParameterResolutionException(
          "no FakeOkta is running yet for " + parameterContext.getParameter() + ": register FakeOktaExtension "
              + "in a static field or with @ExtendWith to inject it into constructors and @BeforeAll methods");
    }
    return server;
  }

  @Override
  public synchronized String toString() {
    return "FakeOktaExtension[" + (server == null ? "not running" : server.orgUrl()) + "]";
  }
}
