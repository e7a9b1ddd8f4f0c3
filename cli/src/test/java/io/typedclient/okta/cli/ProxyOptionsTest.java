package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.cli.OrgFixture.API_TOKEN;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeServiceApp;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.runtime.conformance.RecordingProxy;
import io.typedclient.runtime.conformance.TestCertificateAuthority;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --proxy}, {@code --no-proxy}, {@code --ca-cert} and the variables operators already set
 * ({@code HTTPS_PROXY}/{@code https_proxy}, {@code NO_PROXY}/{@code no_proxy}, Okta's {@code OKTA_CLIENT_PROXY_*} and
 * {@code okta.client.proxy.*}), end to end: FakeOkta over https at {@code okta.test}, a name only the recording
 * proxy resolves, so a command that succeeds went through the proxy. Flags win over the environment; the proxy
 * password is never printed; {@code -v} says which proxy each exchange went through.
 */
class ProxyOptionsTest {
  private static final String USER = "svc-okta";
  private static final String PASSWORD = "proxy-PASS-cli-2468";

  @TempDir Path dir;

  private final TestCertificateAuthority ca = TestCertificateAuthority.create();
  private FakeOkta okta;
  private RecordingProxy proxy;
  private RecordingProxy open;
  private Path caFile;
  private String orgUrl;
  private FakeSession session;

  @BeforeEach
  void start() throws Exception {
    okta = FakeOkta.builder().apiToken(API_TOKEN).tls(ca.issueServer("okta.test", "localhost").sslContext()).start();
    proxy = RecordingProxy.builder().requireCredentials(USER, PASSWORD).mapHost("okta.test", "127.0.0.1").start();
    open = RecordingProxy.builder().mapHost("okta.test", "127.0.0.1").start();
    caFile = dir.resolve("corp-ca.pem");
    Files.write(caFile, ca.certificatePem().getBytes(StandardCharsets.US_ASCII));
    orgUrl = "https://okta.test:" + okta.port();
    session = okta.createSession(okta.addUser("00u1ada0lovelace0test", "ada@example.com", "Ada Lovelace"));
  }

  @AfterEach
  void stop() {
    okta.close();
    proxy.close();
    open.close();
  }

  private CliRunner cli() {
    return new CliRunner(Clock.systemUTC()).env("OKTA_CLIENT_ORGURL", orgUrl).env("OKTA_CLIENT_TOKEN", API_TOKEN);
  }

  private String proxyUrl(RecordingProxy target) {
    return "http://" + USER + ":" + PASSWORD + "@" + target.host() + ":" + target.port();
  }

  private static String basic() {
    return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void proxyAndCaCertFlagsCarryTheCommandThroughTheTunnel() {
    CliRunner.Result result =
        cli().run("--proxy", proxyUrl(proxy), "--ca-cert", caFile.toString(), "get", session.id());

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).contains("ACTIVE");
    assertThat(proxy.connects()).isNotEmpty();
    assertThat(proxy.connects().get(0).target()).isEqualTo("okta.test:" + okta.port());
    assertThat(proxy.connects().get(0).header("Proxy-Authorization")).isEqualTo(basic());
    assertThat(okta.takeRequest().header("Proxy-Authorization")).isNull();
    assertThat(proxy.clearText()).doesNotContain(API_TOKEN);
    assertThat(result.all()).doesNotContain(PASSWORD);
  }

