package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.okta.testing.FakeSession;
import io.typedclient.runtime.ClientConfig;
import io.typedclient.runtime.Interceptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OAuth 2.0 configuration in Okta's conventions: {@code okta.client.authorizationMode=PrivateKey} with
 * {@code okta.client.clientId}, {@code okta.client.privateKey} (a path or the PEM itself), {@code okta.client.kid},
 * {@code okta.client.scopes}, and the {@code OKTA_CLIENT_*} forms; builder over property over variable; every
 * missing or unusable setting a configuration error that says how to fix it.
 */
class OAuthConfigurationTest {
  @TempDir
  Path dir;

  private final OAuthOrg org = new OAuthOrg();
  private final Map<String, String> properties = new HashMap<>();
  private final Map<String, String> variables = new HashMap<>();

  @AfterEach
  void close() {
    org.close();
  }

  private OktaSessions.Builder fromEnvironment() {
    return OktaSessions.builder().scheduler(org.scheduler).environment(properties::get, variables::get);
  }

  private void worksAgainstTheOrg(OktaSessions.Builder builder) {
    FakeSession session = org.okta.createSession(org.user);
    try (SessionApiClient client = builder.build()) {
      assertThat(client.getSession(session.id()).id()).isEqualTo(session.id());
    }
  }

  @Test
  void environmentVariablesInOktasFormsWithThePemItself() {
    variables.put("OKTA_CLIENT_ORGURL", org.okta.orgUrl());
    variables.put("OKTA_CLIENT_AUTHORIZATIONMODE", "PrivateKey");
    variables.put("OKTA_CLIENT_CLIENTID", OAuthOrg.CLIENT_ID);
    variables.put("OKTA_CLIENT_PRIVATEKEY", TestKeys.pem(TestKeys.p256()));
    variables.put("OKTA_CLIENT_KID", "kid-from-env");
    variables.put("OKTA_CLIENT_SCOPES", "okta.sessions.read, okta.sessions.manage");
    org.app.keyId("kid-from-env");
    worksAgainstTheOrg(fromEnvironment());
    assertThat(org.tokenRequests().get(0).body()).contains("scope=okta.sessions.read+okta.sessions.manage&");
    assertThat(OAuthOrg.header(clientAssertion(0)).get("kid")).isEqualTo("kid-from-env");
  }

  @Test
  void systemPropertiesWithAKeyFilePathWinOverVariables() throws Exception {
    Path key = dir.resolve("service-app.pem");
    Files.writeString(key, TestKeys.pem(TestKeys.p256()));
    properties.put("okta.client.orgUrl", org.okta.orgUrl());
    properties.put("okta.client.authorizationMode", "PrivateKey");
    properties.put("okta.client.clientId", OAuthOrg.CLIENT_ID);
    properties.put("okta.client.privateKey", key.toString());
    variables.put("OKTA_CLIENT_CLIENTID", "0oaSomeoneElse");
    variables.put("OKTA_CLIENT_PRIVATEKEY", "/nonexistent/key.pem");
    worksAgainstTheOrg(fromEnvironment());
  }

  @Test
  void aJwkFileAndItsKid() throws Exception {
    com.nimbusds.jose.jwk.ECKey jwk = new com.nimbusds.jose.jwk.ECKey.Builder(com.nimbusds.jose.jwk.Curve.P_256,
        (java.security.interfaces.ECPublicKey) TestKeys.p256().getPublic())
        .privateKey(TestKeys.p256().getPrivate()).keyID("console-kid").build();
    Path key = dir.resolve("key.json");
    Files.writeString(key, jwk.toJSONString());
    org.app.keyId("console-kid");
    worksAgainstTheOrg(OktaSessions.builder().orgUrl(org.okta.orgUrl()).clientId(OAuthOrg.CLIENT_ID).privateKey(key)
        .scheduler(org.scheduler).environment(properties::get, variables::get));
  }

  @Test
  void dpopForcedByConfiguration() {
    variables.put("OKTA_CLIENT_DPOP", "false");
    org.app.requireDpop(false);
    worksAgainstTheOrg(org.client().environment(properties::get, variables::get));
    assertThat(org.tokenRequests().get(0).header("DPoP")).isNull();
    variables.put("OKTA_CLIENT_DPOP", "sometimes");
    OktaConfigurationException e = assertThrows(OktaConfigurationException.class,
        () -> org.client().environment(properties::get, variables::get).build());
    assertThat(e).hasMessageThat().contains("must be true, false or auto");
  }

