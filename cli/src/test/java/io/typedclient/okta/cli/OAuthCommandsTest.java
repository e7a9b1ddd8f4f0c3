package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeServiceApp;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.okta.testing.FakeUser;
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
 * The command line as an OAuth 2.0 service app: {@code --client-id ID --private-key FILE [--key-id KID]
 * [--scopes ...] [--dpop|--no-dpop]} and the {@code OKTA_CLIENT_*} forms, against FakeOkta's token endpoint (on the
 * system clock, as the client's is); {@code create} refused with exit 2 before anything is sent; the key, the
 * tokens, assertions and proofs never printed.
 */
class OAuthCommandsTest {
  private static final String CLIENT_ID = "0oa1cliserviceapp";

  @TempDir
  Path dir;

  private FakeOkta okta;
  private FakeServiceApp app;
  private FakeUser user;
  private String pem;
  private Path keyFile;

  @BeforeEach
  void start() throws Exception {
    okta = FakeOkta.start();
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair key = generator.generateKeyPair();
    app = okta.addServiceApp(CLIENT_ID, key.getPublic());
    user = okta.addUser("00u1ada0lovelace0test", "ada@example.com", "Ada Lovelace");
    pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
    keyFile = dir.resolve("service-app.pem");
    Files.writeString(keyFile, pem);
  }

  @AfterEach
  void stop() {
    okta.close();
  }

  private CliRunner cli() {
    return new CliRunner(Clock.systemUTC()).env("OKTA_CLIENT_ORGURL", okta.orgUrl());
  }

  private void neverPrintsASecret(CliRunner.Result result) {
    assertThat(result.all()).doesNotContain(pem.substring(28, 80));
    for (String token : okta.issuedAccessTokens()) {
      assertThat(result.all()).doesNotContain(token);
    }
  }

  @Test
  void getWithTheServiceAppOptions() {
    FakeSession session = okta.createSession(user);
    CliRunner.Result result = cli().run("--client-id", CLIENT_ID, "--private-key", keyFile.toString(), "-v",
        "get", session.id());
    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).contains("ACTIVE");
    assertThat(result.err()).contains("POST   /oauth2/v1/token");
    assertThat(okta.tokenRequestCount()).isEqualTo(3);
    neverPrintsASecret(result);
  }

  @Test
  void theEnvironmentFormsWithThePemItself() {
    FakeSession session = okta.createSession(user);
    app.keyId("kid-1").requireDpop(false);
    CliRunner.Result result = cli()
        .env("OKTA_CLIENT_AUTHORIZATIONMODE", "PrivateKey")
        .env("OKTA_CLIENT_CLIENTID", CLIENT_ID)
        .env("OKTA_CLIENT_PRIVATEKEY", pem)
        .env("OKTA_CLIENT_KID", "kid-1")
        .env("OKTA_CLIENT_SCOPES", "okta.sessions.read")
        .env("OKTA_CLIENT_DPOP", "false")
        .run("get", session.id());
    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(okta.tokenRequestCount()).isEqualTo(1);
    assertThat(okta.requests().get(0).body()).contains("scope=okta.sessions.read&");
    assertThat(okta.requests().get(1).header("Authorization")).startsWith("Bearer ");
    neverPrintsASecret(result);
  }

  @Test
  void scopesKeyIdAndNoDpopOptions() {
    FakeSession session = okta.createSession(user);
    app.keyId("kid-2").requireDpop(false);
    CliRunner.Result result = cli().run("--client-id", CLIENT_ID, "--private-key", keyFile.toString(),
        "--key-id", "kid-2", "--scopes", "okta.sessions.read,okta.sessions.manage", "--no-dpop", "refresh", session.id());
    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(okta.requests().get(0).body()).contains("scope=okta.sessions.read+okta.sessions.manage&");
    assertThat(okta.requests().get(0).header("DPoP")).isNull();
  }

  @Test
  void createWithAServiceAppOnlyExitsTwoBeforeSendingAnything() {
    String sessionToken = okta.issueSessionToken(user);
    CliRunner.Result result = cli().run("--client-id", CLIENT_ID, "--private-key", keyFile.toString(),
        "create", "--session-token", sessionToken);
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("create needs an API token");
    assertThat(result.all()).doesNotContain(sessionToken);
    assertThat(okta.requestCount()).isEqualTo(0);

    // With an API token next to the service app in the environment, create uses the token.
    CliRunner.Result withToken = cli()
        .env("OKTA_CLIENT_AUTHORIZATIONMODE", "PrivateKey")
        .env("OKTA_CLIENT_CLIENTID", CLIENT_ID)
        .env("OKTA_CLIENT_PRIVATEKEY", keyFile.toString())
        .env("OKTA_CLIENT_TOKEN", okta.apiToken())
        .run("create", "--session-token", sessionToken);
    assertThat(withToken.exitCode()).isEqualTo(0);
    assertThat(okta.tokenRequestCount()).isEqualTo(0);
  }

  @Test
  void configurationMistakesExitTwoAndSayWhatToFix() {
    CliRunner.Result both = cli().run("--client-id", CLIENT_ID, "--token", "00abcdefgh", "get", "102x");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("use one way to authenticate");

    CliRunner.Result noKey = cli().run("--client-id", CLIENT_ID, "get", "102x");
    assertThat(noKey.exitCode()).isEqualTo(2);
    assertThat(noKey.err()).contains("--private-key FILE");

    Path broken = dir.resolve("broken.pem");
    try {
      Files.writeString(broken, pem.replace("END PRIVATE KEY", "END PRIVATE KEYS"));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    CliRunner.Result badKey = cli().run("--client-id", CLIENT_ID, "--private-key", broken.toString(), "get", "102x");
    assertThat(badKey.exitCode()).isEqualTo(2);
    assertThat(badKey.err()).contains("broken.pem");
    assertThat(badKey.err()).contains("cut short");
    neverPrintsASecret(badKey);
    assertThat(okta.requestCount()).isEqualTo(0);
  }

  @Test
  void aRefusedServiceAppExitsOneWithOktasOAuthError() {
    FakeSession session = okta.createSession(user);
    okta.faults().matching("POST", "/oauth2/v1/token")
        .respondOAuthError(401, "invalid_client", "The client_assertion signature is invalid.");
    CliRunner.Result result = cli().run("--client-id", CLIENT_ID, "--private-key", keyFile.toString(),
        "get", session.id());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("oauthError");
    assertThat(result.err()).contains("invalid_client");
    assertThat(result.err()).contains("check --client-id, --private-key");
  }

  @Test
  void demoOAuthShowsTheTokenRequestTheNonceChallengeAndABoundCall() {
    CliRunner.Result result = new CliRunner(Clock.systemUTC()).run("demo", "--oauth");
    assertWithMessage("%s", result).that(result.exitCode()).isEqualTo(0);
    String out = result.out();
    assertThat(out).contains("1. Read a session: the client first needs an access token");
    assertThat(out).contains("POST   /oauth2/v1/token");
    assertThat(out).contains("\"invalid_dpop_proof\"");
    assertThat(out).contains("\"use_dpop_nonce\"");
    assertThat(out).contains("Authorization: DPoP ██");
    assertThat(out).contains("ath (the token's SHA-256)");
    assertThat(out).contains("4. Create a session");
    assertThat(out).contains("Done: 4 steps");
    assertThat(out).doesNotContain("fake.");
  }
}