  @Test
  void verboseSaysWhichProxyEachExchangeWentThroughAndNeverThePassword() {
    CliRunner.Result result =
        cli().run("-v", "--proxy", proxyUrl(proxy), "--ca-cert", caFile.toString(), "get", session.id());

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.err()).contains("> proxy ProxyConfig{proxy=" + proxy.host() + ":" + proxy.port()
        + ", user=" + USER + ", password=***} from --proxy\n");
    assertThat(result.err()).containsMatch(
        "> GET    /api/v1/sessions/\\{sessionId}                   200 +[\\d.]+ m?s   via " + proxy.host() + ":" + proxy.port());
    assertThat(result.all()).doesNotContain(PASSWORD);
  }

  @Test
  void httpsProxyVariablesAsCurlReadsThemLowerCaseFirst() {
    CliRunner.Result upper = cli().env("HTTPS_PROXY", proxyUrl(proxy)).run("--ca-cert", caFile.toString(), "get", session.id());
    CliRunner.Result lower = cli().env("HTTPS_PROXY", "http://127.0.0.1:1").env("https_proxy", proxyUrl(proxy))
        .run("--ca-cert", caFile.toString(), "get", session.id());

    assertThat(upper.exitCode()).isEqualTo(0);
    assertThat(lower.exitCode()).isEqualTo(0);
    assertThat(proxy.connects()).hasSize(2);
    assertThat(upper.all() + lower.all()).doesNotContain(PASSWORD);
  }

  @Test
  void oktasProxySettingsWinOverHttpsProxyAndTheFlagOverEverything() {
    CliRunner environment = cli().env("HTTPS_PROXY", "http://127.0.0.1:1")
        .env("OKTA_CLIENT_PROXY_HOST", proxy.host()).env("OKTA_CLIENT_PROXY_PORT", Integer.toString(proxy.port()))
        .env("OKTA_CLIENT_PROXY_USERNAME", USER).env("OKTA_CLIENT_PROXY_PASSWORD", PASSWORD);
    CliRunner.Result variables = environment.run("-v", "--ca-cert", caFile.toString(), "get", session.id());
    CliRunner.Result property = environment.property("okta.client.proxy.host", open.host())
        .property("okta.client.proxy.port", Integer.toString(open.port()))
        .env("OKTA_CLIENT_PROXY_USERNAME", null).env("OKTA_CLIENT_PROXY_PASSWORD", null)
        .run("--ca-cert", caFile.toString(), "get", session.id());
    int openBefore = open.connects().size();
    CliRunner.Result flag = environment.run("--proxy", proxyUrl(proxy), "--ca-cert", caFile.toString(), "get", session.id());

    assertThat(variables.exitCode()).isEqualTo(0);
    assertThat(variables.err()).contains("from okta.client.proxy.* / OKTA_CLIENT_PROXY_*");
    assertThat(property.exitCode()).isEqualTo(0);
    assertThat(open.connects()).hasSize(openBefore);
    assertThat(openBefore).isEqualTo(1);
    assertThat(flag.exitCode()).isEqualTo(0);
    assertThat(proxy.connects()).hasSize(2);
    assertThat(variables.all() + property.all() + flag.all()).doesNotContain(PASSWORD);
  }

  @Test
  void noProxyHostsGoDirectlyAndTheFlagOverridesTheVariables() {
    CliRunner proxied = cli().env("HTTPS_PROXY", proxyUrl(proxy));
    CliRunner.Result direct = proxied.env("NO_PROXY", "example.com,okta.test").run("--ca-cert", caFile.toString(),
        "get", session.id());
    CliRunner.Result lowerFirst = proxied.env("NO_PROXY", "example.com").env("no_proxy", ".okta.test")
        .run("--ca-cert", caFile.toString(), "get", session.id());
    CliRunner.Result flag = proxied.run("--no-proxy", "", "--ca-cert", caFile.toString(), "get", session.id());

    // okta.test resolves nowhere but at the proxy: going directly fails to find the host.
    assertThat(direct.exitCode()).isEqualTo(3);
    assertThat(direct.err()).contains("UnknownHostException");
    assertThat(lowerFirst.exitCode()).isEqualTo(3);
    assertThat(flag.exitCode()).isEqualTo(0);
    assertThat(proxy.connects()).hasSize(1);
  }

  @Test
  void aLoopbackOrgGoesDirectlyWhateverTheProxySettings() {
    CliRunner.Result result = cli().env("OKTA_CLIENT_ORGURL", "https://localhost:" + okta.port())
        .env("HTTPS_PROXY", proxyUrl(proxy)).run("-v", "--ca-cert", caFile.toString(), "get", session.id());

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.err()).containsMatch("200 +[\\d.]+ m?s   direct\n");
    assertThat(proxy.connects()).isEmpty();
  }

  @Test
  void proxyRefusalsAreNetworkFailuresNamingTheProxyAndNeverThePassword() {
    String wrong = "http://" + USER + ":wrong-" + PASSWORD + "@" + proxy.host() + ":" + proxy.port();
    CliRunner.Result text = cli().run("--proxy", wrong, "--ca-cert", caFile.toString(), "get", session.id());
    CliRunner.Result json = cli().run("--json", "--proxy", wrong, "--ca-cert", caFile.toString(), "get", session.id());
    CliRunner.Result none = cli().run("--proxy", "http://" + proxy.host() + ":" + proxy.port(), "--ca-cert",
        caFile.toString(), "get", session.id());

    assertThat(text.exitCode()).isEqualTo(3);
    assertThat(text.err()).startsWith("okta-sessions: proxy refused: the proxy " + proxy.host() + ":" + proxy.port()
        + " answered 407 Proxy Authentication Required to GET https://okta.test:" + okta.port()
        + "/api/v1/sessions/{sessionId} (SessionApi.getSessionAsync): it refused the proxy credentials configured "
        + "for this client (it asks for Basic)\n");
    assertThat(text.err()).contains("Check the proxy's user name and password");
    assertThat(json.err()).startsWith("{\"error\":\"proxy\",\"message\":\"proxy refused: the proxy ");
    assertThat(none.exitCode()).isEqualTo(3);
    assertThat(none.err()).contains("no proxy credentials are configured");
    // One CONNECT per command: no retries of a 407.
    assertThat(proxy.connects()).hasSize(3);
    assertThat(text.all() + json.all() + none.all()).doesNotContain(PASSWORD);
  }

  @Test
  void withoutTheCaCertTheCommandSaysTheCertificateIsNotTrusted() {
    CliRunner.Result result = cli().run("--max-retries", "0", "--proxy", proxyUrl(proxy), "get", session.id());

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("The server's certificate is not trusted");
    assertThat(result.err()).contains("--ca-cert FILE");
    assertThat(okta.requestCount()).isEqualTo(0);
  }

  @Test
  void unusableProxyUrlsAndCaFilesAreUsageErrorsThatNeverEchoThePassword() {
    String[] badProxies = {
        "https://" + USER + ":" + PASSWORD + "@proxy.test:3128",
        "socks5://" + USER + ":" + PASSWORD + "@proxy.test:1080",
        "http://" + USER + ":" + PASSWORD + "@proxy.test:notaport",
        "http://" + USER + ":" + PASSWORD + "%zz@proxy.test:3128",
        "http://" + USER + "@proxy.test:3128",
    };
    for (String bad : badProxies) {
      CliRunner.Result flag = cli().run("--proxy", bad, "get", session.id());
      CliRunner.Result variable = cli().env("HTTPS_PROXY", bad).run("get", session.id());

      assertThat(flag.exitCode()).isEqualTo(2);
      assertThat(flag.err()).startsWith("okta-sessions: --proxy ");
      assertThat(variable.exitCode()).isEqualTo(2);
      assertThat(variable.err()).startsWith("okta-sessions: HTTPS_PROXY ");
      assertThat(flag.all() + variable.all()).doesNotContain(PASSWORD);
    }
    CliRunner.Result missing = cli().run("--ca-cert", dir.resolve("missing.pem").toString(), "get", session.id());
    CliRunner.Result noProxy = cli().run("--proxy", proxyUrl(proxy), "--no-proxy", "ex@mple.com", "get", session.id());

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--ca-cert: CA certificate file " + dir.resolve("missing.pem") + " cannot be read");
    assertThat(noProxy.exitCode()).isEqualTo(2);
    assertThat(noProxy.err()).contains("--no-proxy: no-proxy entry \"ex@mple.com\"");
    assertThat(okta.requestCount()).isEqualTo(0);
    assertThat(proxy.connects()).isEmpty();
  }

  @Test
  void aServiceAppsTokenRequestsGoThroughTheProxyToo() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair key = generator.generateKeyPair();
    FakeServiceApp app = okta.addServiceApp("0oa1cliproxyapp", key.getPublic());
    Path keyFile = dir.resolve("app.pem");
    Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(key.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");

    CliRunner.Result result = new CliRunner(Clock.systemUTC()).env("OKTA_CLIENT_ORGURL", orgUrl)
        .env("HTTPS_PROXY", proxyUrl(proxy))
        .run("--client-id", "0oa1cliproxyapp", "--private-key", keyFile.toString(), "--ca-cert", caFile.toString(),
            "get", session.id());

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(app.toString()).isNotEmpty();
    assertThat(okta.tokenRequestCount()).isAtLeast(1);
    for (RecordingProxy.Connect connect : proxy.connects()) {
      assertThat(connect.target()).isEqualTo("okta.test:" + okta.port());
    }
    assertThat(result.all()).doesNotContain(PASSWORD);
  }
}