  @Test
  void missingSettingsNameEveryWayToProvideThem() {
    properties.put("okta.client.orgUrl", org.okta.orgUrl());
    properties.put("okta.client.authorizationMode", "PrivateKey");
    OktaConfigurationException noId = assertThrows(OktaConfigurationException.class, () -> fromEnvironment().build());
    assertThat(noId).hasMessageThat().contains("clientId(");
    assertThat(noId).hasMessageThat().contains("okta.client.clientId");
    assertThat(noId).hasMessageThat().contains("OKTA_CLIENT_CLIENTID");

    properties.put("okta.client.clientId", OAuthOrg.CLIENT_ID);
    OktaConfigurationException noKey = assertThrows(OktaConfigurationException.class, () -> fromEnvironment().build());
    assertThat(noKey).hasMessageThat().contains("okta.client.privateKey");
    assertThat(noKey).hasMessageThat().contains("OKTA_CLIENT_PRIVATEKEY");

    properties.put("okta.client.privateKey", dir.resolve("missing.pem").toString());
    OktaConfigurationException unreadable = assertThrows(OktaConfigurationException.class, () -> fromEnvironment().build());
    assertThat(unreadable).hasMessageThat().contains("missing.pem");
    assertThat(unreadable).hasMessageThat().contains("cannot be read");
  }

  @Test
  void aClientIdWithoutTheAuthorizationModeIsExplained() {
    variables.put("OKTA_CLIENT_ORGURL", org.okta.orgUrl());
    variables.put("OKTA_CLIENT_CLIENTID", OAuthOrg.CLIENT_ID);
    OktaConfigurationException e = assertThrows(OktaConfigurationException.class, () -> fromEnvironment().build());
    assertThat(e).hasMessageThat().contains("okta.client.authorizationMode");
    assertThat(e).hasMessageThat().contains("PrivateKey");

    variables.put("OKTA_CLIENT_AUTHORIZATIONMODE", "ClientSecret");
    OktaConfigurationException unknown = assertThrows(OktaConfigurationException.class, () -> fromEnvironment().build());
    assertThat(unknown).hasMessageThat().contains("SSWS (an API token) and PrivateKey");
  }

  @Test
  void anApiTokenAndOAuthSettingsTogetherAreRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> org.client().apiToken(org.okta.apiToken()).build());
    assertThat(e).hasMessageThat().contains("use one");
  }

  @Test
  void theAuthorizationModeSswsKeepsTheApiToken() {
    variables.put("OKTA_CLIENT_ORGURL", org.okta.orgUrl());
    variables.put("OKTA_CLIENT_AUTHORIZATIONMODE", "SSWS");
    variables.put("OKTA_CLIENT_TOKEN", org.okta.apiToken());
    variables.put("OKTA_CLIENT_CLIENTID", OAuthOrg.CLIENT_ID);
    worksAgainstTheOrg(fromEnvironment());
    assertThat(org.okta.tokenRequestCount()).isEqualTo(0);
  }

  @Test
  void theDpopKeyPairMustBeItsOwn() {
    OktaConfigurationException e = assertThrows(OktaConfigurationException.class,
        () -> org.client().dpopKeyPair(TestKeys.p256()).build());
    assertThat(e).hasMessageThat().contains("DPoP needs a key pair of its own");
    worksAgainstTheOrg(org.client().dpopKeyPair(TestKeys.rsa()));
    assertThat(OAuthOrg.header(org.apiRequests().get(0).header("DPoP")).get("alg")).isEqualTo("RS256");
  }

  @Test
  void theTokenRequestGoesThroughTheClientsOwnTransport() {
    int[] seen = {0};
    io.typedclient.runtime.HttpTransport base = io.typedclient.runtime.UrlConnectionTransport.create();
    io.typedclient.runtime.HttpTransport counting = new io.typedclient.runtime.HttpTransport() {
      @Override
      public io.typedclient.runtime.HttpResponse execute(io.typedclient.runtime.HttpRequest request) {
        if (request.uri().getPath().equals("/oauth2/v1/token")) {
          seen[0]++;
        }
        return base.execute(request);
      }

      @Override
      public java.util.concurrent.CompletableFuture<io.typedclient.runtime.HttpResponse> executeAsync(
          io.typedclient.runtime.HttpRequest request) {
        return base.executeAsync(request);
      }

      @Override
      public void close() {
        base.close();
      }
    };
    try (counting) {
      worksAgainstTheOrg(org.client().transport(counting));
    }
    assertThat(seen[0]).isEqualTo(3);
    ClientConfig config = org.client().clientConfig();
    Interceptor last = config.interceptors().get(config.interceptors().size() - 1);
    assertThat(last).isInstanceOf(OAuthInterceptor.class);
    assertThat(last.toString()).doesNotContain("BEGIN");
  }

  private String clientAssertion(int tokenRequest) {
    Function<String, String> form = name -> {
      for (String pair : org.tokenRequests().get(tokenRequest).body().split("&")) {
        if (pair.startsWith(name + "=")) {
          return pair.substring(name.length() + 1);
        }
      }
      return null;
    };
    return form.apply("client_assertion");
  }
}
