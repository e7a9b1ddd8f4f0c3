package io.typedclient.reliability.proxy;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.okta.CreateSessionRequest;
import io.typedclient.okta.OktaApiException;
import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.Session;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.okta.testing.RecordedRequest;
import io.typedclient.reliability.secrets.Exposure;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.JdkHttpTransport;
import io.typedclient.runtime.ProxyAuthenticationException;
import io.typedclient.runtime.ProxyConfig;
import io.typedclient.runtime.TlsConfig;
import io.typedclient.runtime.TransportException;
import io.typedclient.runtime.UrlConnectionTransport;
import io.typedclient.runtime.conformance.RecordingProxy;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Okta client behind a proxy and a CA of its own, end to end: FakeOkta over https at {@code okta.test}, a name
 * only the {@link RecordingProxy} resolves, so every call that succeeds went through the proxy. What the proxy saw
 * and what FakeOkta received are both checked, and every outcome, client and log record goes to the secrets audit
 * with the proxy password registered as a secret.
 */
@Timeout(60)
class ProxyEndToEndTest {
  private static final String USER = "svc-okta";
  private static final String PASSWORD = "proxy-PASSWORD-e2e-7531";

  /** The transports a client can have; each is checked the same. */
  enum Transport {
    /** The one the client makes for itself (UrlConnectionTransport for credentials in this JVM, see below). */
    DEFAULT,
    /** UrlConnectionTransport, built by the caller with the proxy and trust. */
    URL_CONNECTION,
    /** JdkHttpTransport, built by the caller: without credentials in this JVM. */
    JDK
  }

  static {
    Exposure.global().secret(PASSWORD, "proxy password");
    Exposure.global().secret(Base64.getEncoder().encodeToString(
        (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)), "proxy credentials (Basic)");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void everyCallGoesThroughTheTunnelAndNeitherSideSeesWhatIsNotItsOwn(Transport kind) throws Exception {
    boolean credentials = kind != Transport.JDK;
    try (TlsOkta org = new TlsOkta();
        RecordingProxy proxy = (credentials ? org.proxy().requireCredentials(USER, PASSWORD) : org.proxy()).start()) {
      ProxyConfig config = credentials
          ? ProxyConfig.builder(proxy.host(), proxy.port()).credentials(USER, PASSWORD).build()
          : ProxyConfig.of(proxy.host(), proxy.port());
      HttpTransport transport = transport(kind, config, org.trust());
      String sessionToken = org.okta().issueSessionToken(org.user());
      Exposure.global().secret(sessionToken, "session token");
      OktaSessions.Builder builder = OktaSessions.builder().environment(name -> null, name -> null)
          .orgUrl(org.orgUrl()).apiToken(org.okta().apiToken());
      try (SessionApiClient client = (transport == null ? builder.proxy(config).tls(org.trust())
          : builder.transport(transport)).build()) {
        Session session = client.createSession(CreateSessionRequest.of(sessionToken));
        Exposure.global().secret(session.id(), "session id");
        Session read = client.getSessionAsync(session.id()).get(20, TimeUnit.SECONDS);
        client.refreshSession(session.id());
        client.endSession(session.id());
        OktaApiException gone = assertThrows(OktaApiException.class, () -> client.getSession(session.id()));

        assertThat(read.id()).isEqualTo(session.id());
        assertThat(gone.isNotFound()).isTrue();
        Exposure.global().object(client);
        Exposure.global().object(gone);
      } finally {
        if (transport != null) {
          transport.close();
        }
      }

      assertThat(org.okta().requestCount()).isEqualTo(5);
      for (RecordedRequest request : org.okta().requests()) {
        assertThat(request.header("Proxy-Authorization")).isNull();
        assertThat(request.header("Authorization")).isEqualTo("SSWS " + org.okta().apiToken());
      }
      assertThat(proxy.connects()).isNotEmpty();
      for (RecordingProxy.Connect connect : proxy.connects()) {
        assertThat(connect.target()).isEqualTo(TlsOkta.HOST + ":" + org.okta().port());
        assertThat(connect.status()).isEqualTo(200);
      }
      assertThat(proxy.clearText()).doesNotContain(org.okta().apiToken());
      assertThat(proxy.clearText()).doesNotContain(sessionToken);
      assertThat(proxy.clearText()).doesNotContain("/api/v1");
      Exposure.global().object(proxy.clearText().replace(PASSWORD, "").replace(
          Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)), ""));
    }
  }

  @Test
  void theOAuthTokenEndpointGoesThroughTheSameProxyAndTrust() throws Exception {
    try (TlsOkta org = new TlsOkta();
        RecordingProxy proxy = org.proxy().requireCredentials(USER, PASSWORD).start();
        ServiceApp app = new ServiceApp(org.okta())) {
      String sessionId = org.okta().createSession(org.user()).id();
      Exposure.global().secret(sessionId, "session id");
      ProxyConfig config = ProxyConfig.builder(proxy.host(), proxy.port()).credentials(USER, PASSWORD).build();

      try (SessionApiClient client = app.client(org.orgUrl()).proxy(config).tls(org.trust()).build()) {
        assertThat(client.getSession(sessionId).id()).isEqualTo(sessionId);
        Exposure.global().object(client);
      }

      assertThat(org.okta().tokenRequestCount()).isAtLeast(1);
      assertThat(org.okta().requests().get(0).path()).isEqualTo("/oauth2/v1/token");
      for (RecordingProxy.Connect connect : proxy.connects()) {
        assertThat(connect.target()).isEqualTo(TlsOkta.HOST + ":" + org.okta().port());
      }
      for (String token : org.okta().issuedAccessTokens()) {
        Exposure.global().secret(token, "access token");
        assertThat(proxy.clearText()).doesNotContain(token);
      }
      assertThat(proxy.clearText()).doesNotContain("client_assertion");
    }
  }

  @Test
  void retriesGoThroughTheProxyToo() throws Exception {
    try (TlsOkta org = new TlsOkta();
        RecordingProxy proxy = org.proxy().start();
        SessionApiClient client = OktaSessions.builder().environment(name -> null, name -> null)
            .orgUrl(org.orgUrl()).apiToken(org.okta().apiToken())
            .proxy(ProxyConfig.of(proxy.host(), proxy.port())).tls(org.trust()).build()) {
      String sessionId = org.okta().createSession(org.user()).id();
      Exposure.global().secret(sessionId, "session id");
      org.okta().faults().next(1).respond(503);

      assertThat(client.getSession(sessionId).id()).isEqualTo(sessionId);

      assertThat(org.okta().requestCount()).isEqualTo(2);
      assertThat(org.okta().requests().get(1).header("X-Okta-Retry-Count")).isEqualTo("1");
      assertThat(proxy.connects()).isNotEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(value = Transport.class, names = {"DEFAULT", "URL_CONNECTION"})
  void a407IsAProxyAuthenticationExceptionThatIsNotRetried(Transport kind) throws Exception {
    try (TlsOkta org = new TlsOkta();
        RecordingProxy proxy = org.proxy().requireCredentials(USER, PASSWORD).start()) {
      for (ProxyConfig config : new ProxyConfig[] {
          ProxyConfig.of(proxy.host(), proxy.port()),
          ProxyConfig.builder(proxy.host(), proxy.port()).credentials(USER, "wrong-" + PASSWORD).build()}) {
        int before = proxy.connects().size();
        HttpTransport transport = transport(kind, config, org.trust());
        OktaSessions.Builder builder = OktaSessions.builder().environment(name -> null, name -> null)
            .orgUrl(org.orgUrl()).apiToken(org.okta().apiToken());
        try (SessionApiClient client = (transport == null ? builder.proxy(config).tls(org.trust())
            : builder.transport(transport)).build()) {
          ProxyAuthenticationException e =
              assertThrows(ProxyAuthenticationException.class, () -> client.getSession("102sessionid0000"));

          assertThat(e.proxy()).isEqualTo(proxy.host() + ":" + proxy.port());
          assertThat(e.credentialsSent()).isEqualTo(config.hasCredentials());
          assertThat(e).hasMessageThat().contains("407");
          // A GET, which a connection failure would have retried four times: one CONNECT, no loop.
          assertThat(proxy.connects().size() - before).isEqualTo(1);
          Exposure.global().object(e);
        } finally {
          if (transport != null) {
            transport.close();
          }
        }
      }
      assertThat(org.okta().requestCount()).isEqualTo(0);
    }
  }

  @Test
  void withoutTheCaConfiguredNothingReachesOkta() throws Exception {
    try (TlsOkta org = new TlsOkta();
        RecordingProxy proxy = org.proxy().start();
        SessionApiClient client = OktaSessions.builder().environment(name -> null, name -> null)
            .orgUrl(org.orgUrl()).apiToken(org.okta().apiToken()).maxRetries(0)
            .proxy(ProxyConfig.of(proxy.host(), proxy.port())).build()) {
      TransportException e = assertThrows(TransportException.class, () -> client.getSession("102sessionid0000"));

      boolean handshake = false;
      for (Throwable t = e; t != null; t = t.getCause()) {
        handshake |= t instanceof SSLHandshakeException;
      }
      assertThat(handshake).isTrue();
      assertThat(proxy.connects()).hasSize(1);
      assertThat(org.okta().requestCount()).isEqualTo(0);
      Exposure.global().object(e);
    }
  }

  @Test
  void oktasPropertiesAndVariablesConfigureTheProxyWithOrWithoutAUser() throws Exception {
    try (TlsOkta org = new TlsOkta();
        RecordingProxy open = org.proxy().start();
        RecordingProxy closed = org.proxy().requireCredentials(USER, PASSWORD).start()) {
      Map<String, String> properties = new HashMap<>();
      Map<String, String> environment = new HashMap<>();
      String sessionId = org.okta().createSession(org.user()).id();
      Exposure.global().secret(sessionId, "session id");

      environment.put("OKTA_CLIENT_PROXY_HOST", open.host());
      environment.put("OKTA_CLIENT_PROXY_PORT", Integer.toString(open.port()));
      try (SessionApiClient client = OktaSessions.builder().environment(properties::get, environment::get)
          .orgUrl(org.orgUrl()).apiToken(org.okta().apiToken()).tls(org.trust()).build()) {
        assertThat(client.getSession(sessionId).id()).isEqualTo(sessionId);
      }
      properties.put("okta.client.proxy.host", closed.host());
      properties.put("okta.client.proxy.port", Integer.toString(closed.port()));
      properties.put("okta.client.proxy.username", USER);
      environment.put("OKTA_CLIENT_PROXY_PASSWORD", PASSWORD);
      try (SessionApiClient client = OktaSessions.builder().environment(properties::get, environment::get)
          .orgUrl(org.orgUrl()).apiToken(org.okta().apiToken()).tls(org.trust()).build()) {
        assertThat(client.getSession(sessionId).id()).isEqualTo(sessionId);
        Exposure.global().object(client);
      }

      assertThat(open.connects()).hasSize(1);
      assertThat(open.connects().get(0).header("Proxy-Authorization")).isNull();
      assertThat(closed.connects()).isNotEmpty();
      assertThat(closed.connects().get(0).status()).isEqualTo(200);
    }
  }

  @Test
  void aNoProxyHostGoesDirectlyAndTheOthersThroughTheProxy() throws Exception {
    try (TlsOkta org = new TlsOkta();
        RecordingProxy proxy = org.proxy().start()) {
      ProxyConfig config = ProxyConfig.builder(proxy.host(), proxy.port()).proxyLoopback().noProxy("localhost").build();
      String sessionId = org.okta().createSession(org.user()).id();
      Exposure.global().secret(sessionId, "session id");

      for (String host : new String[] {"localhost", TlsOkta.HOST}) {
        try (SessionApiClient client = OktaSessions.builder().environment(name -> null, name -> null)
            .orgUrl(org.orgUrl(host)).apiToken(org.okta().apiToken()).proxy(config).tls(org.trust()).build()) {
          assertThat(client.getSession(sessionId).id()).isEqualTo(sessionId);
        }
        if (host.equals("localhost")) {
          assertThat(proxy.connects()).isEmpty();
        }
      }
      assertThat(proxy.connects()).hasSize(1);
      assertThat(proxy.connects().get(0).target()).isEqualTo(TlsOkta.HOST + ":" + org.okta().port());
    }
  }

  /** The transport {@code kind} stands for, or {@code null} for the client's own. */
  private static HttpTransport transport(Transport kind, ProxyConfig proxy, TlsConfig tls) {
    switch (kind) {
      case URL_CONNECTION:
        return UrlConnectionTransport.builder().connectTimeout(Duration.ofSeconds(5)).proxy(proxy).tls(tls).build();
      case JDK:
        return JdkHttpTransport.builder().connectTimeout(Duration.ofSeconds(5)).proxy(proxy).tls(tls).build();
      default:
        return null;
    }
  }
}
